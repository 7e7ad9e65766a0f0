package org.dateline.diag;

import java.util.Objects;

/**
 * Where something is in the user's site: a file relative to the site root (always with {@code /}),
 * and a 1-based line and column. 0 means unknown, as in Hugo's {@code text.Position}.
 */
public record SourcePosition(String file, int line, int column) {

    public SourcePosition {
        Objects.requireNonNull(file, "file");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column are 1-based, 0 for unknown");
        }
        file = file.replace('\\', '/');
    }

    /** A whole file, no line known. */
    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }

    public SourcePosition withLineColumn(int newLine, int newColumn) {
        return new SourcePosition(file, newLine, newColumn);
    }

    /**
     * As a record's own {@code equals}: written out, as a record's is made of method handles at its first call,
     * milliseconds of a fresh JVM (an edit compares the positions an article's metadata keeps).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SourcePosition position && line == position.line && column == position.column
                && file.equals(position.file);
    }

    @Override
    public int hashCode() {
        return (file.hashCode() * 31 + line) * 31 + column;
    }

    /** {@code file:line:column}, leaving out what is unknown. */
    @Override
    public String toString() {
        if (line == 0) {
            return file;
        }
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
