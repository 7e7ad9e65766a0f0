package org.dateline.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SourcePositionTest {

    @Test
    void printsFileLineAndColumn() {
        assertEquals("content/world/a.md:3:7", new SourcePosition("content/world/a.md", 3, 7).toString());
    }

    @Test
    void leavesOutAnUnknownColumn() {
        assertEquals("templates/article.peb:12", new SourcePosition("templates/article.peb", 12, 0).toString());
    }

    @Test
    void leavesOutAnUnknownLineAndColumn() {
        assertEquals("site.yaml", SourcePosition.of("site.yaml").toString());
        assertEquals(0, SourcePosition.of("site.yaml").line());
        assertEquals(0, SourcePosition.of("site.yaml").column());
    }

    @Test
    void alwaysPrintsForwardSlashes() {
        assertEquals("content/world/a.md:1:1", new SourcePosition("content\\world\\a.md", 1, 1).toString());
    }

    @Test
    void refusesNegativeLinesAndColumns() {
        assertThrows(IllegalArgumentException.class, () -> new SourcePosition("a.md", -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SourcePosition("a.md", 1, -1));
    }

    @Test
    void movesToAnotherLineAndColumnOfTheSameFile() {
        assertEquals(new SourcePosition("a.md", 4, 2), SourcePosition.of("a.md").withLineColumn(4, 2));
    }
}
