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
        Console console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(out),
                org.dateline.testing.TestSites.CLOCK, Terminal.NONE);
        RepeatFilter filter = new RepeatFilter(() -> new ConsoleReporter(console, ConsoleReporter.Verbosity.NORMAL,
                new ProblemPrinter(java.nio.file.Path.of("."), false)));
        filter.warn(ALT);
        filter.buildEnded();
        filter.warn(ALT);
        filter.warn(TAG);
        filter.buildEnded();
        filter.buildEnded(); // a build without warnings
        filter.warn(ALT);
        String n = System.lineSeparator();
        assertEquals("content/a.md:4:1: warning: image has no alt text" + n
                + "content/b.md:2:7: warning: tag used once" + n
                + "content/a.md:4:1: warning: image has no alt text" + n, out.toString());
    }
}
