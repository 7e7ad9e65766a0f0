package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dateline build} as CI runs it: the summary on stderr, {@code --next-publish} alone on stdout. */
class BuildCommandTest {

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private Run run(String fixture, String... extra) {
        Path site = TestSites.copy(fixture, tmp);
        List<String> args = new ArrayList<>(List.of("build", "--source=" + site, "--output=" + tmp.resolve("out")));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestSites.CLOCK);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void nextPublishPrintsOnlyTheNextInstantOnStdout() {
        Run run = run("scheduling", "--next-publish");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals("2024-07-02T06:00:00Z" + System.lineSeparator(), run.out());
    }

    @Test
    void theSummaryNamesTheNextScheduledPublicationAndExpiry() {
        Run run = run("scheduling");
        assertEquals("", run.out());
        Pattern summary = Pattern.compile("Built 3 articles \\(4 draft or scheduled left out\\), \\d+ pages, \\d+ files"
                + " in \\d+\\.\\d\\d s → .+; next scheduled publication 2024-07-02T06:00:00Z \\(content/world/tomorrow\\.md\\);"
                + " next expiry 2024-07-05T00:00:00Z \\(content/world/expiring\\.md\\)");
        assertTrue(run.err().lines().anyMatch(line -> summary.matcher(line).matches()), run.err());
    }

    @Test
    void nextPublishPrintsTheExpiryWhenNothingWaitsForItsDate() {
        assertEquals("2024-07-05T00:00:00Z" + System.lineSeparator(), run("scheduling", "--future", "--next-publish").out());
    }

    @Test
    void nextPublishPrintsNothingWhenNothingIsScheduled() {
        Run run = run("pagination", "--next-publish");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void theCacheLivesInTheSiteFolderUnlessTheOptionsSayOtherwise() throws Exception {
        run("pagination");
        Path site = tmp.resolve("site");
        assertEquals("*\n", java.nio.file.Files.readString(site.resolve(".dateline-cache/.gitignore")));

        java.nio.file.Files.walk(site.resolve(".dateline-cache")).sorted(java.util.Comparator.reverseOrder())
                .forEach(path -> path.toFile().delete());
        run("pagination", "--no-cache");
        assertTrue(!java.nio.file.Files.exists(site.resolve(".dateline-cache")));

        run("pagination", "--cache-dir=" + tmp.resolve("elsewhere"));
        assertTrue(!java.nio.file.Files.exists(site.resolve(".dateline-cache")));
        assertTrue(java.nio.file.Files.isRegularFile(tmp.resolve("elsewhere/site.state")));
    }

    @Test
    void verifyIncrementalComparesTheBuildWithAColdOne() {
        run("pagination");
        Run again = run("pagination", "--verify-incremental");
        assertEquals(0, again.code());
        assertTrue(again.err().contains("verify-incremental: identical to a cold build"), again.err());
    }
}
