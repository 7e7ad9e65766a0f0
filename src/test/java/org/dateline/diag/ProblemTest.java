package org.dateline.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProblemTest {

    private static final LineIndex SOURCE = new LineIndex("---\ntitle: Polls close\npublished: May 1st\n---\n");

    @Test
    void formatsAnErrorOnOneLineWithItsHint() {
        Problem problem = Problem.error(new SourcePosition("content/world/polls.md", 3, 12),
                "`published` is not a date: \"May 1st\"", "use ISO 8601");
        assertEquals("error: content/world/polls.md:3:12: `published` is not a date: \"May 1st\" (hint: use ISO 8601)",
                problem.format());
        assertTrue(problem.isError());
    }

    @Test
    void formatsAWarningWithoutAHint() {
        Problem problem = Problem.warning(SourcePosition.of("content/a.md"), "image has no alt text", null);
        assertEquals("warning: content/a.md: image has no alt text", problem.format());
        assertEquals(Optional.empty(), problem.hint());
        assertFalse(problem.isError());
    }

    @Test
    void formatsWithTheSourceLineAndACaretUnderTheColumn() {
        Problem problem = Problem.error(new SourcePosition("content/world/polls.md", 3, 12),
                "`published` is not a date: \"May 1st\"", "use ISO 8601");
        assertEquals("""
                error: content/world/polls.md:3:12: `published` is not a date: "May 1st"
                   3 | published: May 1st
                     |            ^
                hint: use ISO 8601""", problem.formatWithSource(SOURCE));
    }

    @Test
    void widensTheGutterForLongLineNumbers() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            text.append("line ").append(i).append('\n');
        }
        Problem problem = Problem.error(new SourcePosition("a.md", 12, 6), "bad", null);
        assertEquals("""
                error: a.md:12:6: bad
                   12 | line 12
                      |      ^""", problem.formatWithSource(new LineIndex(text.toString())));
    }

    @Test
    void showsTheLineWithoutACaretWhenTheColumnIsUnknown() {
        Problem problem = Problem.error(new SourcePosition("a.md", 2, 0), "bad title", null);
        assertEquals("""
                error: a.md:2: bad title
                   2 | title: Polls close""", problem.formatWithSource(SOURCE));
    }

    @Test
    void showsNoSnippetWithoutALineOrPastTheEnd() {
        assertEquals("error: a.md: gone\nhint: h",
                Problem.error(SourcePosition.of("a.md"), "gone", "h").formatWithSource(SOURCE));
        assertEquals("error: a.md:40:1: gone",
                Problem.error(new SourcePosition("a.md", 40, 1), "gone", null).formatWithSource(SOURCE));
    }
}
