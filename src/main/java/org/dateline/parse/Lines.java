package org.dateline.parse;

/** Line scanning for the parse stage: LF, CRLF and CR-only line breaks alike. */
final class Lines {

    private Lines() {
    }

    /** Offset of the line break ending the line that starts at {@code from}, or the text length. */
    static int end(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** Offset of the first character after the line break at {@code lineEnd}; the text length at its end. */
    static int next(String text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return text.length();
        }
        if (text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }
}
