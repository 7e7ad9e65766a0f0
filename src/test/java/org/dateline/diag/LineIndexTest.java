package org.dateline.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineIndexTest {

    /** {@code line:column} of each of {@code offsets}. */
    private static List<String> at(LineIndex index, int... offsets) {
        return IntStream.of(offsets).mapToObj(o -> index.line(o) + ":" + index.column(o)).toList();
    }

    /** {@code start-end} of each line, 1 to {@code lineCount()}, then the text of each. */
    private static List<String> lines(LineIndex index) {
        return IntStream.rangeClosed(1, index.lineCount())
                .mapToObj(n -> index.lineStart(n) + "-" + index.lineEnd(n) + " " + index.lineText(n)).toList();
    }

    @Test
    void countsLinesAndColumnsAcrossLineFeeds() {
        LineIndex index = new LineIndex("ab\ncd\n");
        assertEquals(List.of("1:1", "1:3", "2:1", "2:2", "3:1"), at(index, 0, 2, 3, 4, 6));
        assertEquals(List.of("0-2 ab", "3-5 cd", "6-6 "), lines(index));
    }

    @Test
    void treatsCarriageReturnLineFeedAsOneBreak() {
        LineIndex index = new LineIndex("ab\r\ncd\r\nef");
        assertEquals(List.of("1:3", "1:4", "2:1", "3:2"), at(index, 2, 3, 4, 9));
        assertEquals(List.of("0-2 ab", "4-6 cd", "8-10 ef"), lines(index));
    }

    @Test
    void treatsALoneCarriageReturnAsABreak() {
        LineIndex index = new LineIndex("ab\rcd\ref");
        assertEquals(List.of("2:2", "3:1"), at(index, 4, 6));
        assertEquals(List.of("0-2 ab", "3-5 cd", "6-8 ef"), lines(index));
    }

    @Test
    void mixesAllThreeLineEndingsInOneText() {
        LineIndex index = new LineIndex("a\nb\r\nc\rd\ngh");
        assertEquals(List.of("0-1 a", "2-3 b", "5-6 c", "7-8 d", "9-11 gh"), lines(index));
        assertEquals(List.of("4:1", "5:3"), at(index, 7, 11));
    }

    @Test
    void countsColumnsInCodePointsNotCharacters() {
        assertEquals(List.of("2:3"), at(new LineIndex("x\n\uD83D\uDE00\uD83D\uDE00z"), 6));
    }

    @Test
    void clampsOffsetsOutsideTheText() {
        assertEquals(List.of("1:1", "2:3"), at(new LineIndex("ab\ncd"), -4, 99));
    }

    @Test
    void givesEmptyTextForLinesPastTheEnd() {
        LineIndex index = new LineIndex("only");
        assertEquals(List.of("only", "", ""), List.of(index.lineText(1), index.lineText(0), index.lineText(2)));
    }

    @Test
    void anEmptyTextHasOneEmptyLine() {
        LineIndex index = new LineIndex("");
        assertEquals(List.of("0-0 "), lines(index));
        assertEquals(List.of("1:1"), at(index, 0));
    }

    @Test
    void aTrailingBreakStartsAnEmptyLastLine() {
        LineIndex index = new LineIndex("a\r");
        assertEquals(List.of("0-1 a", "2-2 "), lines(index));
        assertEquals(List.of("2:1"), at(index, 2));
    }

    @Test
    void makesAPositionInAFile() {
        LineIndex index = new LineIndex("---\ntitle: x\n");
        assertEquals(new SourcePosition("content/a.md", 2, 8), index.position("content/a.md", 11));
    }

    @Test
    void scanningPrimitivesAgreeWithTheIndex() {
        String text = "ab\r\ncd\ref\ngh";
        List<String> scanned = new ArrayList<>();
        for (int start = 0; start <= text.length(); ) {
            int end = LineIndex.endOfLine(text, start);
            scanned.add(start + "-" + end + " " + text.substring(start, end));
            if (end >= text.length()) {
                break;
            }
            start = LineIndex.startOfNextLine(text, end);
        }
        assertEquals(List.of("0-2 ab", "4-6 cd", "7-9 ef", "10-12 gh"), scanned);
        assertEquals(scanned, lines(new LineIndex(text)));
        assertEquals(12, LineIndex.startOfNextLine(text, 12));
    }

    @Test
    void anExpandedTextGivesThePositionsOfTheOriginal() {
        String original = "a {{< x >}} b\n{{< y\nz >}} c\nd";
        // "{{< x >}}" (2..11) became "XXXXXXXXXXXXXXXX" (2..18); "{{< y\nz >}}" (14..25) became "Y\n" (21..23)
        String expanded = "a XXXXXXXXXXXXXXXX b\nY\n c\nd";
        LineIndex index = LineIndex.expanded(expanded, original, List.of(new LineIndex.Edit(2, 18, 2, 11),
                new LineIndex.Edit(21, 23, 14, 25)));
        assertEquals(new SourcePosition("f", 1, 13), index.position("f", expanded.indexOf('b')));
        assertEquals(new SourcePosition("f", 1, 3), index.position("f", 10)); // inside: where the tag starts
        assertEquals(new SourcePosition("f", 2, 1), index.position("f", 21));
        assertEquals(new SourcePosition("f", 3, 7), index.position("f", expanded.indexOf('c')));
        assertEquals(new SourcePosition("f", 4, 1), index.position("f", expanded.indexOf('d')));
        assertEquals("z >}} c", index.lineText(3));
    }

    /** A text without CR is indexed by searching for LF; with CR, by reading its characters: both must agree. */
    @Test
    void indexesTextPastLatin1WithEachKindOfLineEnd() {
        String lf = "\u201cQuoted\u201d \u2014 dash\n\u65e5\u672c\u8a9e\n\uD83D\uDE00end";
        assertEquals(List.of("0-15 \u201cQuoted\u201d \u2014 dash", "16-19 \u65e5\u672c\u8a9e", "20-25 \uD83D\uDE00end"),
                lines(new LineIndex(lf)));
        assertEquals(List.of("3:2", "3:3"), at(new LineIndex(lf), 22, 23)); // the pair is one column
        String mixed = "\u201cQ\u201d\r\n\u65e5\r\uD83D\uDE00\n\uDE00lone\r";
        assertEquals(List.of("0-3 \u201cQ\u201d", "5-6 \u65e5", "7-9 \uD83D\uDE00", "10-15 \uDE00lone", "16-16 "),
                lines(new LineIndex(mixed)));
        assertEquals(List.of("4:2", "5:1"), at(new LineIndex(mixed), 11, 16));
    }

    @Test
    void indexesAVeryLongLineAndTextWithoutALastBreak() {
        String text = "x".repeat(100_000) + "\u2014\n" + "y".repeat(70_000);
        LineIndex index = new LineIndex(text);
        assertEquals(2, index.lineCount());
        assertEquals(List.of("1:100001", "2:1", "2:70001"), at(index, 100_000, 100_002, 170_002));
        assertEquals(List.of("0-100001", "100002-170002"), IntStream.rangeClosed(1, 2)
                .mapToObj(n -> index.lineStart(n) + "-" + index.lineEnd(n)).toList());
    }

    @Test
    void scanningPrimitivesOnCharactersAgreeWithThoseOnText() {
        char[] text = "ab\r\n\u00e9\u2014\r\uD83D\uDE00\ngh".toCharArray();
        List<String> scanned = new ArrayList<>();
        for (int start = 0; start <= text.length; ) {
            int end = LineIndex.endOfLine(text, start, text.length);
            scanned.add(start + "-" + end);
            if (end >= text.length) {
                break;
            }
            start = LineIndex.startOfNextLine(text, end, text.length);
        }
        assertEquals(List.of("0-2", "4-6", "7-9", "10-12"), scanned);
        assertEquals(12, LineIndex.startOfNextLine(text, 12, text.length));
        assertEquals(2, LineIndex.endOfLine(text, 0, 9)); // a length short of the array's is the text's end
        assertEquals(3, LineIndex.endOfLine("abc".toCharArray(), 1, 3));
        assertEquals(0, LineIndex.endOfLine(new char[0], 0, 0));
    }

    @Test
    void anExpandedIndexMayReuseTheOriginalsIndex() {
        String original = "a {{< x >}} b\n{{< y\nz >}} c\nd";
        String expanded = "a XXXXXXXXXXXXXXXX b\nY\n c\nd";
        List<LineIndex.Edit> edits = List.of(new LineIndex.Edit(2, 18, 2, 11), new LineIndex.Edit(21, 23, 14, 25));
        LineIndex reused = LineIndex.expanded(expanded, new LineIndex(original), edits);
        LineIndex made = LineIndex.expanded(expanded, original, edits);
        for (int offset = 0; offset <= expanded.length(); offset++) {
            assertEquals(made.position("f", offset), reused.position("f", offset));
        }
        assertEquals(new SourcePosition("f", 3, 7), reused.position("f", expanded.indexOf('c')));
        assertEquals("z >}} c", reused.lineText(3));
        assertEquals(List.of("1:1", "2:1"), at(LineIndex.expanded("a\nb", new LineIndex("a\nb"), List.of()), 0, 2));
        assertThrows(IllegalArgumentException.class, () -> LineIndex.expanded(expanded, reused, edits));
    }
}
