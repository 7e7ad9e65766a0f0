package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What every command's output looks like: colour, progress, help. */
class ConsoleOutputTest {

    @TempDir
    Path tmp;

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2024-07-01T12:00:00Z");
        Duration tick = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            Instant current = now;
            now = now.plus(tick);
            return current;
        }
    }

    private static String runErr(Terminal terminal, Clock clock, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), clock, terminal);
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void progressAppearsOnlyAfterTwoSecondsAndIsErasedBeforeTheNextLine() {
        StringWriter text = new StringWriter();
        ManualClock clock = new ManualClock();
        ProgressLine progress = new ProgressLine(new PrintWriter(text), clock, true);
        progress.update("rendering articles", 1, 10);
        clock.now = clock.now.plusMillis(1999);
        progress.update("rendering articles", 2, 10);
        assertEquals("", text.toString());
        clock.now = clock.now.plusMillis(1);
        progress.update("rendering articles", 3, 10);
        assertEquals("\r\u001b[Krendering articles: 3 of 10 (2 s)", text.toString());
        clock.now = clock.now.plusMillis(100);
        progress.update("rendering articles", 4, 10);
        assertEquals("\r\u001b[Krendering articles: 3 of 10 (2 s)", text.toString(), "redrawn at most every 200 ms");
        progress.update("rendering articles", 10, 10);
        progress.clear();
        assertEquals("\r\u001b[Krendering articles: 3 of 10 (2 s)\r\u001b[Krendering articles: 10 of 10 (2 s)\r\u001b[K",
                text.toString(), "the last item is always drawn, then erased");
    }

    @Test
    void progressIsNeverShownWhenNotAtATerminal() {
        StringWriter text = new StringWriter();
        ManualClock clock = new ManualClock();
        ProgressLine progress = new ProgressLine(new PrintWriter(text), clock, false);
        clock.now = clock.now.plusSeconds(60);
        progress.update("rendering articles", 1, 10);
        progress.clear();
        assertEquals("", text.toString());
    }

    @Test
    void aSlowBuildAtATerminalShowsProgressOnStderr() {
        Path site = TestSites.copy("wire-story", tmp);
        ManualClock clock = new ManualClock();
        clock.tick = Duration.ofSeconds(1);
        String err = runErr(new Terminal(true, false), clock, "build", "--source", site.toString(),
                "--output", tmp.resolve("out").toString());
        assertTrue(err.contains("\r\u001b[Krendering pages: "), err);
        assertFalse(runErr(Terminal.NONE, clock, "build", "--source", site.toString(), "--output",
                tmp.resolve("out").toString()).contains("\r"));
    }

    @Test
    void problemsAreColouredOnlyWhenColourIsOn() {
        Path site = TestSites.copy("wire-story", tmp);
        TestSites.write(site, "content/world/second-story.md", "---\ndate: 2024-05-20\n---\nText.\n");
        String[] args = {"build", "--source", site.toString(), "--output", tmp.resolve("out").toString()};
        String coloured = runErr(new Terminal(true, true), TestSites.CLOCK, args);
        assertTrue(coloured.startsWith("\u001b[1mcontent/world/second-story.md:3:1\u001b[0m: \u001b[1;31merror:\u001b[0m"
                + " `title` is missing\n    3 | ---\n      | \u001b[1;32m^\u001b[0m\n"), coloured);
        assertFalse(runErr(Terminal.NONE, TestSites.CLOCK, args).contains("\u001b"));
    }

    @Test
    void colourNeedsATerminalAndNoNoColor() {
        assertEquals(new Terminal(true, true), Terminal.detect(true, Map.of("TERM", "xterm")));
        assertEquals(new Terminal(true, false), Terminal.detect(true, Map.of("NO_COLOR", "1")));
        assertEquals(new Terminal(true, true), Terminal.detect(true, Map.of("NO_COLOR", "")));
        assertEquals(new Terminal(true, false), Terminal.detect(true, Map.of("TERM", "dumb")));
        assertEquals(new Terminal(false, false), Terminal.detect(false, Map.of()));
    }

    @Test
    void controlCharactersInASourceLineNeverReachTheTerminal() {
        Path site = TestSites.copy("wire-story", tmp);
        TestSites.write(site, "content/world/second-story.md", "---\ndate: \u001b]0;owned\u0007\n---\nText.\n");
        String err = runErr(new Terminal(true, true), TestSites.CLOCK, "build", "--source", site.toString(),
                "--output", tmp.resolve("out").toString());
        assertFalse(err.contains("\u0007"), err);
        assertFalse(err.contains("\u001b]"), err);
    }

    @Test
    void aProblemInAFileOutsideTheSiteIsPrintedWithoutASnippet() {
        ProblemPrinter printer = new ProblemPrinter(tmp.resolve("site"), false);
        TestSites.write(tmp, "secret.txt", "password\n");
        assertEquals("../secret.txt:1:1: error: bad",
                printer.print(Problem.error(new SourcePosition("../secret.txt", 1, 1), "bad", null)));
    }

    @Test
    void everyCommandsHelpHasAnExample() {
        Console console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                TestSites.CLOCK, Terminal.NONE);
        CommandLine top = Main.commandLine(console);
        assertTrue(top.getUsageMessage().contains("Examples:\n  dateline build"), top.getUsageMessage());
        top.getSubcommands().forEach((name, command) -> {
            if (!name.equals("help")) {
                assertTrue(command.getUsageMessage().contains("Example"), name + ":\n" + command.getUsageMessage());
            }
        });
    }
}
