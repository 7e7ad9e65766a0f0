package org.dateline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AbsoluteLinksTest {

    static final String PAGE = "https://news.example.test/world/x/";

    @Test
    void linksAndSourcesBecomeAbsolute() {
        String html = "<p><a href=\"/a/\">a</a> <a href=\"b.html\">b</a> <a href=\"#fn-1\">1</a>"
                + " <a href=\"https://other.test/\">o</a> <img src=\"../img/c.jpg\" alt=\"\"></p>";
        Document rewritten = Jsoup.parseBodyFragment(AbsoluteLinks.rewrite(html, PAGE));
        assertEquals(List.of("https://news.example.test/a/", PAGE + "b.html", PAGE + "#fn-1", "https://other.test/"),
                rewritten.select("a").eachAttr("href"));
        assertEquals("https://news.example.test/world/img/c.jpg", rewritten.expectFirst("img").attr("src"));
        assertEquals("a b 1 o", rewritten.text());
    }

    @Test
    void everySrcsetCandidateBecomesAbsolute() {
        String html = "<img src=\"/img/c.jpg\" alt=\"\" srcset=\"/img/c-480w.jpg 480w,../d.jpg 960w, https://cdn.test/e.jpg\">";
        assertEquals("https://news.example.test/img/c-480w.jpg 480w, https://news.example.test/world/d.jpg 960w,"
                + " https://cdn.test/e.jpg", Jsoup.parseBodyFragment(AbsoluteLinks.rewrite(html, PAGE))
                .expectFirst("img").attr("srcset"));
    }

    @Test
    void withoutAnAbsolutePageUrlTheBodyIsUnchanged() {
        String html = "<p><a href=\"b.html\">b</a></p>";
        assertEquals(html, AbsoluteLinks.rewrite(html, "/world/x/"));
    }
}
