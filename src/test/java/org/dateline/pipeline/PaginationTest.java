package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dateline.testing.LinkChecker;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listings in pages of {@code page_size} (3 here) at the boundaries: sections of 2, 3 and 4 articles,
 * and a front page of exactly three full pages. Also the empty and the one-article site.
 */
class PaginationTest {

    @TempDir
    static Path tmp;

    static RenderedSite site;

    @BeforeAll
    static void build() {
        site = TestSites.build(TestSites.copy("pagination", tmp));
    }

    private static List<String> headlines(Document page) {
        return page.select(".story__headline").eachText();
    }

    @Test
    void aListingOfPageSizeMinusOneIsOnePageWithoutPager() {
        Document two = site.page("two/index.html");
        assertEquals(List.of("Bravo", "Alpha"), headlines(two));
        assertTrue(two.select(".pagination, link[rel=next], link[rel=prev]").isEmpty());
        assertFalse(site.files().contains("two/page/2/index.html"));
    }

    @Test
    void aListingOfExactlyPageSizeIsOnePage() {
        assertEquals(List.of("Echo", "Delta", "Charlie"), headlines(site.page("three/index.html")));
        assertFalse(site.files().contains("three/page/2/index.html"));
    }

    @Test
    void aListingOfPageSizePlusOneSpillsOneArticleOntoPageTwo() {
        Document first = site.page("four/index.html");
        Document second = site.page("four/page/2/index.html");
        assertEquals(3, headlines(first).size());
        assertEquals(List.of("Twin"), headlines(second));
        assertEquals("/four/page/2/", first.expectFirst("head link[rel=next]").attr("href"));
        assertTrue(first.select("head link[rel=prev]").isEmpty());
        assertEquals("/four/", second.expectFirst("head link[rel=prev]").attr("href"));
        assertTrue(second.select("head link[rel=next]").isEmpty());
        assertEquals("Page 2 of 2", second.expectFirst(".pagination__status").text());
        assertFalse(site.files().contains("four/page/3/index.html"));
    }

    @Test
    void nineArticlesInPagesOfThreeMakeExactlyThreeFrontPages() {
        Document middle = site.page("page/2/index.html");
        assertEquals("/", middle.expectFirst("head link[rel=prev]").attr("href"));
        assertEquals("/page/3/", middle.expectFirst("head link[rel=next]").attr("href"));
        assertEquals("Page 2 of 3", middle.expectFirst(".pagination__status").text());
        assertEquals("/", middle.expectFirst(".pagination__prev").attr("href"));
        assertEquals("/page/3/", middle.expectFirst(".pagination__next").attr("href"));
        assertEquals("The Pagination Post (page 2 of 3)", middle.title());
        assertEquals("/page/2/", middle.expectFirst("link[rel=canonical]").attr("href"));
        assertEquals(List.of("Charlie", "Bravo", "Alpha"), headlines(site.page("page/3/index.html")));
        assertFalse(site.files().contains("page/4/index.html"));
        assertFalse(site.files().contains("page/1/index.html"));
    }

    @Test
    void onlyTheFirstFrontPageHasALeadStory() {
        assertEquals("Same time, A", site.page("index.html").expectFirst(".story--lead .story__headline").text());
        assertTrue(site.page("page/2/index.html").select(".story--lead").isEmpty());
    }

    @Test
    void equalMomentsAreOrderedByTitleThenBySourcePath() {
        assertEquals(List.of("Same time, A", "Same time, B", "Twin"), headlines(site.page("index.html")));
        assertEquals("/four/2024/03/08/twin-1/", site.page("index.html").select(".story__headline a").get(2).attr("href"));
        assertEquals("/four/2024/03/08/twin-2/", site.page("page/2/index.html").expectFirst(".story__headline a").attr("href"));
    }

    @Test
    void everyLinkOfEveryPageResolves() {
        assertEquals(List.of(), new LinkChecker(site.output(), "").danglingLinks());
    }

    @Test
    void anEmptySiteHasAFrontPageAnd404ButNoEmptyListings(@TempDir Path dir) {
        RenderedSite empty = TestSites.build(TestSites.empty(dir, "title: Nothing Yet\n"));
        Document home = empty.page("index.html");
        assertEquals("No articles have been published yet.", home.expectFirst(".listing__empty").text());
        assertTrue(home.select(".pagination, .site-nav, .site-footer__nav").isEmpty());
        assertEquals(List.of(".dateline-output", "404.html", "atom.xml", "feed.json", "feed.xml", "index.html",
                "robots.txt", "theme/dateline.css"),
                empty.files());
        assertEquals("User-agent: *\nDisallow:\n", empty.text("robots.txt"));
        assertTrue(empty.page("404.html").select(".directory").isEmpty());
    }

    @Test
    void aOneArticleSiteListsItOnceOnEveryListing(@TempDir Path dir) {
        Path one = TestSites.empty(dir, "title: One\n");
        TestSites.write(one, "content/world/only.md", "---\ntitle: Only\ndate: 2024-02-29\nauthor: Ann\ntags: [solo]\n---\nText.\n");
        RenderedSite built = TestSites.build(one);
        for (String listing : List.of("index.html", "world/index.html", "authors/ann/index.html", "tags/solo/index.html",
                "2024/02/index.html")) {
            assertEquals(List.of("Only"), headlines(built.page(listing)), listing);
            assertTrue(built.page(listing).select(".pagination").isEmpty(), listing);
        }
        assertEquals("1 article", built.page("tags/solo/index.html").expectFirst(".listing__count").text());
        assertEquals("1 article", built.page("2024/index.html").expectFirst(".listing__count").text()); // leads to its month
        assertEquals(List.of("February 2024"), built.page("2024/index.html").select(".archive-nav a").eachText());
        assertTrue(built.page("world/2024/02/29/only/index.html").select(".related, .neighbours").isEmpty());
        assertEquals(List.of(), new LinkChecker(built.output(), "").danglingLinks());
    }
}
