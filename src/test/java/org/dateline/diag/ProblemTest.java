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
    void formatsWithThePositionFirstTheSourceLineACaretUnderTheColumnAndTheHint() {
        Problem problem = Problem.error(new SourcePosition("content/world/polls.md", 3, 12),
                "`published` is not a date: \"May 1st\"", "use ISO 8601");
        assertEquals("""
                content/world/polls.md:3:12: error: `published` is not a date: "May 1st"
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
        Problem problem = Problem.warning(new SourcePosition("a.md", 12, 6), "bad", null);
        assertEquals("""
                a.md:12:6: warning: bad
                    12 | line 12
                       |      ^""", problem.formatWithSource(new LineIndex(text.toString())));
    }

    @Test
    void showsTheLineWithoutACaretWhenTheColumnIsUnknown() {
        Problem problem = Problem.error(new SourcePosition("a.md", 2, 0), "bad title", null);
        assertEquals("""
                a.md:2: error: bad title
                    2 | title: Polls close""", problem.formatWithSource(SOURCE));
    }

    @Test
    void showsNoSnippetWithoutALineOrPastTheEnd() {
        assertEquals("a.md: error: gone\n    hint: h",
                Problem.error(SourcePosition.of("a.md"), "gone", "h").formatWithSource(SOURCE));
        assertEquals("a.md:40:1: error: gone",
                Problem.error(new SourcePosition("a.md", 40, 1), "gone", null).formatWithSource(SOURCE));
        assertEquals("error: no site here", Problem.error(SourcePosition.of(""), "no site here", null)
                .formatWithSource(new LineIndex("")));
    }

    @Test
    void showsAWindowOfAVeryLongLineAroundTheColumn() {
        String line = "x".repeat(300) + "BAD" + "y".repeat(300);
        Problem problem = Problem.error(new SourcePosition("a.md", 1, 301), "bad", null);
        assertEquals("a.md:1:301: error: bad\n"
                + "    1 | \u2026" + "x".repeat(50) + "BAD" + "y".repeat(47) + "\u2026\n"
                + "      | " + " ".repeat(51) + "^", problem.formatWithSource(new LineIndex(line)));
    }

    @Test
    void showsControlCharactersAsReplacementsAndTabsAsOneSpace() {
        Problem problem = Problem.error(new SourcePosition("a.md", 1, 4), "bad", null);
        assertEquals("a.md:1:4: error: bad\n"
                + "    1 | \t\uFFFD[x\u2026".replace("\t", " ").replace("\u2026", "") + "\n"
                + "      |    ^", problem.formatWithSource(new LineIndex("\t\u001b[x")));
    }
}
