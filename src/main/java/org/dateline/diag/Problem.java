package org.dateline.diag;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with the user's site: where, what, and what to do about it.
 * {@link #format()} is the one routine that turns it into the text users read.
 */
public record Problem(Severity severity, SourcePosition position, String message, Optional<String> hint) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    public static Problem error(SourcePosition position, String message, String hint) {
        return new Problem(Severity.ERROR, position, message, Optional.ofNullable(hint));
    }

    public static Problem warning(SourcePosition position, String message, String hint) {
        return new Problem(Severity.WARNING, position, message, Optional.ofNullable(hint));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: message (hint)} on one line, without the severity label. */
    public String summary() {
        return position + ": " + message + hint.map(h -> " (hint: " + h + ")").orElse("");
    }

    /** The one-line form users see: {@code error: file:line:col: message (hint: ...)}. */
    public String format() {
        return severity.label() + ": " + summary();
    }

    /** Source lines longer than this are shown as a window around the column. */
    static final int SNIPPET_WIDTH = 100;

    /**
     * The form the command line prints: {@code file:line:col: error: message} (the position first,
     * as compilers print it, so editors and {@code grep} find it), then the offending source line
     * with a caret under the column, then the hint. Without a known, non-blank line only the first line and
     * the hint are printed. Control characters of the source are shown as {@code \uFFFD}, tabs as
     * one space, so the caret stays under its column and nothing in a file can drive the terminal.
     */
    public String formatWithSource(LineIndex source) {
        StringBuilder out = new StringBuilder(heading());
        boolean known = position.line() > 0 && position.line() <= source.lineCount();
        if (known && !source.lineText(position.line()).isBlank()) {
            String number = String.valueOf(position.line());
            String gutter = " ".repeat(number.length());
            int[] line = source.lineText(position.line()).codePoints().toArray();
            int column = Math.min(position.column(), line.length + 1);
            int from = 0;
            if (line.length > SNIPPET_WIDTH) {
                from = Math.max(0, Math.min(column - 1 - SNIPPET_WIDTH / 2, line.length - SNIPPET_WIDTH));
            }
            int to = Math.min(line.length, from + SNIPPET_WIDTH);
            String prefix = from > 0 ? "\u2026" : "";
            out.append('\n').append("    ").append(number).append(" | ").append(prefix)
                    .append(shown(line, from, to)).append(to < line.length ? "\u2026" : "");
            if (position.column() > 0) {
                out.append('\n').append("    ").append(gutter).append(" | ")
                        .append(" ".repeat(prefix.length() + column - 1 - from)).append('^');
            }
        }
        hint.ifPresent(h -> out.append('\n').append("    hint: ").append(h));
        return out.toString();
    }

    /** {@code file:line:col: error: message}, or {@code error: message} for a problem with no file. */
    private String heading() {
        String where = position.toString();
        return (where.isEmpty() ? "" : where + ": ") + severity.label() + ": " + message;
    }

    private static String shown(int[] codePoints, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            int c = codePoints[i];
            if (c == '\t') {
                text.append(' ');
            } else if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069)) {
                text.append('\uFFFD');
            } else {
                text.appendCodePoint(c);
            }
        }
        return text.toString();
    }
}
