package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dateline.testing.LinkChecker;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small newsroom served from a sub-folder ({@code /paper/}): the navigation bar, section, author,
 * tag and archive pages, author profiles, related articles, previous/next, corrections, 404 and robots.txt.
 */
class SiteNavigationTest {

    private static final String HARBOUR_VOTE = "world/2024/06/10/harbour-vote/index.html";

    @TempDir
    static Path tmp;

    static RenderedSite site;

    @BeforeAll
    static void build() {
        site = TestSites.build(TestSites.copy("newsroom", tmp));
    }

    private static List<String> headlines(Document page) {
        return page.select(".story__headline").eachText();
    }

    @Test
    void everyPageHasTheSectionsInTheConfiguredOrderUnderTheBasePath() {
        for (String page : List.of("index.html", HARBOUR_VOTE, "tags/index.html", "2024/06/index.html", "404.html")) {
            Document document = site.page(page);
            assertEquals(List.of("World news", "Culture", "Science"), document.select(".site-nav a").eachText(), page);
            assertEquals(List.of("/paper/world/", "/paper/culture/", "/paper/science/"),
                    document.select(".site-nav a").eachAttr("href"), page);
        }
        Element current = site.page("culture/index.html").expectFirst(".site-nav a[aria-current=page]");
        assertEquals("Culture", current.text());
    }

    @Test
    void aSectionPageListsItsArticlesNewestFirst() {
        Document world = site.page("world/index.html");
        assertEquals("World news", world.expectFirst("h1").text());
        assertEquals(List.of("Harbour vote", "Ferry talks", "Council budget"), headlines(world));
        assertEquals("World news | The Newsroom Test", world.title());
        assertEquals("https://news.example.test/paper/world/", world.expectFirst("link[rel=canonical]").attr("href"));
        assertTrue(world.select(".story__section").isEmpty(), "its own section is not repeated on each story");
        assertEquals(List.of("World news", "Culture", "Science"),
                site.page("tags/harbour/index.html").select(".story__section").eachText());
    }

    @Test
    void bylinesLinkToAuthorPagesAndATwoAuthorArticleIsListedOnBoth() {
        Element byline = site.page(HARBOUR_VOTE).expectFirst(".article__byline");
        assertEquals("By Selin Atay and Zoë Ångström", byline.text());
        assertEquals(List.of("/paper/authors/selin-atay/", "/paper/authors/zoe-angstrom/"), byline.select("a").eachAttr("href"));
        assertEquals(List.of("Harbour vote", "Council budget"), headlines(site.page("authors/selin-atay/index.html")));
        assertEquals(List.of("Harbour vote", "Ferry talks", "Tides"), headlines(site.page("authors/zoe-angstrom/index.html")));
    }

    @Test
    void anAuthorPageShowsTheProfileKeyedByNameOrSlug() {
        Document zoe = site.page("authors/zoe-angstrom/index.html");
        assertEquals("Zoë Ångström", zoe.expectFirst("h1").text());
        assertEquals("Science editor", zoe.expectFirst(".profile__role").text());
        assertEquals("Zoë writes about tides & the people who measure them.", zoe.expectFirst(".profile__bio").text());
        assertEquals("Zoë writes about tides & the people who measure them.",
                zoe.expectFirst("meta[name=description]").attr("content"));
        assertEquals("https://cdn.example.test/zoe.jpg", zoe.expectFirst(".profile__photo").attr("src"));
        assertEquals("https://zoe.example.test/", zoe.expectFirst(".profile__links a").attr("href"));
        assertEquals("City hall reporter", site.page("authors/selin-atay/index.html").expectFirst(".profile__role").text());
        assertTrue(site.page("authors/tomasz-wieczorek/index.html").select(".profile__role, .profile__bio").isEmpty());
    }

    @Test
    void theAuthorsIndexListsEveryAuthorWithRoleAndCount() {
        Document authors = site.page("authors/index.html");
        assertEquals(List.of("Selin Atay", "Tomasz Wieczorek", "Zoë Ångström"), authors.select(".directory__name").eachText());
        assertEquals(List.of("2 articles", "1 article", "3 articles"), authors.select(".directory__count").eachText());
        assertEquals("/paper/authors/tomasz-wieczorek/", authors.select(".directory__name").get(1).attr("href"));
    }

    @Test
    void theTagIndexCountsArticlesAndEachTagPageListsThem() {
        Document tags = site.page("tags/index.html");
        assertEquals(List.of("arts", "budget", "ferries", "harbour", "transport"), tags.select(".directory__name").eachText());
        assertEquals(List.of("1", "1", "1", "3", "3"), tags.select(".directory__count").eachText());
        Document harbour = site.page("tags/harbour/index.html");
        assertEquals(List.of("Harbour vote", "Festival", "Tides"), headlines(harbour));
        assertEquals("3 articles", harbour.expectFirst(".listing__count").text());
        assertEquals("/paper/tags/harbour/", site.page(HARBOUR_VOTE).expectFirst(".article__tag a").attr("href"));
    }

    @Test
    void theArchiveHasAPageForEachYearLeadingToItsMonthsAndAListingPerMonth() {
        Document year = site.page("2024/index.html");
        assertEquals("2024", year.expectFirst("h1").text());
        assertEquals(List.of("June 2024", "May 2024", "April 2024"), year.select(".archive-nav a").eachText());
        assertEquals(0, headlines(year).size()); // a year leads to its months, which list the articles
        assertEquals("5 articles", year.expectFirst(".listing__count").text());
        assertEquals(List.of("(3)", "(1)", "(1)"), year.select(".archive-nav__count").eachText());
        assertTrue(site.files().stream().noneMatch(f -> f.startsWith("2024/page/")));
        Document june = site.page("2024/06/index.html");
        assertEquals(List.of("Harbour vote", "Festival", "Ferry talks"), headlines(june));
        assertEquals("/paper/2024/", june.expectFirst(".archive-nav a").attr("href"));
        assertEquals(List.of("Tides"), headlines(site.page("2024/04/index.html")));
        assertTrue(site.files().stream().noneMatch(f -> f.startsWith("2024/03/")));
        assertEquals(List.of("/paper/2024/"), site.page("index.html").select(".site-footer__nav a[href^=/paper/2]").eachAttr("href"));
    }

    @Test
    void relatedArticlesWeighSharedTagsThenTheSectionThenRecencyAndNeverTheArticleItself() {
        Document page = site.page(HARBOUR_VOTE);
        assertEquals(List.of("Tides", "Ferry talks", "Festival", "Council budget"), page.select(".related__list a").eachText());
    }

    @Test
    void previousAndNextStayInTheSection() {
        Document ferry = site.page("world/2024/06/05/ferry-talks/index.html");
        assertEquals("/paper/world/2024/05/20/council-budget/", ferry.expectFirst(".neighbours__previous").attr("href"));
        assertEquals("/paper/world/2024/06/10/harbour-vote/", ferry.expectFirst(".neighbours__next").attr("href"));
        assertTrue(site.page(HARBOUR_VOTE).select(".neighbours__next").isEmpty());
        assertTrue(site.page("culture/2024/06/08/festival/index.html").select(".neighbours").isEmpty());
    }

    @Test
    void correctionsAndUpdatesAreMarkedBoxesAndTheLatestIsTheUpdatedDate() {
        Document page = site.page(HARBOUR_VOTE);
        Element correction = page.expectFirst(".notice--correction");
        assertEquals("Correction", correction.expectFirst(".notice__label").text());
        assertEquals("2024-06-11T09:00:00+03:00", correction.expectFirst("time").attr("datetime"));
        assertEquals("The vote was 31 to 9, not 31 to 8.", correction.expectFirst(".notice__text").text());
        Element update = page.expectFirst(".notice--update");
        assertEquals("Update", update.expectFirst(".notice__label").text());
        assertEquals("2024-06-10T15:00:00+03:00", update.expectFirst("time").attr("datetime"));
        assertEquals("2024-06-11T09:00:00+03:00", page.expectFirst(".article__updated time").attr("datetime"));
        assertTrue(site.page("world/2024/06/05/ferry-talks/index.html").select(".notices").isEmpty());
    }

    @Test
    void theNotFoundPageLinksHomeAndToTheLatestArticles() {
        Document notFound = site.page("404.html");
        assertEquals("Page not found", notFound.expectFirst("h1").text());
        assertEquals("/paper/", notFound.expectFirst("main a").attr("href"));
        assertEquals("Harbour vote", notFound.expectFirst(".directory__name").text());
    }

    @Test
    void robotsTxtNamesTheSitemapUnderTheBaseUrl() {
        assertEquals("User-agent: *\nDisallow:\n\nSitemap: https://news.example.test/paper/sitemap.xml\n",
                site.text("robots.txt"));
    }

    @Test
    void everyLinkResolvesUnderTheBasePath() {
        LinkChecker links = new LinkChecker(site.output(), "https://news.example.test/paper/");
        assertEquals(List.of(), links.danglingLinks());
        assertTrue(links.checked() > 300, "checked only " + links.checked());
    }
}
