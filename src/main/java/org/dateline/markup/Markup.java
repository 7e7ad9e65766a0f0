package org.dateline.markup;

/** The one escaper of plain text for HTML and XML. */
public final class Markup {

    private Markup() {
    }

    /**
     * {@code text} as HTML or XML element content or a quoted attribute value: {@code & < > " '} escaped
     * ({@code '} as {@code &#39;}, which HTML and XML both read), a carriage return kept as {@code &#13;} (a
     * parser would turn a raw one into a line feed), and the characters XML 1.0 forbids dropped: control
     * characters but tab and line feed, unpaired surrogates, U+FFFE and U+FFFF.
     */
    public static String escape(String text) {
        StringBuilder out = null;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                case '\r' -> "&#13;";
                default -> allowed(text, i) ? null : "";
            };
            if (Character.isHighSurrogate(c) && replacement == null) {
                i++; // the pair is kept whole
                continue;
            }
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16);
                }
                out.append(text, from, i).append(replacement);
                from = i + 1;
            }
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    /** Whether the character at {@code i} may stand in XML 1.0 (a high surrogate only with its low one). */
    private static boolean allowed(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return c == '\t' || c == '\n' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
