package org.dateline.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
