package org.dateline.diag;

import java.util.Arrays;

/** Turns character offsets in a text into 1-based line and column numbers. */
public final class LineIndex {

    private final int[] lineStarts;
    private final String text;

    public LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** 1-based line of {@code offset} (clamped into the text). */
    public int line(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int found = Arrays.binarySearch(lineStarts, clamped);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** 1-based column of {@code offset}, counted in code points. */
    public int column(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int start = lineStarts[line(clamped) - 1];
        return text.codePointCount(start, clamped) + 1;
    }

    /** The text of 1-based {@code line} without its line break, or "" past the end. */
    public String lineText(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public SourcePosition position(String file, int offset) {
        return new SourcePosition(file, line(offset), column(offset));
    }
}
