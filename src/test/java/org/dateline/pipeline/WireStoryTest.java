package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A wire story renders end to end with every element the article page promises, in order. */
class WireStoryTest {

    @TempDir
    static Path tmp;

    static RenderedSite site;
    static Document page;

    @BeforeAll
    static void build() {
        site = TestSites.build(TestSites.copy("wire-story", tmp));
        page = site.page("world/2024/05/31/harbour-vote/index.html");
    }

    @Test
    void skipLinkIsTheFirstFocusableElementAndTargetsMain() {
        Element first = page.body().select("a[href], button, input, select, textarea, [tabindex]:not([tabindex=-1])").first();
        assertEquals("Skip to content", first.text());
        assertEquals("#main", first.attr("href"));
        assertEquals(1, page.select("main#main").size());
    }

    @Test
    void headlineIsEscapedTextFromFrontMatter() {
        assertEquals("Council backs harbour plan & \"quiet\" rail link", page.expectFirst("article h1").text());
        assertEquals("Council backs harbour plan & \"quiet\" rail link | The Test Gazette", page.title());
    }

    @Test
    void articleElementsComeInWireStoryOrder() {
        List<String> order = List.of(".article__section", "h1", ".article__standfirst", ".article__byline",
                ".article__published", ".article__location", ".article__lead", ".article__body",
                ".article__source", ".article__tags", ".article__updated");
        Element article = page.expectFirst("article");
        List<Element> all = article.select("*");
        int previous = -1;
        for (String selector : order) {
            int index = all.indexOf(article.expectFirst(selector));
            assertTrue(index > previous, selector + " is out of order");
            previous = index;
        }
    }

    @Test
    void bylineSectionStandfirstSourceAndLocation() {
        assertEquals("World", page.expectFirst(".article__section").text());
        assertEquals("By Selin Atay", page.expectFirst(".article__byline").text());
        assertEquals("The vote ends a decade of delay over the eastern quays.", page.expectFirst(".article__standfirst").text());
        assertEquals("Source: Newsroom", page.expectFirst(".article__source").text());
        assertEquals("MARLOW BAY", page.expectFirst(".article__location").text());
        assertEquals(List.of("harbour", "transport"), page.select(".article__tag").eachText());
    }

    @Test
    void publishedAndUpdatedDatesAreTimeElementsInTheSiteZone() {
        Element published = page.expectFirst(".article__published");
        assertEquals("time", published.normalName());
        assertEquals("2024-05-31T14:05:00+03:00", published.attr("datetime"));
        assertEquals("May 31, 2024 2:05 PM", published.text());
        Element updated = page.expectFirst("article footer .article__updated");
        assertEquals("Last updated: May 31, 2024 8:25 PM", updated.text());
        assertEquals("2024-05-31T20:25:00+03:00", updated.expectFirst("time").attr("datetime"));
        assertTrue(page.select("time").stream().allMatch(time -> time.hasAttr("datetime")));
    }

    @Test
    void leadFigureHasAltCaptionAndCredit() {
        Element figure = page.expectFirst("figure.article__lead");
        assertEquals("/images/quay.svg", figure.expectFirst("img").attr("src"));
        assertEquals("Cranes on the eastern quay", figure.expectFirst("img").attr("alt"));
        assertEquals("The eastern quay at dusk. Courier graphics", figure.expectFirst("figcaption").text());
    }

    @Test
    void bodyHasSubheadingsWithIds() {
        Element heading = page.expectFirst(".article__body h2");
        assertEquals("What happens next", heading.text());
        assertEquals("what-happens-next", heading.id());
    }

    @Test
    void headCarriesLanguageDescriptionCanonicalAndStylesheet() {
        assertEquals("en", page.expectFirst("html").attr("lang"));
        assertEquals("The vote ends a decade of delay over the eastern quays.",
                page.expectFirst("meta[name=description]").attr("content"));
        assertEquals("https://news.example.test/world/2024/05/31/harbour-vote/",
                page.expectFirst("link[rel=canonical]").attr("href"));
        assertEquals("/theme/dateline.css", page.expectFirst("link[rel=stylesheet]").attr("href"));
        assertTrue(site.files().contains("theme/dateline.css"));
        assertTrue(site.files().contains("images/quay.svg"));
    }

    @Test
    void threeAuthorsReadAsABylineAndTheFirstParagraphIsTheDescription() {
        Document second = site.page("world/2024/05/20/second-story/index.html");
        assertEquals("By Zoë Ångström, Tomasz Wieczorek and Selin Atay", second.expectFirst(".article__byline").text());
        assertEquals("Talks resumed on Monday.", second.expectFirst("meta[name=description]").attr("content"));
        assertTrue(second.select(".article__standfirst").isEmpty(), "no standfirst shown twice");
        assertEquals("Last updated: May 20, 2024 12:00 AM", second.expectFirst(".article__updated").text());
        assertTrue(second.select(".article__source").isEmpty());
    }

    @Test
    void frontPageListsArticlesNewestFirst() {
        Document home = site.page("index.html");
        assertEquals(List.of("Council backs harbour plan & \"quiet\" rail link", "Ferry talks resume"),
                home.select(".story__headline").eachText());
        assertEquals("/world/2024/05/31/harbour-vote/", home.expectFirst(".story__headline a").attr("href"));
        assertFalse(home.select("main h1").isEmpty());
    }

    @Test
    void summaryCountsWhatWasBuilt() {
        assertEquals(2, site.result().articles());
        long pages = site.files().stream().filter(file -> file.endsWith(".html")).count();
        assertEquals(pages, site.result().pages());
        assertEquals(site.files().size() - 1, site.result().files(), "every file but the ownership marker");
        assertTrue(site.files().contains(".dateline-output"));
    }
}
