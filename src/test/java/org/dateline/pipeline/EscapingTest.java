package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markup, ampersands and quotes in front matter and site.yaml reach the page as text, never as HTML. */
class EscapingTest {

    private static final String TITLE = "<script>alert(\"title\")</script> Fish & \"Chips\" 'R' Us";
    private static final String AUTHOR = "<script>alert(1)</script> O'Brien & \"Sons\"";
    private static final String DESCRIPTION = "<img src=x onerror=alert(1)> & \"quoted\" 'single'";
    private static final String SITE_TITLE = "Fish & <Chips> \"Gazette\"";

    @TempDir
    static Path tmp;

    static RenderedSite site;
    static Document article;
    static Document home;

    @BeforeAll
    static void build() {
        site = TestSites.build(TestSites.copy("escaping", tmp));
        article = site.page("world/2024/06/01/nasty/index.html");
        home = site.page("index.html");
    }

    @Test
    void theArticleShowsEveryFrontMatterValueAsText() {
        assertEquals(TITLE, article.expectFirst("article h1").text());
        assertEquals("By " + AUTHOR, article.expectFirst(".article__byline").text());
        assertEquals(DESCRIPTION, article.expectFirst(".article__standfirst").text());
        assertEquals("Source: AP & <Reuters> \"wire\"", article.expectFirst(".article__source").text());
        assertEquals("<script>alert(2)</script> ST. JOHN'S & \"CO\"", article.expectFirst(".article__location").text());
        assertEquals(List.of("<script>tag</script>", "R&D", "\"quoted\" 'tag'"), article.select(".article__tag").eachText());
        assertEquals("<b>caption</b> & more <i>credit</i>", article.expectFirst(".article__lead figcaption").text());
    }

    @Test
    void attributesKeepTheirValuesWhole() {
        assertEquals(DESCRIPTION, article.expectFirst("meta[name=description]").attr("content"));
        assertEquals("<alt> & \"q\" 'q'", article.expectFirst(".article__lead img").attr("alt"));
        assertEquals(TITLE + " | " + SITE_TITLE, article.title());
    }

    @Test
    void theSiteSettingsAreTextToo() {
        assertEquals(SITE_TITLE, home.title());
        assertEquals(SITE_TITLE, home.expectFirst(".masthead__title").text());
        assertEquals("Quotes ' \" & <tags> in the tagline", home.expectFirst(".masthead__tagline").text());
        assertEquals("\u00A9 " + SITE_TITLE, home.expectFirst(".site-footer p").text());
    }

    @Test
    void theFrontPageListsTheArticleAsText() {
        assertEquals(TITLE, home.expectFirst(".story__headline a").text());
        assertEquals(DESCRIPTION, home.expectFirst(".story__standfirst").text());
        assertTrue(home.expectFirst(".story__meta").text().startsWith("By " + AUTHOR + " \u00B7 "));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"world/2024/06/01/nasty/index.html", "index.html"})
    void noPageGainsAnElementFromTheData(String page) {
        Document document = site.page(page);
        assertEquals(List.of(), document.select("script").eachText(), "no <script> anywhere");
        assertEquals(0, document.select("[onerror], b, i, alt").size());
        for (Element image : document.select("img")) {
            assertEquals("/images/x.svg", image.attr("src"));
        }
    }
}
