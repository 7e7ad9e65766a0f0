package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.testing.FileTree;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dateline check}: links, fragments, images and editorial rules at file:line:column; nothing written. */
class CheckCommandTest {

    @TempDir
    Path tmp;

    private record Run(int exit, String out, List<String> err) {
    }

    private Run check(Path site, String... options) {
        List<String> args = new ArrayList<>(List.of("check", "--source", site.toString()));
        args.addAll(List.of(options));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestSites.CLOCK);
        String text = err.toString(StandardCharsets.UTF_8);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), text.isEmpty() ? List.of() : List.of(text.split("\\R")));
    }

    /** The first line of every problem printed. */
    private static List<String> headings(Run run) {
        return run.err().stream().filter(line -> !line.startsWith(" ")).toList();
    }

    @Test
    void reportsBrokenLinksFragmentsAndImagesAtTheirLineAndColumnAndEditorialWarnings() {
        Path site = TestSites.copy("check", tmp);
        Run run = check(site);
        assertEquals(ExitCode.SITE_ERRORS, run.exit());
        assertEquals("", run.out());
        assertEquals(List.of(
                "content/world/bad.md:5:8: error: lead image \"/images/gone.jpg\" not found: no file static/images/gone.jpg",
                "content/world/bad.md:8:22: error: link \"/world/nope/\" goes nowhere: no page or static file at /world/nope/",
                "content/world/bad.md:8:59: error: link \"#nowhere\" goes nowhere: world/2024/05/03/bad/index.html has no"
                        + " element with id \"nowhere\"",
                "content/world/bad.md:9:12: error: link \"/world/2024/05/02/good/#no-such-heading\" goes nowhere:"
                        + " world/2024/05/02/good/index.html has no element with id \"no-such-heading\"",
                "content/world/bad.md:9:63: error: link \"../../../../../../../x/\" goes above the site's root",
                "content/world/bad.md:11:16: error: image \"/images/missing.png\" not found: no file"
                        + " static/images/missing.png and no page at that path",
                "content/world/bad.md:13:6: error: link \"notes/\" goes nowhere: no page or static file at"
                        + " /world/2024/05/03/bad/notes/",
                "content/duplicate.md: warning: article has no section",
                "content/duplicate.md:2:8: warning: headline \"Harbour Plan Approved\" is also the headline of"
                        + " content/world/good.md",
                "content/duplicate.md:5:14: warning: description is 161 characters long, over 160",
                "content/world/bad.md: warning: article has no `description`",
                "content/world/bad.md: warning: article has no author",
                "content/world/bad.md:4:10: warning: `updated` (2024-08-01T10:00Z) is in the future",
                "content/world/long.md:2:8: warning: `title` is 111 characters long; a NewsArticle headline should have"
                        + " at most 110",
                "Checked 4 articles and 11 internal links and images: 7 errors, 7 warnings; 1 external link not checked"
                        + " (no network)"), headings(run));
        int link = run.err().indexOf(headings(run).get(1));
        assertEquals(List.of(
                "    8 | Read [the old story](/world/nope/) and [the missing part](#nowhere).",
                "      |                      ^",
                "    hint: fix the path, or remove the link; site paths start with `/`, e.g. `/world/`"),
                run.err().subList(link + 1, link + 4));
    }

    @Test
    void neverTouchesTheOutputFolder() {
        Path site = TestSites.copy("check", tmp);
        TestSites.write(site, "target/site/index.html", "<p>live</p>\n");
        Map<String, String> before = FileTree.snapshot(site);
        check(site);
        assertEquals(before, FileTree.snapshot(site));
    }

    @Test
    void warningsAloneExitZeroAndStrictMakesThemErrors() {
        Path site = TestSites.copy("check", tmp);
        TestSites.write(site, "content/world/bad.md", "---\ntitle: Ferry fares rise\ndate: 2024-05-03T10:00:00Z\n"
                + "description: Up again.\n---\nSee [the plan](/world/2024/05/02/good/#what-happens-next).\n");
        TestSites.write(site, "content/world/long.md", "---\ntitle: Short\nauthor: A\ndate: 2024-05-05T10:00:00Z\n"
                + "description: Short.\n---\nText.\n");
        Run relaxed = check(site);
        assertEquals(ExitCode.OK, relaxed.exit(), String.join("\n", relaxed.err()));
        assertEquals(List.of(
                "content/duplicate.md: warning: article has no section",
                "content/duplicate.md:2:8: warning: headline \"Harbour Plan Approved\" is also the headline of"
                        + " content/world/good.md",
                "content/duplicate.md:5:14: warning: description is 161 characters long, over 160",
                "content/world/bad.md: warning: article has no author",
                "Checked 4 articles and 6 internal links and images: 0 errors, 4 warnings; 1 external link not checked"
                        + " (no network)"), headings(relaxed));
        Run strict = check(site, "--strict");
        assertEquals(ExitCode.SITE_ERRORS, strict.exit());
        assertEquals("content/duplicate.md: error: article has no section", strict.err().get(0));
        assertTrue(headings(strict).get(4).startsWith("Checked 4 articles and 6 internal links and images: 4 errors,"
                + " 0 warnings"), headings(strict).get(4));
    }

    @Test
    void quietPrintsErrorsOnly() {
        Run run = check(TestSites.copy("check", tmp), "--quiet");
        assertEquals(7, headings(run).size(), String.join("\n", run.err()));
        assertTrue(headings(run).stream().allMatch(line -> line.contains(": error: ")), String.join("\n", run.err()));
    }

    @Test
    void draftsAreCheckedOnlyWithDrafts() {
        Path site = TestSites.copy("check", tmp);
        TestSites.write(site, "content/world/draft.md", "---\ntitle: Unfinished\nauthor: A\ndraft: true\n"
                + "date: 2024-05-06T10:00:00Z\ndescription: D.\n---\n[x](/gone/)\n");
        assertFalse(String.join("\n", check(site).err()).contains("draft.md"));
        assertTrue(check(site, "--drafts").err().contains(
                "content/world/draft.md:8:5: error: link \"/gone/\" goes nowhere: no page or static file at /gone/"));
    }

    @Test
    void errorsOfTheBuildItselfAreReportedToo() {
        Path site = TestSites.copy("check", tmp);
        TestSites.write(site, "content/world/broken.md", "---\ntitle: T\ndate: May 1st\n---\n");
        Run run = check(site);
        assertEquals(ExitCode.SITE_ERRORS, run.exit());
        assertTrue(run.err().contains("content/world/broken.md:3:7: error: `date` is not a date: \"May 1st\""),
                String.join("\n", run.err()));
        assertFalse(Files.exists(site.resolve("target")));
    }

    @Test
    void aTodoLeftByImportIsAWarning() {
        Path site = TestSites.copy("check", tmp);
        TestSites.write(site, "content/world/imported.md", "---\ntitle: Imported\nauthor: A\ndate: 2024-05-06T10:00:00Z\n"
                + "description: D.\ntodo: [\"no author found\", \"shortcodes kept as text: gallery\"]\n---\nText.\n");
        assertTrue(check(site).err().contains("content/world/imported.md: warning: article still has a `todo:` list:"
                + " no author found; shortcodes kept as text: gallery"));
    }

    @Test
    void linksAndImagesInRawHtmlAreCheckedAtTheirValue() {
        Path site = TestSites.copy("check", tmp);
        TestSites.write(site, "content/world/raw.md", "---\ntitle: Raw\nauthor: A\ndate: 2024-05-06T10:00:00Z\n"
                + "description: D.\n---\n<div class=\"box\">\n<a href=\"/world/gone/\">x</a> <img alt=\"A\" src='/images/no.png'>\n"
                + "<a href=\"/world/2024/05/02/good/\">fine</a> text with href=\"/not-a-link/\"\n</div>\n\n"
                + "Inline <a href=\"#nope\">here</a>.\n");
        List<String> raw = headings(check(site)).stream().filter(line -> line.startsWith("content/world/raw.md")).toList();
        assertEquals(List.of(
                "content/world/raw.md:8:10: error: link \"/world/gone/\" goes nowhere: no page or static file at"
                        + " /world/gone/",
                "content/world/raw.md:8:48: error: image \"/images/no.png\" not found: no file static/images/no.png and"
                        + " no page at that path",
                "content/world/raw.md:12:17: error: link \"#nope\" goes nowhere: world/2024/05/06/raw/index.html has no"
                        + " element with id \"nope\""), raw);
    }
}
