package org.dateline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RelativeLinksTest {

    private final RelativeLinks links = new RelativeLinks("");

    @ParameterizedTest(name = "{0} from {1} is {2}")
    @CsvSource({
            "/, index.html, index.html",
            "/, world/index.html, ../index.html",
            "/world/, index.html, world/index.html",
            "/world/2024/05/31/vote/, world/index.html, 2024/05/31/vote/index.html",
            "/business/, world/2024/05/31/vote/index.html, ../../../../../business/index.html",
            "/theme/dateline.css, world/2024/05/31/vote/index.html, ../../../../../theme/dateline.css",
            "/world/page/2/#top, world/index.html, page/2/index.html#top",
            "/tags/?q=1, tags/harbour/index.html, ../index.html?q=1",
            "/world/story.html, world/other.html, story.html",
    })
    void sitePathsBecomeRelativeToThePagesFolder(String url, String page, String expected) {
        assertEquals(expected, links.relative(url, page));
    }

    @ParameterizedTest
    @CsvSource({"https://example.org/x/", "//cdn.example.org/x.js", "#main", "mailto:desk@example.org", "images/x.svg"})
    void otherLinksAreLeftAlone(String url) {
        assertEquals(url, links.relative(url, "world/index.html"));
    }

    @Test
    void aBasePathIsPartOfTheSite() {
        RelativeLinks under = new RelativeLinks("/paper");
        assertEquals("../index.html", under.relative("/paper/", "world/index.html"));
        assertEquals("/other/", under.relative("/other/", "world/index.html"));
    }

    @Test
    void rewritesEveryLinkingAttributeButTheCanonicalLink() {
        String html = "<!DOCTYPE html><html><head><link rel=\"canonical\" href=\"/world/\">"
                + "<link rel=\"stylesheet\" href=\"/theme/dateline.css\"></head><body>"
                + "<a href=\"/\">Home</a><img src=\"/images/a.svg\" srcset=\"/images/a.svg 1x, /images/a@2x.svg 2x\" alt=\"\">"
                + "</body></html>";
        Document page = Jsoup.parse(links.rewrite(html, "world/index.html"));
        assertEquals("/world/", page.expectFirst("link[rel=canonical]").attr("href"));
        assertEquals("../theme/dateline.css", page.expectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("../index.html", page.expectFirst("a").attr("href"));
        assertEquals("../images/a.svg", page.expectFirst("img").attr("src"));
        assertEquals("../images/a.svg 1x, ../images/a@2x.svg 2x", page.expectFirst("img").attr("srcset"));
    }
}
