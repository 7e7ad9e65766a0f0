package org.dateline.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Checks shared by the fixture sites of migrated Hugo, Jekyll and Eleventy content. */
public final class MigrationChecks {

    private static final List<String> SYNTAX = List.of("{{<", "{{%", "{%", "{{ ", "%}}", ">}}", "dateline-ref");

    private MigrationChecks() {
    }

    /**
     * Every place a shortcode, Liquid tag or unresolved link marker shows through: in the text and
     * attributes of every HTML page, in the text of every XML file and of the HTML inside it, and
     * in every JSON file with its escapes undone.
     */
    public static List<String> rawSyntax(RenderedSite site) {
        List<String> found = new ArrayList<>();
        for (String path : site.files()) {
            String text = site.text(path);
            List<String> readable = new ArrayList<>();
            if (path.endsWith(".html")) {
                Document page = Jsoup.parse(text);
                readable.add(page.text());
                for (Element element : page.getAllElements()) {
                    element.attributes().forEach(a -> readable.add(a.getValue()));
                    if (element.tagName().equals("script")) {
                        readable.add(element.data());
                    }
                }
            } else if (path.endsWith(".xml")) {
                Document xml = Jsoup.parse(text, "", Parser.xmlParser());
                for (Element element : xml.getAllElements()) {
                    readable.add(element.ownText());
                    readable.add(Jsoup.parse(element.ownText()).text());
                    element.attributes().forEach(a -> readable.add(a.getValue()));
                }
            } else if (path.endsWith(".json")) {
                readable.add(text.replace("\\u003c", "<").replace("\\u003e", ">").replace("\\/", "/")
                        .replace("\\u0026", "&"));
            } else {
                readable.add(text);
            }
            for (String value : readable) {
                SYNTAX.stream().filter(value::contains).forEach(s -> found.add(path + ": " + s + " in \"" + value
                        .substring(Math.max(0, value.indexOf(s) - 40), Math.min(value.length(), value.indexOf(s) + 40))
                        + "\""));
            }
        }
        return found;
    }

    /** Asserts that the old URL's redirect page sends readers and search engines to {@code articlePath}. */
    public static void assertRedirects(RenderedSite site, String oldFile, String articlePath, String canonical) {
        Document redirect = site.page(oldFile);
        String refresh = redirect.expectFirst("meta[http-equiv=refresh]").attr("content");
        assertEquals("0; url=" + articlePath, refresh);
        assertEquals(canonical, redirect.expectFirst("link[rel=canonical]").attr("href"));
        assertEquals(articlePath, redirect.expectFirst("body a").attr("href"));
        String target = articlePath.endsWith("/") ? articlePath.substring(1) + "index.html" : articlePath.substring(1);
        site.page(target); // the page it leads to exists
    }
}
