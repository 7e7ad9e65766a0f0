package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dateline.testing.FileTree;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    private static final String SUMMARY = "Built \\d+ articles?( \\(\\d+ draft or scheduled left out\\))?, \\d+ pages,"
            + " \\d+ files in \\d+\\.\\d\\d s \u2192 .+";

    @TempDir
    Path tmp;

    /** What one run of the command line did. */
    record Run(int exit, List<String> out, List<String> err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestSites.CLOCK);
        return new Run(exit, lines(out), lines(err));
    }

    private static List<String> lines(ByteArrayOutputStream stream) {
        String text = stream.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
    }

    private Run build(Path site, String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "build";
        args[1] = "--source";
        args[2] = site.toString();
        args[3] = "--output";
        args[4] = out().toString();
        System.arraycopy(options, 0, args, 5, options.length);
        return run(args);
    }

    private Path out() {
        return tmp.resolve("out");
    }

    private RenderedSite output() {
        return new RenderedSite(out(), null);
    }

    /** "N pages, M files": the HTML pages and every file (but the ownership marker) actually written. */
    private String writtenCounts() {
        List<String> files = output().files().stream().filter(f -> !f.equals(".dateline-output")).toList();
        long pages = files.stream().filter(f -> f.endsWith(".html")).count();
        return pages + " pages, " + files.size() + " files";
    }

    private static final String BUILD_SYNOPSIS = "Usage: dateline build [-hqvV] [--drafts] [--future]";

    @ParameterizedTest(name = "dateline {0}")
    @ValueSource(strings = {"--help", "-h"})
    void theTopCommandPrintsHelp(String option) {
        Run run = run(option);
        assertEquals(0, run.exit());
        assertEquals("Usage: dateline [-hV] [COMMAND]", run.out().get(0));
        assertTrue(run.out().contains("  build   Renders the site in --source into --output."), String.join("\n", run.out()));
        assertEquals(List.of(), run.err());
    }

    @ParameterizedTest(name = "dateline build {0}")
    @ValueSource(strings = {"--help", "-h"})
    void theBuildCommandPrintsHelp(String option) {
        Run run = run("build", option);
        assertEquals(0, run.exit());
        assertTrue(run.out().get(0).startsWith(BUILD_SYNOPSIS), run.out().get(0));
        assertEquals(List.of(), run.err());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--version", "-V", "build --version", "build -V"})
    void everyCommandPrintsTheVersion(String args) {
        Run run = run(args.split(" "));
        assertEquals(0, run.exit());
        assertEquals(2, run.out().size());
        assertTrue(run.out().get(0).matches("Dateline \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), run.out().get(0));
        assertEquals("Java " + System.getProperty("java.version"), run.out().get(1));
        assertEquals(List.of(), run.err());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        Run run = run("build", "--frobnicate");
        assertEquals(ExitCode.USAGE, run.exit());
        assertEquals("Unknown option: '--frobnicate'", run.err().get(0));
        assertTrue(run.err().get(1).startsWith(BUILD_SYNOPSIS), run.err().get(1));
        assertEquals(List.of(), run.out());
    }

    @Test
    void noCommandIsAUsageError() {
        Run run = run();
        assertEquals(ExitCode.USAGE, run.exit());
        assertEquals("Missing command: try `dateline build`", run.err().get(0));
    }

    @Test
    void aSuccessfulBuildPrintsOneSummaryLine() {
        Run run = build(TestSites.copy("wire-story", tmp));
        assertEquals(ExitCode.OK, run.exit());
        assertEquals(1, run.err().size(), String.join("\n", run.err()));
        assertTrue(run.err().get(0).startsWith("Built 2 articles, " + writtenCounts() + " in "), run.err().get(0));
        assertTrue(run.err().get(0).matches(SUMMARY), run.err().get(0));
        assertTrue(run.err().get(0).endsWith(" \u2192 " + out()), run.err().get(0));
        assertEquals(List.of(), run.out());
        assertEquals("Council backs harbour plan & \"quiet\" rail link",
                output().page("world/2024/05/31/harbour-vote/index.html").expectFirst("h1").text());
    }

    @Test
    void withoutOutputTheSiteGoesToTargetSiteInsideTheSiteFolder() {
        Path site = TestSites.copy("wire-story", tmp);
        Run run = run("build", "--source", site.toString());
        assertEquals(ExitCode.OK, run.exit());
        assertTrue(Files.isRegularFile(site.resolve("target/site/world/2024/05/31/harbour-vote/index.html")));
    }

    @Test
    void siteErrorsPrintOneLinePerProblemAndNoStackTrace() {
        Path site = TestSites.copy("wire-story", tmp);
        TestSites.write(site, "content/world/harbour-vote.md", "---\ntitle: Vote\ndate: May 31st\n---\nText.\n");
        TestSites.write(site, "content/world/second-story.md", "---\ndate: 2024-05-20\n---\nText.\n");
        Run run = build(site);
        assertEquals(ExitCode.SITE_ERRORS, run.exit());
        assertEquals(List.of(
                "content/world/harbour-vote.md:3:7: error: `date` is not a date: \"May 31st\"",
                "    3 | date: May 31st",
                "      |       ^",
                "    hint: use ISO 8601, e.g. 2024-05-01 or 2024-05-01T18:30:00+02:00",
                "content/world/second-story.md:3:1: error: `title` is missing",
                "    3 | ---",
                "      | ^",
                "    hint: add a line such as `title: Polls close in the capital` to the front matter",
                "Build failed with 2 errors; nothing was written to " + out() + "."), run.err());
        assertEquals(List.of(), run.out());
        assertFalse(Files.exists(out()));
    }

    @Test
    void printsAtMostFiftyErrorsAndCountsTheRest() {
        Path site = TestSites.copy("wire-story", tmp);
        for (int i = 10; i < 62; i++) {
            TestSites.write(site, "content/broken/" + i + ".md", "---\ndate: 2024-05-20\n---\nText.\n");
        }
        Run run = build(site);
        assertEquals(ExitCode.SITE_ERRORS, run.exit());
        assertEquals(4 * 50 + 2, run.err().size());
        assertEquals("content/broken/10.md:3:1: error: `title` is missing", run.err().get(0));
        assertEquals("content/broken/59.md:3:1: error: `title` is missing", run.err().get(4 * 49));
        assertEquals("... and 2 more errors (run again with --verbose to see them all)", run.err().get(200));
        assertEquals("Build failed with 52 errors; nothing was written to " + out() + ".", run.err().get(201));
    }

    @Test
    void verbosePrintsEveryError() {
        Path site = TestSites.copy("wire-story", tmp);
        for (int i = 10; i < 62; i++) {
            TestSites.write(site, "content/broken/" + i + ".md", "---\ndate: 2024-05-20\n---\nText.\n");
        }
        Run run = build(site, "--verbose");
        assertEquals(52, run.err().stream().filter(line -> line.startsWith("content/broken/") && line.contains(": error: ")).count());
        assertEquals(0, run.err().stream().filter(line -> line.startsWith("... and")).count());
    }

    @Test
    void aFailedBuildKeepsThePreviousOutput() {
        Path site = TestSites.copy("wire-story", tmp);
        assertEquals(ExitCode.OK, build(site).exit());
        Map<String, String> before = FileTree.snapshot(out());
        TestSites.write(site, "templates/article.peb", "{% if %}\n");
        Run run = build(site);
        assertEquals(ExitCode.SITE_ERRORS, run.exit());
        assertEquals(List.of("templates/article.peb:1: error: template error: Unexpected token \"EXECUTE_END\" of"
                        + " value \"%}\" (rendering world/2024/05/20/second-story/index.html and 1 other page)",
                "    1 | {% if %}",
                "    hint: see the Pebble syntax at pebbletemplates.io",
                "Build failed with 1 error; nothing was written to " + out() + "."), run.err(),
                "one problem for the template error of both pages, and the summary");
        assertTrue(run.err().stream().noneMatch(line -> line.startsWith("\tat ")), String.join("\n", run.err()));
        assertEquals(before, FileTree.snapshot(out()));
    }

    @Test
    void verbosePrintsATimedLineForEveryStage() {
        Run run = build(TestSites.copy("wire-story", tmp), "--verbose");
        assertEquals(ExitCode.OK, run.exit());
        List<String> err = run.err();
        assertEquals(6, err.size(), String.join("\n", err));
        assertTrue(err.get(0).matches("  load\\s+2 articles\\s+\\d+ ms"), err.get(0));
        assertTrue(err.get(1).matches("  render\\s+2 articles\\s+\\d+ ms"), err.get(1));
        assertTrue(err.get(2).matches("  images\\s+0 files\\s+\\d+ ms"), err.get(2));
        assertTrue(err.get(3).matches("  assemble\\s+\\d+ pages\\s+\\d+ ms"), err.get(3));
        int files = output().files().size() - 1;
        assertTrue(err.get(4).matches("  write\\s+" + files + " files\\s+\\d+ ms"), err.get(4));
        assertTrue(err.get(5).matches(SUMMARY), err.get(5));
    }

    @Test
    void quietPrintsNothingOnSuccess() {
        Run run = build(TestSites.copy("wire-story", tmp), "--quiet");
        assertEquals(ExitCode.OK, run.exit());
        assertEquals(List.of(), run.err());
        assertEquals(List.of(), run.out());
        assertTrue(Files.isRegularFile(out().resolve("index.html")));
    }

    @Test
    void aFailedBuildStillPrintsItsWarningsBeforeTheErrors() {
        Path site = TestSites.copy("wire-story", tmp);
        TestSites.write(site, "site.yaml", "title: T\nbase_url: https://news.example.test/\ntitel: Typo\n");
        TestSites.write(site, "templates/index.peb", "{{ nope }}\n");
        Run run = build(site);
        assertEquals(ExitCode.SITE_ERRORS, run.exit());
        assertEquals(List.of("site.yaml:3:1: warning: unknown key `titel` in site.yaml is ignored",
                "    3 | titel: Typo", "      | ^", "    hint: did you mean `title`?"), run.err().subList(0, 4));
        assertTrue(run.err().get(4).startsWith("templates/index.peb:1:4: error: template variable `nope` does not exist"
                + " (rendering index.html)"), run.err().get(4));
    }

    @Test
    void quietStillPrintsErrors() {
        Path site = TestSites.copy("wire-story", tmp);
        TestSites.write(site, "content/world/second-story.md", "---\ndate: 2024-05-20\n---\nText.\n");
        Run run = build(site, "-q");
        assertEquals(ExitCode.SITE_ERRORS, run.exit());
        assertEquals(List.of("content/world/second-story.md:3:1: error: `title` is missing", "    3 | ---", "      | ^",
                "    hint: add a line such as `title: Polls close in the capital` to the front matter",
                "Build failed with 1 error; nothing was written to " + out() + "."), run.err());
    }

    @Test
    void draftsAndFutureArticlesAreLeftOutByDefault() {
        Run run = build(TestSites.copy("drafts", tmp));
        assertEquals(ExitCode.OK, run.exit());
        assertTrue(run.err().get(0).startsWith("Built 1 article (2 draft or scheduled left out), " + writtenCounts()),
                run.err().get(0));
        assertEquals(List.of("Bridge reopens after repairs"), output().page("index.html").select(".story__headline").eachText());
        assertFalse(Files.exists(out().resolve("news/2024/06/02/unfinished/index.html")));
        assertFalse(Files.exists(out().resolve("news/2024/08/01/scheduled/index.html")));
    }

    @Test
    void verboseSaysWhichArticlesWereSkippedAndWhy() {
        Run run = build(TestSites.copy("drafts", tmp), "-v");
        assertTrue(run.err().contains("  skipped content/news/unfinished.md (draft)"), String.join("\n", run.err()));
        assertTrue(run.err().contains("  skipped content/news/scheduled.md (scheduled for 2024-08-01T09:00Z)"),
                String.join("\n", run.err()));
    }

    @Test
    void draftsIncludesTheDraftArticle() {
        Run run = build(TestSites.copy("drafts", tmp), "--drafts");
        assertEquals(ExitCode.OK, run.exit());
        assertEquals(List.of("Budget talks continue", "Bridge reopens after repairs"),
                output().page("index.html").select(".story__headline").eachText());
        assertEquals("Budget talks continue",
                output().page("news/2024/06/02/unfinished/index.html").expectFirst("h1").text());
    }

    @Test
    void futureIncludesTheScheduledArticle() {
        Run run = build(TestSites.copy("drafts", tmp), "--future");
        assertEquals(ExitCode.OK, run.exit());
        assertEquals(List.of("Festival programme announced", "Bridge reopens after repairs"),
                output().page("index.html").select(".story__headline").eachText());
    }

    @Test
    void draftsAndFutureTogetherIncludeEverything() {
        Run run = build(TestSites.copy("drafts", tmp), "--drafts", "--future");
        assertTrue(run.err().get(0).startsWith("Built 3 articles, " + writtenCounts()), run.err().get(0));
    }

    @Test
    void baseUrlReplacesTheConfiguredOneInCanonicalLinks() {
        Run run = build(TestSites.copy("wire-story", tmp), "--base-url", "https://preview.example.test/pr-7/");
        assertEquals(ExitCode.OK, run.exit());
        Document page = output().page("world/2024/05/31/harbour-vote/index.html");
        assertEquals("https://preview.example.test/pr-7/world/2024/05/31/harbour-vote/",
                page.expectFirst("link[rel=canonical]").attr("href"));
        assertEquals("/pr-7/theme/dateline.css", page.expectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void aBadBaseUrlIsASiteErrorWithAClearMessage() {
        Run run = build(TestSites.copy("wire-story", tmp), "--base-url", "preview.example.test");
        assertEquals(ExitCode.SITE_ERRORS, run.exit());
        assertEquals(List.of("--base-url: error: not an absolute http(s) URL: \"preview.example.test\"",
                "    hint: write e.g. https://news.example.com/",
                "Build failed with 1 error; nothing was written to " + out() + "."), run.err());
    }

    @Test
    void aMissingSiteFolderIsASiteError() {
        Path missing = tmp.resolve("nowhere");
        Run run = run("build", "--source", missing.toString(), "--output", out().toString());
        assertEquals(ExitCode.SITE_ERRORS, run.exit());
        assertEquals(List.of(missing + ": error: site folder does not exist",
                "    hint: pass the folder that holds site.yaml and content/ with --source"), run.err().subList(0, 2));
    }

    @Test
    void refusesToOverwriteAForeignFolder() {
        Path site = TestSites.copy("wire-story", tmp);
        TestSites.write(out(), "thesis.txt", "precious");
        Run run = build(site);
        assertEquals(ExitCode.SITE_ERRORS, run.exit());
        assertEquals(List.of(out() + ": error: refusing to write the site here: the output folder is a folder with"
                + " files that Dateline did not write",
                "    hint: pass --output with a new or empty folder, or one an earlier build wrote"),
                run.err().subList(0, 2));
        assertEquals(Map.of("thesis.txt", "cHJlY2lvdXM="), FileTree.snapshot(out()));
    }
}
