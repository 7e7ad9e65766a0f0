package org.dateline.diag;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    private static final Problem B_ERROR = Problem.error(new SourcePosition("content/b.md", 2, 1), "b", null);
    private static final Problem A_LATE = Problem.error(new SourcePosition("content/a.md", 9, 1), "a late", null);
    private static final Problem A_EARLY = Problem.error(new SourcePosition("content/a.md", 3, 4), "a early", null);
    private static final Problem WARNING = Problem.warning(new SourcePosition("content/a.md", 1, 1), "w", null);

    @Test
    void sortsErrorsFirstThenByFileLineAndColumn() {
        Problems problems = new Problems();
        problems.addAll(List.of(WARNING, B_ERROR, A_LATE));
        problems.add(A_EARLY);
        assertEquals(List.of(A_EARLY, A_LATE, B_ERROR, WARNING), problems.sorted());
        assertEquals(List.of(A_EARLY, A_LATE, B_ERROR), problems.errors());
        assertEquals(List.of(WARNING), problems.warnings());
    }

    @Test
    void throwsOneExceptionHoldingEveryError() {
        Problems problems = new Problems();
        problems.addAll(List.of(B_ERROR, WARNING, A_EARLY));
        assertTrue(problems.hasErrors());
        DatelineException e = assertThrows(DatelineException.class, problems::throwIfErrors);
        assertEquals(List.of(A_EARLY, B_ERROR), e.problems());
        assertEquals("content/a.md:3:4: a early (and 1 more)", e.getMessage());
    }

    @Test
    void warningsAloneDoNotStopTheBuild() {
        Problems problems = new Problems();
        problems.add(WARNING);
        assertFalse(problems.hasErrors());
        assertDoesNotThrow(problems::throwIfErrors);
    }

    @Test
    void anExceptionMessageIsItsOnlyProblemsSummary() {
        DatelineException e = DatelineException.at(new SourcePosition("site.yaml", 2, 3), "bad", "fix it");
        assertEquals("site.yaml:2:3: bad (hint: fix it)", e.getMessage());
    }
}
