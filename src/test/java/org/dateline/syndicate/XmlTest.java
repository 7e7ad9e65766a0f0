package org.dateline.syndicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.testing.XmlDocs;
import org.junit.jupiter.api.Test;

class XmlTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertEquals("&lt;b&gt; &amp; &quot;q&quot; &apos;s&apos;", Xml.escape("<b> & \"q\" 's'"));
    }

    @Test
    void dropsCharactersXmlForbidsAndKeepsTheRest() {
        assertEquals("a\tb\nc&#13;d\uD83D\uDCF0e\u2028", Xml.escape("a\tb\nc\rd\uD83D\uDCF0e\u0000\u0008\uFFFE\uD800\u2028"));
    }

    @Test
    void whateverTheTextTheDocumentIsWellFormed() {
        String nasty = "]]> <![CDATA[ \u0001 & </title> \uDC00 \"";
        String xml = new Xml().open("feed", "title", nasty).element("title", nasty).close("feed").toString();
        assertEquals("]]> <![CDATA[  & </title>  \"", XmlDocs.parse(xml).getDocumentElement().getTextContent().strip());
        assertEquals("]]> <![CDATA[  & </title>  \"", XmlDocs.parse(xml).getDocumentElement().getAttribute("title"));
    }
}
