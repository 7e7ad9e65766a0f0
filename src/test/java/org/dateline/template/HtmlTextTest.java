package org.dateline.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unbescape.html.HtmlEscape;

/** Autoescaping writes what Pebble's own {@code html} strategy wrote: only the five markup characters change. */
class HtmlTextTest {

    @TempDir
    Path site;

    @Test
    void escapesTheFiveMarkupCharactersOnly() {
        assertEquals("&lt;a href=&quot;/x?a=1&amp;b=2&quot;&gt;Tom&#39;s&lt;/a&gt;",
                HtmlText.escape("<a href=\"/x?a=1&b=2\">Tom's</a>"));
        assertEquals("\u201cQuoted\u201d \u00a0\u2014 \uD83D\uDE00 \uDE00 \t\n\u0001 =;`/",
                HtmlText.escape("\u201cQuoted\u201d \u00a0\u2014 \uD83D\uDE00 \uDE00 \t\n\u0001 =;`/"));
        assertEquals("&amp;amp;&amp;", HtmlText.escape("&amp;&"));
        assertEquals("", HtmlText.escape(""));
    }

    @Test
    void givesBackTheSameStringWhenNothingIsEscaped() {
        String plain = "Polls close in the capital \u2014 \u00e9t\u00e9";
        assertSame(plain, HtmlText.escape(plain));
    }

    @Test
    void autoescapedValuesAreWrittenThisWay() throws Exception {
        Path templates = site.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("t.peb"), "[{{ v }}|{{ v | raw }}|{{ v | escape }}]",
                StandardCharsets.UTF_8);
        assertEquals("[&lt;b&gt;Tom&#39;s &quot;A&amp;B&quot;&lt;/b&gt;|<b>Tom's \"A&B\"</b>"
                + "|&lt;b&gt;Tom&#39;s &quot;A&amp;B&quot;&lt;/b&gt;]",
                new TemplateEngine(templates).render("t.peb", Map.of("v", "<b>Tom's \"A&B\"</b>")));
    }

    /** The strategy it replaces, on random text of markup, ASCII, Latin-1, wide characters and lone surrogates. */
    @Test
    void agreesWithPebblesOwnStrategy() {
        char[] alphabet = "&<>\"' a;#=/\t\n\u0000\u007f\u00a0\u00e9\u2019\u2014\uD83D\uDE00\ufeff".toCharArray();
        Random random = new Random(8);
        for (int n = 0; n < 20_000; n++) {
            char[] text = new char[random.nextInt(12)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            assertEquals(HtmlEscape.escapeHtml4Xml(s), HtmlText.escape(s), s);
        }
    }
}
