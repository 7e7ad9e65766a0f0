package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dateline.testing.JsonDocs;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Hugo site dropped in unchanged: page bundles, TOML and JSON front matter, Hugo's key names. */
class HugoSiteTest {

    @TempDir
    static Path tmp;
    static RenderedSite site;

    @BeforeAll
    static void build() {
        site = TestSites.build(TestSites.copy("hugo", tmp));
    }

    @Test
    void buildsEveryArticleButTheDraftAndTheSectionFrontMatter() {
        assertEquals(3, site.result().articles());
        assertFalse(site.files().stream().anyMatch(f -> f.contains("_index") || f.contains("draft-post")));
    }

    @Test
    void theSectionsIndexFileNamesAndDescribesItsPageNavigationFeedsAndStructuredData() {
        Document section = site.page("news/index.html");
        assertEquals("Harbour & quays", section.expectFirst("h1.listing__title").text());
        assertEquals("Votes, ferries and the port, from the quays.", section.expectFirst("p.listing__description").text());
        assertEquals("Votes, ferries and the port, from the quays.",
                section.expectFirst("meta[name=description]").attr("content"));
        assertEquals("Votes, ferries and the port, from the quays.",
                section.expectFirst("meta[property=og:description]").attr("content"));
        assertEquals("Harbour & quays | Harbour Herald", section.expectFirst("title").text());
        Document article = site.page("news/2024/05/harbour-vote/index.html");
        assertEquals(List.of("Harbour & quays"), article.select("nav.site-nav a").eachText());
        Document rss = Jsoup.parse(site.text("news/feed.xml"), "", Parser.xmlParser());
        assertEquals("Harbour & quays | Harbour Herald", rss.expectFirst("channel > title").text());
        assertEquals("Votes, ferries and the port, from the quays.", rss.expectFirst("channel > description").text());
        List<Map<String, Object>> graph = JsonDocs.list(JsonDocs.object(article.expectFirst(
                "script[type=application/ld+json]").data()).get("@graph")).stream().map(JsonDocs::map).toList();
        Map<String, Object> news = graph.stream().filter(i -> "NewsArticle".equals(i.get("@type"))).findFirst().orElseThrow();
        assertEquals("Harbour & quays", news.get("articleSection"));
        Map<String, Object> crumbs = graph.stream().filter(i -> "BreadcrumbList".equals(i.get("@type"))).findFirst()
                .orElseThrow();
        assertEquals("Harbour & quays", JsonDocs.map(JsonDocs.list(crumbs.get("itemListElement")).get(1)).get("name"));
    }

    @Test
    void aPageBundleTakesItsFolderAsSlugAndItsFilesGoNextToItsPage() {
        Document page = site.page("news/2024/05/harbour-vote/index.html");
        assertEquals("Council backs harbour plan \u2013 again", page.expectFirst("article h1").text());
        assertTrue(site.files().containsAll(List.of("news/2024/05/harbour-vote/images/map.svg",
                "news/2024/05/harbour-vote/report.txt")), () -> site.files().toString());
        assertEquals("images/map.svg", page.expectFirst("article img[alt=Map of the quays]").attr("src"));
        assertEquals("https://example.test/news/2024/05/harbour-vote/images/map.svg",
                page.expectFirst("article img[alt=Map of the quays]").absUrl("src"));
        assertEquals("The full report.\n", site.text("news/2024/05/harbour-vote/report.txt"));
    }

    @Test
    void authorsNamedByTheirAuthorsFileKeyShowTheirName() {
        Document page = site.page("news/2024/05/harbour-vote/index.html");
        assertEquals("Jonathan Rubin", page.expectFirst(".article__byline .byline__author").text());
    }

    @Test
    void oneAuthorStringBecomesSeveralAuthors() {
        Document page = site.page("news/2024/06/ferry-returns/index.html");
        assertEquals(List.of("Ann Lee", "Bo Park", "Cy Day"), page.select(".article__byline .byline__author").eachText());
        Map<String, Object> news = JsonDocs.list(JsonDocs.object(page.expectFirst("script[type=application/ld+json]")
                .data()).get("@graph")).stream().map(JsonDocs::map).filter(i -> "NewsArticle".equals(i.get("@type")))
                .findFirst().orElseThrow();
        List<Object> people = JsonDocs.list(news.get("author"));
        assertEquals("https://social.example.test/@bo", JsonDocs.map(people.get(1)).get("sameAs"));
        assertEquals(null, JsonDocs.map(people.get(0)).get("sameAs"));
    }

    @Test
    void hugoKeyNamesInAnyCaseDecideExpiryAndPublication() {
        Document page = site.page("news/2024/03/expired-notice/index.html");
        assertEquals("Road closed for repairs", page.expectFirst("article h1").text());
        assertEquals("2024-03-01T09:00:00-05:00", page.expectFirst("time.article__published").attr("datetime"));
        assertFalse(site.page("news/index.html").select("a[href*=expired-notice]").size() > 0);
    }
}
