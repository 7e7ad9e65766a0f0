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

    /**
     * The long form with the offending source line and a caret under the column, as Hugo's
     * {@code ErrorContext} prints it.
     */
    public String formatWithSource(LineIndex source) {
        StringBuilder out = new StringBuilder(severity.label()).append(": ").append(position).append(": ").append(message);
        if (position.line() > 0 && position.line() <= source.lineCount()) {
            String number = String.valueOf(position.line());
            String gutter = " ".repeat(number.length());
            out.append('\n').append("   ").append(number).append(" | ").append(source.lineText(position.line()));
            if (position.column() > 0) {
                out.append('\n').append("   ").append(gutter).append(" | ")
                        .append(" ".repeat(position.column() - 1)).append('^');
            }
        }
        hint.ifPresent(h -> out.append('\n').append("hint: ").append(h));
        return out.toString();
    }
}
