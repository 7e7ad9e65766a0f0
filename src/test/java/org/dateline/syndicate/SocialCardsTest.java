package org.dateline.syndicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Canonical links, Open Graph and Twitter card tags in every page's head. */
class SocialCardsTest {

    @TempDir
    static Path tmp;

    static RenderedSite site;

    @BeforeAll
    static void build() {
        site = TestSites.build(TestSites.copy("distribution", tmp));
    }

    static String meta(Document page, String property) {
        return page.expectFirst("head meta[property=" + property + "]").attr("content");
    }

    @Test
    void anArticleIsAnOpenGraphArticle() {
        Document page = site.page(StructuredDataTest.VOTE_PAGE);
        assertEquals(FeedsTest.VOTE, page.expectFirst("head link[rel=canonical]").attr("href"));
        assertEquals("article", meta(page, "og:type"));
        assertEquals("Council backs harbour plan", meta(page, "og:title"));
        assertEquals("The vote ends a decade of delay.", meta(page, "og:description"));
        assertEquals(FeedsTest.VOTE, meta(page, "og:url"));
        assertEquals("https://news.example.test/images/quay.svg", meta(page, "og:image"));
        assertEquals("Cranes on the eastern quay", meta(page, "og:image:alt"));
        assertEquals("The Test Gazette", meta(page, "og:site_name"));
        assertEquals("en_GB", meta(page, "og:locale"));
        assertEquals("2024-07-01T10:00:00+03:00", meta(page, "article:published_time"));
        assertEquals("2024-07-01T13:30:00+03:00", meta(page, "article:modified_time"));
        assertEquals(List.of("https://news.example.test/authors/selin-atay/", "https://news.example.test/authors/zoe-angstrom/"),
                page.select("head meta[property=article:author]").eachAttr("content"));
        assertEquals("World", meta(page, "article:section"));
        assertEquals(List.of("harbour", "transport"), page.select("head meta[property=article:tag]").eachAttr("content"));
    }

    @Test
    void anArticleNeverUpdatedHasNoModifiedTime() {
        Document never = site.page(StructuredDataTest.HOSTILE_PAGE);
        assertEquals("2024-06-29T15:00:00+03:00", meta(never, "article:published_time"));
        assertTrue(never.select("head meta[property=article:modified_time]").isEmpty());
    }

    @Test
    void theTwitterCardIsLargeOnlyWithAnImage() {
        Document withImage = site.page(StructuredDataTest.VOTE_PAGE);
        assertEquals("summary_large_image", withImage.expectFirst("head meta[name=twitter:card]").attr("content"));
        assertEquals("Cranes on the eastern quay", withImage.expectFirst("head meta[name=twitter:image:alt]").attr("content"));
        Document without = site.page(StructuredDataTest.HOSTILE_PAGE);
        assertEquals("summary", without.expectFirst("head meta[name=twitter:card]").attr("content"));
        assertTrue(without.select("head meta[property=og:image]").isEmpty());
    }

    @Test
    void otherPagesAreWebsiteCards() {
        Document home = site.page("index.html");
        assertEquals("website", meta(home, "og:type"));
        assertEquals("The Test Gazette", meta(home, "og:title"));
        assertEquals("News for tests", meta(home, "og:description"));
        assertEquals("https://news.example.test/", meta(home, "og:url"));
        assertEquals("summary", home.expectFirst("head meta[name=twitter:card]").attr("content"));
        assertTrue(home.select("head meta[property^=article:]").isEmpty());
    }

    @Test
    void eachTagIsInTheHeadOnce() {
        Document page = site.page(StructuredDataTest.VOTE_PAGE);
        for (String property : List.of("og:type", "og:title", "og:url", "og:image", "og:site_name", "og:locale")) {
            assertEquals(1, page.select("head meta[property=" + property + "]").size(), property);
        }
        assertTrue(page.body().select("meta, link[rel=alternate], script").isEmpty(), "nothing leaks into the body");
    }
}
