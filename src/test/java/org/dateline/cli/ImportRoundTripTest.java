package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import, build, and the rendered pages say what the originals said. */
class ImportRoundTripTest {

    private static final Path FIXTURES = Path.of("src/test/resources/import");

    @TempDir
    Path tmp;

    private Path site;
    private RenderedSite built;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @BeforeEach
    void importAndBuild() {
        site = TestSites.empty(tmp.resolve("site"), "title: Bay Herald\nbase_url: https://news.example.test/\n"
                + "time_zone: Europe/Istanbul\n");
        CommandRun pages = run("import", FIXTURES.resolve("schema-rich.html").toString(), FIXTURES.resolve("byline.html").toString(),
                "--section", "World", "--source", site.toString());
        assertEquals(ExitCode.OK, pages.exit(), pages.err());
        assertEquals(site.resolve("content/world/council-backs-harbour-plan.md") + "\n"
                + site.resolve("content/world/byline.md") + "\n", pages.out().replace("\r\n", "\n"));
        assertTrue(pages.err().endsWith("Imported 2 articles and 0 pages; skipped 0\n"), pages.err());
        CommandRun export = run("import", FIXTURES.resolve("export.xml").toString(), "--source", site.toString());
        assertEquals(ExitCode.OK, export.exit(), export.err());
        assertTrue(export.err().endsWith("Imported 4 articles and 1 page; skipped 2 (1 password-protected, 1 private);"
                + " ignored 1 attachment, 2 menu items\n"), export.err());
        CommandRun build = run("build", "--source", site.toString(), "--output", tmp.resolve("out").toString(), "--drafts",
                "--future");
        assertEquals(ExitCode.OK, build.exit(), build.err());
        built = new RenderedSite(tmp.resolve("out"), null);
    }

    @Test
    void theSchemaOrgPageKeepsHeadlineAuthorsDateAndParagraphs() {
        Document page = built.page("world/2024/05/31/council-backs-harbour-plan/index.html");
        assertEquals("Council backs harbour plan after decade of delay", page.expectFirst("h1").text());
        assertEquals("By Selin Atay and Omar Haddad", page.expectFirst(".article__byline").text());
        assertEquals("2024-05-31T14:05:00+03:00", page.expectFirst("time.article__published").attr("datetime"));
        assertEquals(List.of("The council voted 31 to 9 on Friday to back the harbour plan.",
                "Work on the first berth starts in 2026, officials said.", "A public consultation opens in June."),
                page.select(".article__body p").eachText());
        assertEquals("The eastern quay at dusk.", page.expectFirst(".article__body figure figcaption").text());
    }

    @Test
    void theBylinePageKeepsItsAuthorAndDate() {
        Document page = built.page("world/2024/06/03/byline/index.html");
        assertEquals("Ferry fares rise again", page.expectFirst("h1").text());
        assertEquals("By Ana Ruiz", page.expectFirst(".article__byline").text());
        assertEquals("2024-06-03T09:30:00+03:00", page.expectFirst("time.article__published").attr("datetime"));
        assertEquals(List.of("Return tickets to the islands cost €2 more from July.", "The operator blamed fuel prices."),
                page.select(".article__body p").eachText());
    }

    @Test
    void theWordPressPostKeepsHeadlineAuthorDateParagraphsCaptionAndVideo() {
        Document page = built.page("local-news/2024/05/31/council-backs-harbour-plan/index.html");
        assertEquals("Council backs harbour plan & rail link", page.expectFirst("h1").text());
        assertEquals("By Selin Atay", page.expectFirst(".article__byline").text());
        assertEquals("2024-05-31T14:05:00+03:00", page.expectFirst("time.article__published").attr("datetime"));
        assertEquals(List.of("The council voted 31 to 9 on Friday to back the plan.", "Work starts in 2026, officials said.",
                "[gallery ids=“7,8,9”]", "A public consultation opens in June."),
                page.select(".article__body p").eachText());
        assertEquals("The eastern quay at dusk.", page.expectFirst(".article__body figure figcaption").text());
        assertEquals("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
                page.expectFirst(".article__body iframe").attr("src"));
    }

    @Test
    void draftsAndScheduledPostsKeepTheirState() {
        CommandRun published = run("build", "--source", site.toString(), "--output", tmp.resolve("public").toString());
        assertEquals(ExitCode.OK, published.exit(), published.err());
        RenderedSite live = new RenderedSite(tmp.resolve("public"), null);
        assertTrue(live.files().contains("local-news/2024/05/31/council-backs-harbour-plan/index.html"));
        assertTrue(live.files().stream().noneMatch(f -> f.contains("budget-talks-continue")), "a draft stays a draft");
        assertTrue(live.files().stream().noneMatch(f -> f.contains("festival-programme")), "scheduled for August");
        assertEquals("Festival programme announced",
                built.page("culture/2024/08/01/festival-programme/index.html").expectFirst("h1").text());
    }

    @Test
    void aWordPressPageBecomesAStandalonePage() {
        Document page = built.page("corrections-policy/index.html");
        assertEquals("Corrections policy", page.expectFirst("h1.standalone__title").text());
        assertEquals(List.of("We correct errors promptly and say so."), page.select(".standalone__body p").eachText());
    }

    @Test
    void theOldWordPressAddressRedirectsToTheImportedArticle() {
        Document redirect = built.page("2024/05/31/council-backs-harbour-plan/index.html");
        assertEquals("https://news.example.test/local-news/2024/05/31/council-backs-harbour-plan/",
                redirect.expectFirst("link[rel=canonical]").attr("href"));
    }
}
