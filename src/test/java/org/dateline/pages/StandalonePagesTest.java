package org.dateline.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.dateline.testing.XmlDocs;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages under content/pages/: their own template, in the sitemap and footer menu, in no listing or feed. */
class StandalonePagesTest {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @TempDir
    Path tmp;

    private RenderedSite site;

    @BeforeEach
    void build() {
        site = TestSites.build(TestSites.copy("standalone-pages", tmp));
    }

    @Test
    void aPageIsRenderedWithItsOwnTemplateAtItsSlug() {
        Document about = site.page("about/index.html");
        assertEquals("About us", about.expectFirst("h1.standalone__title").text());
        assertEquals("page page--standalone", about.expectFirst("body").className());
        assertEquals(List.of("The Bay Herald has covered the bay since 1921."),
                about.select(".standalone__body p").eachText());
        assertEquals(List.of(), about.select(".article__byline, .related, .article__tags").eachText());
        assertEquals("2024-03-01T09:00:00Z", site.page("corrections-policy/index.html")
                .expectFirst(".standalone__updated time").attr("datetime"));
    }

    @Test
    void pagesAreInNoListingFeedNewsSitemapOrRelatedBox() {
        for (String listing : List.of("index.html", "world/index.html", "tags/harbour/index.html")) {
            Document page = site.page(listing);
            assertEquals(List.of("Ferry fares rise", "Council backs harbour plan"),
                    page.select(".story__headline").eachText(), listing);
            assertEquals(List.of(), page.select("main a[href*=about], main a[href*=corrections]").eachAttr("href"), listing);
        }
        assertEquals(List.of(), site.page("2024/index.html").select("main a[href*=about]").eachAttr("href"));
        for (String feed : List.of("feed.xml", "atom.xml", "feed.json", "tags/harbour/feed.xml", "news-sitemap.xml")) {
            assertFalse(site.text(feed).contains("/about/"), feed);
        }
        assertTrue(site.text("news-sitemap.xml").contains("/world/2024/06/30/ferry-fares/"), "the news sitemap exists");
        assertEquals(List.of("Council backs harbour plan"), site.page("world/2024/06/30/ferry-fares/index.html")
                .select(".related__list a").eachText(), "related stories are articles only");
        assertEquals(2, site.result().articles(), "pages are not counted as articles");
    }

    @Test
    void pagesAreInTheSitemap() {
        List<String> urls = XmlDocs.texts(XmlDocs.parse(site.text("sitemap.xml")), SITEMAP_NS, "loc");
        assertTrue(urls.contains("https://news.example.test/about/"), urls.toString());
        assertTrue(urls.contains("https://news.example.test/corrections-policy/"), urls.toString());
    }

    @Test
    void theFooterMenuFromSiteYamlIsOnEveryPage() {
        for (String page : List.of("index.html", "about/index.html", "world/2024/05/31/harbour-vote/index.html")) {
            Document html = site.page(page);
            assertEquals(List.of("About us", "Corrections policy"), html.select("nav.site-footer__menu a").eachText());
            assertEquals(List.of("/about/", "/corrections-policy/"), html.select("nav.site-footer__menu a").eachAttr("href"));
        }
        assertEquals("page", site.page("about/index.html").expectFirst("nav.site-footer__menu a[aria-current]")
                .attr("aria-current"));
    }

    @Test
    void thePolicyPagesFeedTheOrganizationInTheStructuredData() throws Exception {
        Document article = site.page("world/2024/05/31/harbour-vote/index.html");
        JsonNode data = new ObjectMapper().readTree(article.expectFirst("script[type=application/ld+json]").data());
        JsonNode publisher = data.findValue("publisher");
        assertEquals("Bay Herald Ltd", publisher.get("name").asText());
        assertEquals("https://news.example.test/corrections-policy/", publisher.get("correctionsPolicy").asText());
        assertEquals("https://example.test/ethics", publisher.get("ethicsPolicy").asText());
    }
}
