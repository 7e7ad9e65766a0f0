package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Front matter is data, never markup or template code: every value is escaped by Pebble's
 * autoescaping, and {@code {{ }}} / {@code {% %}} in it come out as written, not evaluated.
 */
class TemplateEscapingTest {

    private static final String HOSTILE = "</title><script>alert(1)</script> \"Q\" & 'A' {{ site.title }}"
            + " {% if true %}evaluated{% endif %}";

    @TempDir
    Path tmp;

    @Test
    void hostileFrontMatterAppearsLiterallyEverywhere() {
        Path site = TestSites.empty(tmp, "title: Gazette\n");
        String value = "'" + HOSTILE.replace("'", "''") + "'";
        TestSites.write(site, "content/world/a.md", "---\ntitle: " + value + "\ndate: 2024-05-01T10:00:00Z\n"
                + "description: " + value + "\nauthor: [" + value + "]\nsource: " + value + "\nlocation: " + value
                + "\ntags: [" + value + "]\nimage: /x.png\nimage_alt: " + value + "\nimage_caption: " + value
                + "\nimage_credit: " + value + "\n---\nBody.\n");
        RenderedSite built = TestSites.build(site);
        Document page = built.page("world/2024/05/01/a/index.html");

        assertEquals(HOSTILE, page.expectFirst("h1").text());
        assertEquals(HOSTILE + " | Gazette", page.title());
        assertEquals(HOSTILE, page.expectFirst("meta[name=description]").attr("content"));
        assertEquals(HOSTILE, page.expectFirst(".article__standfirst").text());
        assertEquals("By " + HOSTILE, page.expectFirst(".article__byline").text());
        assertEquals("Source: " + HOSTILE, page.expectFirst(".article__source").text());
        assertEquals(HOSTILE, page.expectFirst(".article__location").text());
        assertEquals(List.of(HOSTILE), page.select(".article__tag").eachText());
        assertEquals(HOSTILE, page.expectFirst(".article__lead img").attr("alt"));
        for (Element script : page.select("script")) {
            assertEquals("application/ld+json", script.attr("type"), "a script element came from front matter");
        }
        String html = built.text("world/2024/05/01/a/index.html");
        // evaluated, this would read "Gazette evaluated"
        assertTrue(html.contains("{{ site.title }} {% if true %}evaluated{% endif %}"), "template code ran");
        assertFalse(html.contains("<script>alert(1)"));
        assertTrue(built.page("index.html").select("script:not([type=application/ld+json])").isEmpty());
        assertEquals(HOSTILE, built.page("index.html").expectFirst(".story__headline").text());
    }
}
