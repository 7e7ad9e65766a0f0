package org.dateline.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineIndexTest {

    @Test
    void countsLinesAndColumnsAcrossLineFeeds() {
        LineIndex index = new LineIndex("ab\ncd\n");
        assertEquals(3, index.lineCount());
        assertEquals(1, index.line(0));
        assertEquals(1, index.line(2));
        assertEquals(2, index.line(3));
        assertEquals(2, index.column(4));
        assertEquals(3, index.line(6));
        assertEquals(1, index.column(6));
    }

    @Test
    void treatsCarriageReturnLineFeedAsOneBreak() {
        String text = "ab\r\ncd\r\nef";
        LineIndex index = new LineIndex(text);
        assertEquals(3, index.lineCount());
        assertEquals(1, index.line(text.indexOf('\r')));
        assertEquals(3, index.column(text.indexOf('\r')));
        assertEquals(1, index.line(text.indexOf('\n')));
        assertEquals(2, index.line(text.indexOf('c')));
        assertEquals(1, index.column(text.indexOf('c')));
        assertEquals(3, index.line(text.indexOf('f')));
        assertEquals(2, index.column(text.indexOf('f')));
        assertEquals("cd", index.lineText(2));
    }

    @Test
    void treatsALoneCarriageReturnAsABreak() {
        String text = "ab\rcd\ref";
        LineIndex index = new LineIndex(text);
        assertEquals(3, index.lineCount());
        assertEquals(2, index.line(text.indexOf('d')));
        assertEquals(2, index.column(text.indexOf('d')));
        assertEquals("ef", index.lineText(3));
    }

    @Test
    void mixesAllThreeLineEndingsInOneText() {
        String text = "a\nb\r\nc\rd";
        LineIndex index = new LineIndex(text);
        assertEquals(4, index.lineCount());
        assertEquals(4, index.line(text.indexOf('d')));
        assertEquals("b", index.lineText(2));
        assertEquals("c", index.lineText(3));
    }

    @Test
    void countsColumnsInCodePointsNotCharacters() {
        String text = "x\n\uD83D\uDE00\uD83D\uDE00z";
        LineIndex index = new LineIndex(text);
        assertEquals(3, index.column(text.indexOf('z')));
        assertEquals(2, index.line(text.indexOf('z')));
    }

    @Test
    void clampsOffsetsOutsideTheText() {
        LineIndex index = new LineIndex("ab\ncd");
        assertEquals(1, index.line(-4));
        assertEquals(1, index.column(-4));
        assertEquals(2, index.line(99));
        assertEquals(3, index.column(99));
    }

    @Test
    void givesEmptyTextForLinesPastTheEnd() {
        LineIndex index = new LineIndex("only");
        assertEquals("only", index.lineText(1));
        assertEquals("", index.lineText(0));
        assertEquals("", index.lineText(2));
    }

    @Test
    void anEmptyTextHasOneEmptyLine() {
        LineIndex index = new LineIndex("");
        assertEquals(1, index.lineCount());
        assertEquals(1, index.line(0));
        assertEquals(1, index.column(0));
    }

    @Test
    void makesAPositionInAFile() {
        LineIndex index = new LineIndex("---\ntitle: x\n");
        assertEquals(new SourcePosition("content/a.md", 2, 8), index.position("content/a.md", 11));
    }

    @Test
    void givesTheStartAndEndOfEachLineForEveryKindOfBreak() {
        String text = "ab\r\ncd\ref\ngh";
        LineIndex index = new LineIndex(text);
        assertEquals(4, index.lineCount());
        assertEquals(0, index.lineStart(1));
        assertEquals(2, index.lineEnd(1));
        assertEquals(4, index.lineStart(2));
        assertEquals(6, index.lineEnd(2));
        assertEquals(7, index.lineStart(3));
        assertEquals(10, index.lineStart(4));
        assertEquals(12, index.lineEnd(4));
        assertEquals(12, index.lineStart(5));
    }

    @Test
    void scanningPrimitivesAgreeWithTheIndex() {
        String text = "ab\r\ncd\ref\ngh";
        assertEquals(2, LineIndex.endOfLine(text, 0));
        assertEquals(4, LineIndex.startOfNextLine(text, 2));
        assertEquals(6, LineIndex.endOfLine(text, 4));
        assertEquals(7, LineIndex.startOfNextLine(text, 6));
        assertEquals(9, LineIndex.endOfLine(text, 7));
        assertEquals(10, LineIndex.startOfNextLine(text, 9));
        assertEquals(12, LineIndex.endOfLine(text, 10));
        assertEquals(12, LineIndex.startOfNextLine(text, 12));
    }

    @Test
    void aTrailingBreakStartsAnEmptyLastLine() {
        LineIndex index = new LineIndex("a\r");
        assertEquals(2, index.lineCount());
        assertEquals("", index.lineText(2));
        assertEquals(2, index.line(2));
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
