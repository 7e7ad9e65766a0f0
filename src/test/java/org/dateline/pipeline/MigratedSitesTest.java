package org.dateline.pipeline;

import static org.dateline.testing.MigrationChecks.assertRedirects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dateline.testing.MigrationChecks;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hugo, Jekyll and Eleventy content in the shapes real sites use, built unchanged: every old URL
 * leads to its article, shortcodes render, and no template syntax reaches a page, feed or JSON-LD.
 */
class MigratedSitesTest {

    @TempDir
    static Path tmp;
    static RenderedSite hugo;
    static RenderedSite jekyll;
    static RenderedSite eleventy;

    @BeforeAll
    static void build() {
        hugo = TestSites.build(TestSites.copy("hugo", tmp.resolve("hugo")));
        jekyll = TestSites.build(TestSites.copy("jekyll", tmp.resolve("jekyll")));
        eleventy = TestSites.build(TestSites.copy("eleventy", tmp.resolve("eleventy")));
    }

    @Test
    void noTemplateSyntaxReachesAnyPageFeedOrJsonLd() {
        assertEquals(List.of(), MigrationChecks.rawSyntax(hugo));
        assertEquals(List.of(), MigrationChecks.rawSyntax(jekyll));
        assertEquals(List.of(), MigrationChecks.rawSyntax(eleventy));
        assertEquals(List.of(), hugo.result().warnings());
        assertEquals(List.of(), jekyll.result().warnings());
    }

    @Test
    void hugoAliasesRedirectToTheArticle() {
        assertRedirects(hugo, "2024/05/31/harbour-vote.html", "/news/2024/05/harbour-vote/",
                "https://herald.example.test/news/2024/05/harbour-vote/");
        assertRedirects(hugo, "news/old-harbour-vote/index.html", "/news/2024/05/harbour-vote/",
                "https://herald.example.test/news/2024/05/harbour-vote/");
        assertEquals("/2024/05/31/harbour-vote.html /news/2024/05/harbour-vote/ 301\n"
                + "/news/old-harbour-vote/ /news/2024/05/harbour-vote/ 301\n", hugo.text("_redirects"));
    }

    @Test
    void hugoShortcodesRender() {
        Document page = hugo.page("news/2024/05/harbour-vote/index.html");
        Element body = page.expectFirst(".article__body");
        assertEquals(List.of("/news/2024/06/ferry-returns/", "/news/2024/06/ferry-returns/"),
                body.select("a:contains(the ferry story)").eachAttr("href"));
        assertEquals("The quays \"today\" Herald graphics", body.expectFirst("figure:has(figcaption small) figcaption").text());
        assertEquals("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", body.expectFirst("iframe").attr("src"));
        assertEquals("fmt.Println(\"it's \\\"quoted\\\" -- not typeset\")\n", body.expectFirst("pre code").wholeText());
        Element legacy = body.expectFirst("figure.legacy");
        assertEquals("Old <map>", legacy.expectFirst("img").attr("alt"));
        assertEquals("The old map", legacy.expectFirst("figcaption").text());
        assertEquals("https://x.com/HarbourHerald/status/1453110110599868418",
                body.expectFirst("a:contains(@HarbourHerald)").attr("href"));
    }

    @Test
    void jekyllPostsKeepTheirUrlsAndOldOnesRedirect() {
        Document post = jekyll.page("news/harbour/2011/11/28/harbour-opens.html");
        assertEquals("Harbour opens \u2013 finally", post.expectFirst("article h1").text());
        // `8:32:24 -0400` is the instant 12:32:24Z, shown in the site's zone (EST then)
        assertEquals("2011-11-28T07:32:24-05:00", post.expectFirst("time.article__published").attr("datetime"));
        assertEquals(List.of("release", "community"), post.select(".article__tag").eachText());
        assertRedirects(jekyll, "news/harbour-opens.html", "/news/harbour/2011/11/28/harbour-opens.html",
                "https://weekly.example.test/news/harbour/2011/11/28/harbour-opens.html");
        assertRedirects(jekyll, "2011/11/28/harbour-opens/index.html", "/news/harbour/2011/11/28/harbour-opens.html",
                "https://weekly.example.test/news/harbour/2011/11/28/harbour-opens.html");
        jekyll.page("ferry/index.html");
        assertFalse(jekyll.files().stream().anyMatch(f -> f.contains("unpublished")));
        assertEquals(2, jekyll.result().articles());
    }

    @Test
    void jekyllLiquidTagsRender() {
        Element body = jekyll.page("news/harbour/2011/11/28/harbour-opens.html").expectFirst(".article__body");
        assertEquals(List.of("/ferry/", "/ferry/"), body.select("a:contains(ferry timetable), a:contains(same page)")
                .eachAttr("href"));
        assertEquals("/assets/quay.svg", body.expectFirst("img[alt=The quay]").attr("src"));
        assertTrue(jekyll.files().contains("assets/quay.svg"));
        assertEquals("puts \"it's -- verbatim\"\n", body.expectFirst("pre code").wholeText());
        assertTrue(body.text().contains("Kept as written: a literal line."), body.text());
        assertFalse(body.text().contains("editor's note"));
    }

    @Test
    void eleventyPermalinksAndBylinesWork() {
        Document review = eleventy.page("blog/incident-review/index.html");
        assertEquals("Incident review & lessons", review.expectFirst("article h1").text());
        assertEquals(List.of("Dee Fox", "Eve Stone"), review.select(".article__byline .byline__author").eachText());
        eleventy.page("scaling-search/index.html");
        assertFalse(eleventy.files().stream().anyMatch(f -> f.contains("notes")));
        assertEquals(2, eleventy.result().articles());
    }
}
