package org.dateline.diag;

import java.util.Arrays;
import java.util.List;

/**
 * The project's one definition of a line: LF, CRLF and a lone CR each end one. Turns character
 * offsets into 1-based line and column numbers, and gives the scanning primitives that the parse
 * and config stages use to walk a text line by line, so every position agrees.
 *
 * <p>An index of a text made from another by replacing spans ({@link #expanded}, for shortcodes
 * expanded before parsing) gives lines and columns in the original, whatever the replacements'
 * lengths and line breaks.
 */
public final class LineIndex {

    /**
     * Where each line starts, found when a position is first asked for: most indexes (one per article) answer
     * none, so finding them up front cost a cold build ~1% of its CPU for nothing. Idempotent, so a race only
     * finds them twice; volatile, so no thread sees the array before its contents.
     */
    private volatile int[] lineStarts;
    private final String text;
    private final List<Edit> edits;
    private final int[] editStarts;
    private final LineIndex original;

    /** A span of the original text replaced in the expanded one, by character offsets into each. */
    public record Edit(int expandedStart, int expandedEnd, int originalStart, int originalEnd) {
    }

    public LineIndex(String text) {
        this(text, List.of(), null);
    }

    /**
     * The index of {@code expandedText}, made from {@code originalText} by {@code edits} (in order,
     * not overlapping), giving the positions of {@code originalText}.
     */
    public static LineIndex expanded(String expandedText, String originalText, List<Edit> edits) {
        return edits.isEmpty() ? new LineIndex(expandedText)
                : new LineIndex(expandedText, edits, new LineIndex(originalText));
    }

    /**
     * {@link #expanded(String, String, List)} with the index of the original text already made (by
     * {@link #LineIndex(String)}), so that it is not made twice.
     */
    public static LineIndex expanded(String expandedText, LineIndex original, List<Edit> edits) {
        if (original.original != null) {
            throw new IllegalArgumentException("the original's index must be of a text as it is, not expanded");
        }
        return edits.isEmpty() ? new LineIndex(expandedText) : new LineIndex(expandedText, edits, original);
    }

    private LineIndex(String text, List<Edit> edits, LineIndex original) {
        this.edits = List.copyOf(edits);
        this.editStarts = this.edits.stream().mapToInt(Edit::expandedStart).toArray();
        this.original = original;
        this.text = text;
    }

    private int[] lineStarts() {
        int[] starts = lineStarts;
        if (starts == null) {
            starts = lineStarts(text);
            lineStarts = starts;
        }
        return starts;
    }

    /**
     * Where each line of {@code text} starts. A text without CR (nearly all) is walked with {@code indexOf},
     * which the JIT compiles to a tight loop; one with CR reads a copy of its characters, as {@code charAt} on a
     * text with characters past Latin-1 keeps a bounds-check call per character under C1.
     */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        if (text.indexOf('\r') < 0) {
            for (int lf = text.indexOf('\n'); lf >= 0; lf = text.indexOf('\n', lf + 1)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = lf + 1;
            }
            return Arrays.copyOf(starts, count);
        }
        char[] chars = text.toCharArray();
        int end = endOfLine(chars, 0, chars.length);
        while (end < chars.length) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            int next = startOfNextLine(chars, end, chars.length);
            starts[count++] = next;
            end = endOfLine(chars, next, chars.length);
        }
        return Arrays.copyOf(starts, count);
    }

    /**
     * {@link #endOfLine(CharSequence, int)} in {@code text[0, length)}, for scanners that read a character array: one
     * comparison for most characters, as every printable one is above {@code '\r'}.
     */
    public static int endOfLine(char[] text, int from, int length) {
        for (int i = from; i < length; i++) {
            char c = text[i];
            if (c <= '\r' && (c == '\n' || c == '\r')) {
                return i;
            }
        }
        return length;
    }

    /** {@link #startOfNextLine(CharSequence, int)} in {@code text[0, length)}. */
    public static int startOfNextLine(char[] text, int lineEnd, int length) {
        if (lineEnd >= length) {
            return length;
        }
        return text[lineEnd] == '\r' && lineEnd + 1 < length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
    }

    /** Offset of the line break ending the line that contains {@code from}, or the text length. */
    public static int endOfLine(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** Offset of the first character after the line break at {@code lineEnd}; the text length at its end. */
    public static int startOfNextLine(CharSequence text, int lineEnd) {
        if (lineEnd >= text.length()) {
            return text.length();
        }
        if (text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length() && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return lineEnd + 1;
    }

    /** 1-based line of {@code offset} (clamped into the text); in an expanded text, the original's line. */
    public int line(int offset) {
        return original == null ? rawLine(offset) : original.rawLine(originalOffset(offset));
    }

    /**
     * The offset in the original text of {@code offset} in the expanded one: text between replacements
     * is copied as it is, and a place inside a replacement is the start of what it replaced.
     */
    private int originalOffset(int offset) {
        int found = Arrays.binarySearch(editStarts, offset);
        int index = found >= 0 ? found : -found - 2;
        if (index < 0) {
            return offset;
        }
        Edit edit = edits.get(index);
        return offset < edit.expandedEnd() ? edit.originalStart() : edit.originalEnd() + offset - edit.expandedEnd();
    }

    private int rawLine(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int found = Arrays.binarySearch(lineStarts(), clamped);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /**
     * 1-based column of {@code offset}, counted in code points; in an expanded text, the original's
     * column (a place inside a replacement is the start of what it replaced).
     */
    public int column(int offset) {
        return original == null ? rawColumn(offset) : original.rawColumn(originalOffset(offset));
    }

    private int rawColumn(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int start = lineStarts()[rawLine(clamped) - 1];
        return text.codePointCount(start, clamped) + 1;
    }

    /** Offset where 1-based {@code line} starts; the text length past the last line. */
    public int lineStart(int line) {
        int[] starts = lineStarts();
        return line >= 1 && line <= starts.length ? starts[line - 1] : text.length();
    }

    /** Offset just before the line break that ends 1-based {@code line}; the text length past the last line. */
    public int lineEnd(int line) {
        return endOfLine(text, lineStart(line));
    }

    /** The text of 1-based {@code line} without its line break (as the original has it), or "" past the end. */
    public String lineText(int line) {
        if (original != null) {
            return original.lineText(line);
        }
        if (line < 1 || line > lineStarts().length) {
            return "";
        }
        return text.substring(lineStart(line), lineEnd(line));
    }

    public int lineCount() {
        return lineStarts().length;
    }

    public SourcePosition position(String file, int offset) {
        return new SourcePosition(file, line(offset), column(offset));
    }
}
