package org.dateline.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkupTest {

    @Test
    void escapesMarkupAndBothQuotes() {
        assertEquals("&lt;b&gt; &amp; &quot;q&quot; &#39;s&#39; &amp;amp;", Markup.escape("<b> & \"q\" 's' &amp;"));
    }

    @Test
    void keepsACarriageReturnAndDropsWhatXmlForbids() {
        assertEquals("a\tb\nc&#13;d\uD83D\uDCF0e\u2028\u00a0\uFFFD",
                Markup.escape("a\tb\nc\rd\uD83D\uDCF0e\u0000\u0008\uFFFE\uD800\u2028\u00a0\uDC00\uFFFD\uFFFF"));
    }

    @Test
    void plainTextComesBackAsItIs() {
        String text = "Floods in the north — 12 dead, “many” missing";
        assertSame(text, Markup.escape(text));
        assertEquals("", Markup.escape(""));
    }

    @Test
    void anHtmlParserReadsBackTheTextInContentAndInAnAttribute() {
        String hostile = "\"><script>alert(1)</script><a title='x' onclick=\"y\">&amp;";
        Element p = Jsoup.parseBodyFragment("<p title=\"" + Markup.escape(hostile) + "\">" + Markup.escape(hostile)
                + "</p>").body().child(0);
        assertEquals(hostile, p.text());
        assertEquals(hostile, p.attr("title"));
        assertEquals(0, p.children().size());
    }
}
