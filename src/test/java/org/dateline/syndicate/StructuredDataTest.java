package org.dateline.syndicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dateline.diag.Problem;
import org.dateline.testing.JsonDocs;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON-LD NewsArticle and BreadcrumbList on article pages, parsed back as JSON. */
class StructuredDataTest {

    static final String VOTE_PAGE = "world/2024/07/01/harbour-vote/index.html";
    static final String HOSTILE_PAGE = "world/2024/06/29/hostile/index.html";

    @TempDir
    static Path tmp;

    static RenderedSite site;

    @BeforeAll
    static void build() {
        site = TestSites.build(TestSites.copy("distribution", tmp));
    }

    /** The page's one JSON-LD block, parsed; its {@code @graph} items by {@code @type}. */
    static Map<String, Object> graph(Document page, String type) {
        List<Element> scripts = page.select("script[type=application/ld+json]");
        assertEquals(1, scripts.size(), "one JSON-LD block");
        Map<String, Object> json = JsonDocs.object(scripts.get(0).data());
        assertEquals("https://schema.org", json.get("@context"));
        return JsonDocs.list(json.get("@graph")).stream().map(JsonDocs::map)
                .filter(item -> type.equals(item.get("@type"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + json));
    }

    @Test
    void newsArticleHasEveryProperty() {
        Map<String, Object> news = graph(site.page(VOTE_PAGE), "NewsArticle");
        assertEquals("Council backs harbour plan", news.get("headline"));
        assertEquals("The vote ends a decade of delay.", news.get("description"));
        assertEquals("2024-07-01T10:00:00+03:00", news.get("datePublished"));
        assertEquals("2024-07-01T13:30:00+03:00", news.get("dateModified"));
        assertEquals(Map.of("@type", "WebPage", "@id", FeedsTest.VOTE), news.get("mainEntityOfPage"));
        assertEquals(FeedsTest.VOTE, news.get("url"));
        assertEquals("World", news.get("articleSection"));
        assertEquals(List.of("harbour", "transport"), news.get("keywords"));
        assertEquals("en-GB", news.get("inLanguage"));
        assertEquals("MARLOW BAY", news.get("dateline"));
        Map<String, Object> publisher = JsonDocs.map(news.get("publisher"));
        assertEquals("Organization", publisher.get("@type"));
        assertEquals("Test Gazette Ltd", publisher.get("name"));
        assertEquals(Map.of("@type", "ImageObject", "url", "https://news.example.test/images/logo.svg"), publisher.get("logo"));
    }

    @Test
    void everyAuthorIsAPersonWithTheUrlOfTheirPage() {
        Map<String, Object> news = graph(site.page(VOTE_PAGE), "NewsArticle");
        assertEquals(List.of(
                Map.of("@type", "Person", "name", "Selin Atay", "url", "https://news.example.test/authors/selin-atay/"),
                Map.of("@type", "Person", "name", "Zoë Ångström", "url", "https://news.example.test/authors/zoe-angstrom/")),
                news.get("author"));
        assertFalse(graph(site.page("business/2024/05/01/no-byline/index.html"), "NewsArticle").containsKey("author"));
    }

    @Test
    void theImageIsAnArrayWithTheConfiguredCrops() {
        assertEquals(List.of("https://news.example.test/images/quay.svg", "https://news.example.test/images/quay-16x9.svg",
                "https://news.example.test/images/quay-1x1.svg"), graph(site.page(VOTE_PAGE), "NewsArticle").get("image"));
        for (Object image : JsonDocs.list(graph(site.page(VOTE_PAGE), "NewsArticle").get("image"))) {
            String path = ((String) image).substring("https://news.example.test/".length());
            assertTrue(site.files().contains(path), path);
        }
    }

    @Test
    void withoutCropsTheImageIsOneUrl(@TempDir Path other) {
        Path copy = TestSites.copy("distribution", other);
        TestSites.write(copy, "site.yaml", FeedsTest.read(copy.resolve("site.yaml")).replace("image_crops: [16x9, 1x1]\n", ""));
        RenderedSite plain = TestSites.build(copy);
        assertEquals("https://news.example.test/images/quay.svg", graph(plain.page(VOTE_PAGE), "NewsArticle").get("image"));
    }

    @Test
    void cropsGoBeforeTheExtension() {
        assertEquals("/img/a-16x9.jpg", StructuredData.cropOf("/img/a.jpg", "16x9"));
        assertEquals("/img/a-16x9.jpg?v=2#top", StructuredData.cropOf("/img/a.jpg?v=2#top", "16x9"));
        assertEquals("/img.d/photo-1x1", StructuredData.cropOf("/img.d/photo", "1x1"));
        assertEquals("/img/.hidden-1x1", StructuredData.cropOf("/img/.hidden", "1x1"));
    }

    @Test
    void correctionsAreCorrectionComments() {
        assertEquals(List.of(Map.of("@type", "CorrectionComment",
                        "text", "An earlier version gave the vote as 30 to 9. It was 31 to 9.",
                        "datePublished", "2024-07-01T13:30:00+03:00")),
                graph(site.page(VOTE_PAGE), "NewsArticle").get("correction"));
    }

    @Test
    void breadcrumbsGoFromHomeThroughTheSectionToTheArticle() {
        List<Object> items = JsonDocs.list(graph(site.page(VOTE_PAGE), "BreadcrumbList").get("itemListElement"));
        assertEquals(List.of("The Test Gazette", "World", "Council backs harbour plan"),
                items.stream().map(i -> JsonDocs.map(i).get("name")).toList());
        assertEquals(List.of("https://news.example.test/", "https://news.example.test/world/", FeedsTest.VOTE),
                items.stream().map(i -> JsonDocs.map(i).get("item")).toList());
        assertEquals(List.of("1", "2", "3"), items.stream().map(i -> JsonDocs.map(i).get("position").toString()).toList());
    }

    @Test
    void aHostileTitleAndAuthorRoundTripAndCannotBreakOutOfTheScript() {
        Document page = site.page(HOSTILE_PAGE);
        Map<String, Object> news = graph(page, "NewsArticle");
        assertEquals(FeedsTest.HOSTILE_TITLE, news.get("headline"));
        assertEquals(FeedsTest.HOSTILE_AUTHOR, JsonDocs.map(JsonDocs.list(news.get("author")).get(0)).get("name"));
        String raw = page.expectFirst("script[type=application/ld+json]").data();
        for (String unsafe : List.of("<", ">", "&", "\u2028", "\u2029")) {
            assertFalse(raw.contains(unsafe), "raw " + unsafe + " in the script");
        }
        assertEquals(1, page.select("script").size(), "the title added no script element");
        assertEquals(FeedsTest.HOSTILE_TITLE, page.expectFirst("meta[property=og:title]").attr("content"));
    }

    @Test
    void otherPagesHaveNoStructuredData() {
        assertTrue(site.page("index.html").select("script[type=application/ld+json]").isEmpty());
    }

    @Test
    void aHeadlineOverOneHundredTenCharactersIsAWarningAtItsLine() {
        List<String> warnings = site.result().warnings().stream().map(Problem::format).toList();
        assertEquals(List.of("warning: content/culture/long-headline.md:2:8: `title` is 120 characters long; a"
                + " NewsArticle headline should have at most 110 (hint: shorten the headline, or search engines may cut"
                + " it off)"), warnings);
    }
}
