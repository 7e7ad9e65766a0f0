package org.dateline.syndicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.testing.XmlDocs;
import org.junit.jupiter.api.Test;

/** The XML builder of feeds and sitemaps; the escaping itself is {@code markup.MarkupTest}'s. */
class XmlTest {

    @Test
    void whateverTheTextTheDocumentIsWellFormed() {
        String nasty = "]]> <![CDATA[ \u0001 & </title> \uDC00 \"";
        String xml = new Xml().open("feed", "title", nasty).element("title", nasty).close("feed").toString();
        assertEquals("]]> <![CDATA[  & </title>  \"", XmlDocs.parse(xml).getDocumentElement().getTextContent().strip());
        assertEquals("]]> <![CDATA[  & </title>  \"", XmlDocs.parse(xml).getDocumentElement().getAttribute("title"));
    }

    @Test
    void escapesTextAndAttributes() {
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed title=\"&quot;a&quot; &amp; &#39;b&#39;\">\n<title>&lt;b&gt; &#13;</title>\n</feed>\n",
                new Xml().open("feed", "title", "\"a\" & 'b'").element("title", "<b> \r").close("feed").toString());
    }
}
