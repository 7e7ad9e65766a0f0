package org.dateline.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dateline.config.SiteConfig;
import org.dateline.diag.Problem;
import org.dateline.testing.FileTree;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved HTML pages and a WordPress export into Markdown, from fixtures written for these tests. */
class ArticleImporterTest {

    static final Path FIXTURES = Path.of("src/test/resources/import");

    @TempDir
    Path site;

    private static SiteConfig istanbul() {
        SiteConfig d = SiteConfig.defaults();
        return new SiteConfig(d.title(), d.description(), d.baseUrl(), d.language(), ZoneId.of("Europe/Istanbul"),
                d.dateFormat(), d.permalink(), d.publisher(), d.params(), d.listing(), d.feeds(), d.safety(),
                d.imageCrops(), d.relativeUrls());
    }

    private ImportReport run(boolean dryRun, String section, String... inputs) {
        return new ArticleImporter(istanbul(), new ArticleFiles()).run(new ImportRequest(site,
                Stream.of(inputs).map(FIXTURES::resolve).toList(), section, dryRun));
    }

    private String read(String relPath) throws IOException {
        return Files.readString(site.resolve(relPath), StandardCharsets.UTF_8);
    }

    private static List<String> messages(ImportReport report) {
        return report.problems().stream().map(Problem::format).toList();
    }

    @Test
    void aSchemaOrgRichPageKeepsItsMetadataAndLosesItsFurniture() throws IOException {
        ImportReport report = run(false, "", "schema-rich.html");
        assertEquals(List.of("content/local-news/council-backs-harbour-plan.md"), report.written());
        assertEquals(List.of(), report.problems());
        assertEquals("""
                ---
                title: "Council backs harbour plan after decade of delay"
                date: 2024-05-31T14:05:00+03:00
                updated: 2024-05-31T20:25:00+03:00
                authors: ["Selin Atay", "Omar Haddad"]
                section: "Local news"
                tags: ["Harbour", "Transport", "Council"]
                description: "The vote ends a decade of delay over the eastern quays."
                slug: "council-backs-harbour-plan"
                aliases: ["/news/2024/05/31/council-backs-harbour-plan.html"]
                ---
                The council voted 31 to 9 on Friday to back the [harbour plan](https://old.example.com/harbour/).

                ![Cranes on the eastern quay](https://old.example.com/img/quay.jpg "The eastern quay at dusk.")

                Work on the **first berth** starts in 2026, officials said.

                ## What happens next

                A public consultation opens in June.
                """, read("content/local-news/council-backs-harbour-plan.md"));
    }

    @Test
    void aBarePageGetsTodoMarkersInsteadOfGuesses() throws IOException {
        ImportReport report = run(false, "", "bare.html");
        assertEquals("""
                ---
                title: "Tide tables change for summer"
                slug: "bare"
                todo: ["no author found", "no date found: add `date:`"]
                ---
                High tide moves an hour later from Monday.

                Fishing crews have been told to check the new tables.
                """, read("content/bare.md"));
        String file = FIXTURES.resolve("bare.html").toString();
        assertEquals(List.of(
                "warning: " + file + ": no author found (no JSON-LD author, author meta tag or byline)"
                        + " (hint: add `author:` or leave the article without a byline)",
                "warning: " + file + ": no publication date found (no JSON-LD datePublished, article:published_time or"
                        + " <time datetime>) (hint: add `date:`; the build refuses an article without one)"),
                messages(report));
    }

    @Test
    void aBylineInASpanIsTheAuthorAndTheSectionOptionWins() throws IOException {
        run(false, "Business", "byline.html");
        assertEquals("""
                ---
                title: "Ferry fares rise again"
                date: 2024-06-03T09:30:00+03:00
                authors: ["Ana Ruiz"]
                section: "Business"
                slug: "byline"
                ---
                Return tickets to the islands cost €2 more from July.

                The operator blamed fuel prices.
                """, read("content/business/byline.md"));
    }

    @Test
    void aWordPressExportBecomesArticlesAndPagesWithEveryCaseHandled() throws IOException {
        ImportReport report = run(false, "", "export.xml");
        assertEquals(List.of("content/local-news/council-backs-harbour-plan.md", "content/politics/budget-talks-continue.md",
                "content/culture/festival-programme.md", "content/15.md", "content/pages/corrections-policy.md"),
                report.written());
        assertEquals(1, report.pages());
        assertEquals(Map.of("password-protected", 1, "private", 1), report.skipped());
        assertEquals(Map.of("attachment", 1, "menu item", 2), report.ignored());
        String export = FIXTURES.resolve("export.xml").toString();
        assertEquals(List.of(
                "warning: " + export + ":17: post 10 \"Council backs harbour plan & rail link\" uses shortcodes Dateline"
                        + " cannot convert: [gallery]; they are kept as text (hint: replace them by hand in the Markdown)",
                "warning: " + export + ":89: post 13 \"Staff salaries 2024\" is private: skipped, nothing of it was"
                        + " written (hint: publish it in WordPress first if it belongs on the site)",
                "warning: " + export + ":103: post 14 \"Embargoed results\" is password-protected: skipped, nothing of"
                        + " it was written (hint: Dateline has no password protection; remove the password in WordPress"
                        + " if it may be public)",
                "warning: " + export + ":117: post 15 has no title; titled from its first words: \"Road closures on the"
                        + " coast road tonight between…\" (hint: write a real headline as `title:`)"),
                messages(report));
        assertEquals("""
                ---
                title: "Council backs harbour plan & rail link"
                date: 2024-05-31T14:05:00+03:00
                authors: ["Selin Atay"]
                section: "Local news"
                tags: ["Politics", "Transport", "harbour", "council"]
                description: "The vote ends a decade of delay."
                slug: "council-backs-harbour-plan"
                aliases: ["/2024/05/31/council-backs-harbour-plan/"]
                todo: ["shortcodes kept as text: gallery"]
                ---
                The council voted 31 to 9 on Friday to back the plan.

                ![Cranes on the quay](https://bayherald.example/wp-content/uploads/quay.jpg "The eastern quay at dusk.")

                Work starts in 2026, officials said.

                <iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube video" allowfullscreen></iframe>

                \\[gallery ids="7,8,9"\\]

                ## What happens next

                A public consultation opens in June.
                """, read("content/local-news/council-backs-harbour-plan.md"));
        assertEquals("""
                ---
                title: "Budget talks continue"
                date: 2024-06-02T09:00:00+03:00
                authors: ["Ana Ruiz"]
                section: "Politics"
                slug: "budget-talks-continue"
                draft: true
                todo: ["date read from post_date in the site's time zone (no post_date_gmt)"]
                ---
                Negotiators met again on Tuesday.
                """, read("content/politics/budget-talks-continue.md"));
        assertEquals("""
                ---
                title: "Festival programme announced"
                date: 2024-08-01T12:00:00+03:00
                authors: ["Ana Ruiz"]
                section: "Culture"
                slug: "festival-programme"
                aliases: ["/2024/08/01/festival-programme/"]
                ---
                The summer festival runs for ten days.
                """, read("content/culture/festival-programme.md"), "a scheduled post keeps its future date, not a draft");
        assertEquals("""
                ---
                title: "Corrections policy"
                date: 2024-01-10T12:00:00+03:00
                authors: ["Selin Atay"]
                slug: "corrections-policy"
                aliases: ["/corrections-policy/"]
                ---
                We correct errors promptly and say so.
                """, read("content/pages/corrections-policy.md"));
        String everything = String.join("\n", FileTree.snapshot(site).values());
        assertFalse(everything.contains("SECRET"), "private and password-protected content is never written");
        assertFalse(everything.contains("U0VDUkVU"), "nor in any encoding the snapshot uses");
    }

    @Test
    void neverOverwritesAndSaysWhy() throws IOException {
        TestSites.write(site, "content/culture/festival-programme.md", "mine\n");
        ImportReport report = run(false, "", "export.xml");
        assertEquals("mine\n", read("content/culture/festival-programme.md"));
        assertEquals(Map.of("already exists", 1, "password-protected", 1, "private", 1), report.skipped());
        assertEquals(1, messages(report).stream().filter(m -> m.contains(":73: not imported:"
                + " content/culture/festival-programme.md already exists")).count(), String.join("\n", messages(report)));
    }

    @Test
    void aDryRunWritesNothing() {
        ImportReport report = run(true, "", "export.xml", "byline.html");
        assertEquals(6, report.written().size());
        assertFalse(Files.exists(site.resolve("content")));
    }

    @Test
    void anExportWithADoctypeIsRefusedSoNoEntityIsRead() {
        for (String file : List.of("xxe.xml", "billion-laughs.xml")) {
            ImportReport report = run(false, "", file);
            assertEquals(List.of("error: " + FIXTURES.resolve(file) + ":2:1: refusing an export with a <!DOCTYPE>:"
                    + " WordPress never writes one, and its entities could read files or expand without end (hint: export"
                    + " again from WordPress with Tools → Export)"), messages(report), file);
            assertEquals(List.of(), report.written());
            assertFalse(Files.exists(site.resolve("content")));
        }
    }

    @Test
    void aBrokenExportIsAnErrorAtItsLine() {
        Path broken = site.resolve("broken.xml");
        TestSites.write(site, "broken.xml", "<?xml version=\"1.0\"?>\n<rss><channel>\n<item><title>x</item>\n");
        ImportReport report = new ArticleImporter(istanbul(), new ArticleFiles()).run(new ImportRequest(site,
                List.of(broken), "", false));
        assertEquals(List.of("error: " + broken + ":3:17: not a readable WordPress export: The element type"
                + " \"title\" must be terminated by the matching end-tag \"</title>\". (hint: export again from WordPress"
                + " with Tools → Export)"), messages(report));
    }

    @Test
    void readsWxr11AsWellAs12() throws IOException {
        Path old = site.resolve("wxr-1.1.xml");
        Files.writeString(old, Files.readString(FIXTURES.resolve("export.xml"), StandardCharsets.UTF_8)
                .replace("http://wordpress.org/export/1.2/", "http://wordpress.org/export/1.1/")
                .replace("<wp:wxr_version>1.2", "<wp:wxr_version>1.1"), StandardCharsets.UTF_8);
        ImportReport report = new ArticleImporter(istanbul(), new ArticleFiles()).run(new ImportRequest(site,
                List.of(old), "", false));
        assertEquals(5, report.written().size());
        assertEquals(Map.of("password-protected", 1, "private", 1), report.skipped());
        assertEquals("[\"Selin Atay\"]", read("content/local-news/council-backs-harbour-plan.md").lines()
                .filter(line -> line.startsWith("authors: ")).findFirst().orElseThrow().substring("authors: ".length()));
    }
}
