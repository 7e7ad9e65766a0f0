package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dateline.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While the server runs: edits change the right pages, open pages are told, errors overlay every page. */
class DevServerRebuildTest {

    private static final String FIRST = "/news/2024/06/01/first/";
    private static final String SECOND = "/news/2024/06/02/second/";
    private static final String BROKEN_FIRST = "---\ntitle: First story\ndate: May 1st\n---\nThe first body.\n";
    private static final String OVERLAY_TEXT = """
            content/news/first.md:3:7: error: `date` is not a date: "May 1st"
                3 | date: May 1st
                  |       ^
                hint: use ISO 8601, e.g. 2024-05-01 or 2024-05-01T18:30:00+02:00""";

    @TempDir
    Path tmp;

    private static String article(String title, String date, String tags, String body) {
        return "---\ntitle: " + title + "\ndate: " + date + "\ntags: [" + tags + "]\n---\n" + body + "\n";
    }

    private static List<String> headlines(Document page) {
        return page.select(".story__headline a").eachText();
    }

    @Test
    void editingAddingAndDeletingArticlesChangesTheirPagesAndReloadsOpenPages() {
        try (ServedSite served = new ServedSite(TestSites.copy("serve", tmp), Optional.empty());
             EventStream events = served.events()) {
            assertTrue(served.awaitRebuild().succeeded());
            assertEquals("hello", events.next());

            Rebuild edit = served.write("content/news/first.md",
                    article("First story, corrected", "2024-06-01T10:00:00Z", "harbour", "A new first body."));
            assertTrue(edit.succeeded());
            assertEquals(List.of("content/news/first.md"), edit.changed());
            assertEquals("reload", events.next());
            Document first = served.page(FIRST);
            assertEquals("First story, corrected", first.expectFirst("h1.article__headline").text());
            assertEquals("A new first body.", first.expectFirst(".article__body p").text());
            assertEquals(List.of("Second story", "First story, corrected"), headlines(served.page("/")));

            assertTrue(served.write("content/news/third.md",
                    article("Third story", "2024-06-03T10:00:00Z", "harbour", "The third body.")).succeeded());
            assertEquals("reload", events.next());
            assertEquals("Third story", served.page("/news/2024/06/03/third/").expectFirst("h1.article__headline").text());
            assertEquals(List.of("Third story", "First story, corrected"), headlines(served.page("/tags/harbour/")));

            TestSites.delete(served.site.resolve("content/news/second.md"));
            assertTrue(served.change("content/news/second.md").succeeded());
            assertEquals("reload", events.next());
            assertEquals(404, served.get(SECOND).statusCode());
            assertEquals(404, served.get("/tags/ferry/").statusCode());
            assertEquals(List.of("Third story", "First story, corrected"), headlines(served.page("/")));
        }
    }

    @Test
    void aTemplateEditChangesTheArticlePagesOnly() {
        try (ServedSite served = new ServedSite(TestSites.copy("serve", tmp), Optional.empty());
             EventStream events = served.events()) {
            served.awaitRebuild();
            assertEquals("hello", events.next());
            assertTrue(served.write("templates/article.peb", "{% extends \"base.peb\" %}{% block content %}"
                    + "<h1 class=\"custom\">{{ article.title }}</h1>{% endblock %}").succeeded());
            assertEquals("reload", events.next());
            assertEquals("First story", served.page(FIRST).expectFirst("h1.custom").text());
            assertEquals("Second story", served.page(SECOND).expectFirst("h1.custom").text());
            assertEquals(0, served.page("/").select("h1.custom").size());
            assertEquals(List.of("Second story", "First story"), headlines(served.page("/")));

            // deleting the site's template brings the theme's back
            TestSites.delete(served.site.resolve("templates/article.peb"));
            assertTrue(served.change("templates/article.peb").succeeded());
            assertEquals("reload", events.next());
            assertEquals(0, served.page(FIRST).select("h1.custom").size());
            assertEquals("First story", served.page(FIRST).expectFirst("h1.article__headline").text());
        }
    }

    @Test
    void aBrokenFileOverlaysEveryPageOfTheLastGoodBuildUntilItIsFixed() {
        try (ServedSite served = new ServedSite(TestSites.copy("serve", tmp), Optional.empty());
             EventStream events = served.events()) {
            served.awaitRebuild();
            assertEquals("hello", events.next());

            Rebuild broken = served.write("content/news/first.md", BROKEN_FIRST);
            assertFalse(broken.succeeded());
            assertEquals("error: content/news/first.md:3:7: `date` is not a date: \"May 1st\" (hint: use ISO 8601,"
                    + " e.g. 2024-05-01 or 2024-05-01T18:30:00+02:00)", broken.errors().get(0).format());
            assertEquals("change: content/news/first.md \u2192 build failed (1 error); still serving the last good build",
                    broken.line());
            assertEquals("reload", events.next());
            for (String path : List.of(FIRST, SECOND, "/", "/tags/", "/nowhere/")) {
                HttpResponse<String> response = served.get(path);
                assertEquals(path.equals("/nowhere/") ? 404 : 200, response.statusCode(), path);
                Document page = Jsoup.parse(response.body());
                assertEquals("Build failed: 1 error", page.expectFirst("#dateline-error-overlay h1").text(), path);
                assertEquals(OVERLAY_TEXT, page.expectFirst("#dateline-error-overlay pre").wholeText(), path);
            }
            // the last good page is still what is served under the overlay
            assertEquals("First story", served.page(FIRST).expectFirst("h1.article__headline").text());
            assertEquals("plain notes\n", served.get("/files/notes.txt").body());

            assertTrue(served.write("content/news/first.md",
                    article("First story, fixed", "2024-06-01T10:00:00Z", "harbour", "Fixed.")).succeeded());
            assertEquals("reload", events.next());
            Document fixed = served.page(FIRST);
            assertEquals(0, fixed.select("#dateline-error-overlay").size());
            assertEquals("First story, fixed", fixed.expectFirst("h1.article__headline").text());
        }
    }

    @Test
    void aTemplateErrorAndAFrontMatterErrorInAHostileFileNameShowTogetherEscapedAndClearOneByOne() throws IOException {
        String template = """
                templates/article.peb:2:8: error: template variable `article.nope` does not exist (rendering \
                news/2024/06/01/first/index.html and 1 other page)
                    2 | <h1>{{ article.nope }}</h1>{% endblock %}
                      |        ^
                    hint: check the spelling against the template variables in README.md""";
        String frontMatter = """
                content/news/<img src=x onerror=alert(1)>.md:3:7: error: `date` is not a date: "</pre><script>alert(2)</script>"
                    3 | date: </pre><script>alert(2)</script>
                      |       ^
                    hint: use ISO 8601, e.g. 2024-05-01 or 2024-05-01T18:30:00+02:00""";
        String hostile = "content/news/<img src=x onerror=alert(1)>.md";
        try (ServedSite served = new ServedSite(TestSites.copy("serve", tmp), Optional.empty());
             EventStream events = served.events()) {
            served.awaitRebuild();
            assertEquals("hello", events.next());
            assertFalse(served.write("templates/article.peb", "{% extends \"base.peb\" %}{% block content %}\n"
                    + "<h1>{{ article.nope }}</h1>{% endblock %}\n").succeeded());
            assertEquals("reload", events.next());
            assertEquals(List.of(template), overlay(served.page(FIRST)));

            assertFalse(served.write(hostile, "---\ntitle: x\ndate: </pre><script>alert(2)</script>\n---\nx\n")
                    .succeeded());
            assertEquals("reload", events.next());
            for (String path : List.of(FIRST, "/", "/nowhere/")) {
                Document page = served.page(path);
                assertEquals(List.of(frontMatter, template), overlay(page), path);
                assertEquals("Build failed: 2 errors", page.expectFirst("#dateline-error-overlay h1").text());
                assertEquals(0, page.select("#dateline-error-overlay img, #dateline-error-overlay script").size(), path);
                assertEquals(2, page.select("#dateline-error-overlay pre").size(), path);
                assertEquals(0, page.select("script:containsData(alert), [onerror]").size(), path);
            }

            Files.delete(served.site.resolve(hostile));
            assertFalse(served.change(hostile).succeeded());
            assertEquals("reload", events.next());
            assertEquals(List.of(template), overlay(served.page(FIRST)));

            assertTrue(served.write("templates/article.peb", "{% extends \"base.peb\" %}{% block content %}\n"
                    + "<h1 class=\"fixed\">{{ article.title }}</h1>{% endblock %}\n").succeeded());
            assertEquals("reload", events.next());
            Document fixed = served.page(FIRST);
            assertEquals(0, fixed.select("#dateline-error-overlay").size());
            assertEquals("First story", fixed.expectFirst("h1.fixed").text());
        }
    }

    private static List<String> overlay(Document page) {
        return page.select("#dateline-error-overlay pre").stream().map(pre -> pre.wholeText()).toList();
    }

    @Test
    void hostileTextInAnErrorIsEscapedInTheOverlay() {
        try (ServedSite served = new ServedSite(TestSites.copy("serve", tmp), Optional.empty())) {
            served.awaitRebuild();
            assertFalse(served.write("content/news/first.md",
                    "---\ntitle: x\ndate: <script>alert(1)</script>\n---\nx\n").succeeded());
            Document page = served.page(FIRST);
            assertEquals(0, page.select("#dateline-error-overlay script").size());
            assertTrue(page.expectFirst("#dateline-error-overlay pre").wholeText().contains("<script>alert(1)</script>"));
        }
    }

    @Test
    void aBrokenSiteAtStartShowsItsErrorsOnEveryPathUntilFixed() {
        Path site = TestSites.copy("serve", tmp);
        TestSites.write(site, "content/news/first.md", BROKEN_FIRST);
        try (ServedSite served = new ServedSite(site, Optional.empty())) {
            Rebuild first = served.awaitRebuild();
            assertFalse(first.succeeded());
            assertTrue(first.initial());
            HttpResponse<String> response = served.get("/news/");
            assertEquals(500, response.statusCode());
            Document page = Jsoup.parse(response.body());
            assertEquals(OVERLAY_TEXT, page.expectFirst("#dateline-error-overlay pre").wholeText());
            assertEquals(1, page.select("script[src=/__dateline/livereload.js]").size());

            Rebuild fixed = served.write("content/news/first.md",
                    article("First story", "2024-06-01T10:00:00Z", "harbour", "Fine."));
            assertTrue(fixed.succeeded());
            assertEquals(200, served.get("/news/").statusCode());
            assertEquals(0, served.page(FIRST).select("#dateline-error-overlay").size());
        }
    }

    @Test
    void aStylesheetOnlyChangeSwapsStylesheetsAndAnythingElseReloads() {
        try (ServedSite served = new ServedSite(TestSites.copy("serve", tmp), Optional.empty());
             EventStream events = served.events()) {
            served.awaitRebuild();
            assertEquals("hello", events.next());
            assertTrue(served.write("static/theme/dateline.css", "body { color: rebeccapurple; }\n").succeeded());
            assertEquals("css", events.next());
            assertEquals("body { color: rebeccapurple; }\n", served.get("/theme/dateline.css").body());
            assertTrue(served.write("static/files/notes.txt", "new notes\n").succeeded());
            assertEquals("reload", events.next());
        }
    }

    @Test
    void editorScratchFilesSetOffNoRebuild() {
        try (ServedSite served = new ServedSite(TestSites.copy("serve", tmp), Optional.empty())) {
            served.awaitRebuild();
            served.server.changed(List.of(Path.of("content/news/.first.md.swp"), Path.of("content/news/first.md~"),
                    Path.of("README.md")));
            Rebuild real = served.write("content/news/second.md",
                    article("Second story", "2024-06-02T10:00:00Z", "ferry", "Changed."));
            assertEquals(List.of("content/news/second.md"), real.changed());
        }
    }

    @Test
    void aSubFolderBaseUrlServesTheSiteUnderItsPath() {
        try (ServedSite served = new ServedSite(TestSites.copy("serve", tmp), Optional.of("https://example.test/paper/"))) {
            served.awaitRebuild();
            assertEquals("http://127.0.0.1:" + served.port + "/paper/", served.server.url().toString());
            assertEquals(List.of("/paper/"), served.get("/").headers().allValues("Location"));
            assertEquals(List.of("/paper/"), served.get("/paper").headers().allValues("Location"));
            assertEquals(List.of("/paper/news/"), served.get("/paper/news").headers().allValues("Location"));
            Document front = served.page("/paper/");
            assertEquals(List.of("/paper/news/2024/06/02/second/", "/paper/news/2024/06/01/first/"),
                    front.select(".story__headline a").eachAttr("href"));
            assertEquals(200, served.get("/paper/news/2024/06/01/first/").statusCode());
            assertEquals(200, served.get("/paper/theme/dateline.css").statusCode());
            assertEquals(404, served.get("/news/2024/06/01/first/").statusCode());
            assertEquals("Page not found", served.page("/paperboy/").expectFirst("h1.listing__title").text());
        }
    }

}
