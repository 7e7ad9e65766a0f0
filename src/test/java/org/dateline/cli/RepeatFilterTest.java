package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.junit.jupiter.api.Test;

class RepeatFilterTest {

    private static final Problem ALT = Problem.warning(new SourcePosition("content/a.md", 4, 1), "image has no alt text", null);
    private static final Problem TAG = Problem.warning(new SourcePosition("content/b.md", 2, 7), "tag used once", null);

    @Test
    void aWarningStandingFromBuildToBuildIsShownOnceAndAgainAfterItWentAway() {
        StringWriter out = new StringWriter();
        RepeatFilter filter = new RepeatFilter(new ConsoleReporter(new PrintWriter(out), ConsoleReporter.Verbosity.NORMAL));
        filter.warn(ALT);
        filter.buildEnded();
        filter.warn(ALT);
        filter.warn(TAG);
        filter.buildEnded();
        filter.buildEnded(); // a build without warnings
        filter.warn(ALT);
        String n = System.lineSeparator();
        assertEquals("warning: content/a.md:4:1: image has no alt text" + n
                + "warning: content/b.md:2:7: tag used once" + n
                + "warning: content/a.md:4:1: image has no alt text" + n, out.toString());
    }
}
