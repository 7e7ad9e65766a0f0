package org.dateline.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** WordPress content to HTML, JSON-LD reading and the HTML-to-Markdown step, case by case. */
class WordPressMarkupTest {

    private final WordPressMarkup markup = new WordPressMarkup();

    private String html(String content) {
        return markup.convert(content).html();
    }

    @Test
    void removesBlockCommentsAndMakesParagraphsOfBlankLineSeparatedText() {
        assertEquals("<p>One<br>\nline</p>\n<p>Two</p>", html("<!-- wp:paragraph {\"x\":1} -->One\nline<!-- /wp:paragraph -->\n\nTwo"));
        assertEquals("<h2>Head</h2>\n<p>Text</p>", html("<h2>Head</h2>\n\nText"));
    }

    @Test
    void turnsCaptionsIntoFiguresEvenWithTheCaptionInAnAttribute() {
        assertEquals("<figure><img src=\"a.jpg\" alt=\"A\"><figcaption>Dusk.</figcaption></figure>",
                html("[caption id=\"x\" width=\"8\"]<img src=\"a.jpg\" alt=\"A\"> Dusk.[/caption]"));
        assertEquals("<figure><img src=\"a.jpg\"><figcaption>Old style</figcaption></figure>",
                html("[caption caption=\"Old style\"]<img src=\"a.jpg\">[/caption]"));
    }

    @Test
    void turnsEveryFormOfYouTubeIntoAPrivacyEnhancedEmbedAndOtherEmbedsIntoLinks() {
        String iframe = "<iframe src=\"https://www.youtube-nocookie.com/embed/abcdef123\" title=\"YouTube video\"></iframe>";
        assertEquals(iframe, html("[embed]https://youtu.be/abcdef123[/embed]"));
        assertEquals(iframe, html("[youtube https://www.youtube.com/watch?v=abcdef123&t=1]"));
        assertEquals(iframe, html("[youtube=https://www.youtube.com/watch?v=abcdef123]"));
        assertEquals("<p>Watch:</p>\n" + iframe, html("Watch:\n\nhttps://www.youtube.com/shorts/abcdef123\n"));
        assertEquals("<p><a href=\"https://vimeo.com/1\">https://vimeo.com/1</a></p>", html("[embed]https://vimeo.com/1[/embed]"));
    }

    @Test
    void namesTheShortcodesItLeavesAsText() {
        WordPressMarkup.Result result = markup.convert("[gallery ids=\"1\"] and [contact-form to=x][/contact-form]");
        assertEquals(Set.of("gallery", "contact-form"), result.unknownShortcodes());
        assertEquals("<p>[gallery ids=\"1\"] and [contact-form to=x][/contact-form]</p>", result.html());
    }

    @Test
    void readsTheArticleOfAJsonLdGraphAndNothingFromBrokenJson() {
        Optional<Map<String, Object>> article = JsonLd.article("[{\"@type\":\"WebPage\"},{\"@graph\":[{\"@type\":"
                + "[\"NewsArticle\"],\"headline\":\"H\\u00e9\",\"author\":{\"name\":\"A\"}}]}]");
        assertEquals("Hé", article.orElseThrow().get("headline"));
        assertEquals(java.util.List.of("A"), JsonLd.texts(article.get().get("author")));
        assertEquals(Optional.empty(), JsonLd.article("{\"@type\": \"NewsArticle\", \"headline\": "));
        assertEquals(Optional.empty(), JsonLd.article("[".repeat(100_000)));
        assertEquals(Optional.empty(), JsonLd.article("{\"a\": \"\\uZZZZ\"}"));
    }

    @Test
    void textThatLooksLikeAPlaceholderStaysText() {
        String markdown = new HtmlToMarkdown().convert(Jsoup.parseBodyFragment(
                "<p>DatelineImportBlock7x and DatelineImportBlock99999999x</p><figure><img src=\"a.jpg\" alt=\"A\">"
                        + "<figcaption>Cap</figcaption></figure>").body());
        assertEquals("DatelineImportBlock7x and DatelineImportBlock99999999x\n\n![A](a.jpg \"Cap\")\n", markdown);
    }
}
