package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles, sections, authors and tags in Devanagari, Tamil, Thai, Arabic, Hebrew, CJK, Greek and
 * emoji keep every letter and sign in their URLs, and the URLs are percent-encoded where a URI is
 * required (sitemaps, feeds).
 */
class ScriptsSiteTest {

    @TempDir
    static Path tmp;

    private static RenderedSite site;

    @BeforeAll
    static void build() {
        site = TestSites.build(TestSites.copy("scripts", tmp));
    }

    @Test
    void articlesInEveryScriptAreAtTheirFullSlug() {
        Document hindi = site.page("समाचार/2024/04/23/हिन्दी-समाचार-आज/index.html");
        assertEquals("हिन्दी समाचार आज", hindi.expectFirst("article h1").text());
        assertEquals("ข่าวไทย วันนี้", site.page("ข่าว/2024/04/22/ข่าวไทย-วันนี้/index.html")
                .expectFirst("article h1").text());
        assertEquals("أخبار العالم", site.page("العالم/2024/04/21/أخبار-العالم/index.html")
                .expectFirst("article h1").text());
        assertEquals("🗳️ Election night in Zoë's town", site.page("world/2024/04/21/emoji/index.html")
                .expectFirst("article h1").text());
    }

    @Test
    void sectionsAuthorsAndTagsKeepTheirVowelSignsAndMarks() {
        List<String> files = site.files();
        for (String page : List.of("समाचार/index.html", "ข่าว/index.html", "العالم/index.html",
                "authors/प्रिया-शर्मा/index.html", "authors/สมชาย-ใจดี/index.html", "authors/محمد-علي/index.html",
                "authors/zoe-angstrom/index.html", "tags/चुनाव/index.html", "tags/தமிழ்-செய்திகள்/index.html",
                "tags/東京/index.html", "tags/חֲדָשׁוֹת/index.html", "tags/การเลือกตั้ง/index.html",
                "tags/party/index.html", "tags/ελλαδα/index.html")) {
            assertTrue(files.contains(page), page + " in " + files);
        }
        assertEquals("தமிழ் செய்திகள்", site.page("tags/தமிழ்-செய்திகள்/index.html").expectFirst("h1").text());
        assertEquals(List.of("/tags/चुनाव/", "/tags/தமிழ்-செய்திகள்/", "/tags/東京/"),
                site.page("समाचार/2024/04/23/हिन्दी-समाचार-आज/index.html").select("article a[href^=/tags/]")
                        .eachAttr("href"));
    }

    @Test
    void sitemapUrlsArePercentEncoded() {
        Document sitemap = org.jsoup.Jsoup.parse(site.text("sitemap.xml"), "", org.jsoup.parser.Parser.xmlParser());
        assertTrue(sitemap.select("loc").eachText().contains("https://scripts.example.test/%E0%A4%B8%E0%A4%AE%E0%A4%BE"
                + "%E0%A4%9A%E0%A4%BE%E0%A4%B0/2024/04/23/%E0%A4%B9%E0%A4%BF%E0%A4%A8%E0%A5%8D%E0%A4%A6%E0%A5%80-%E0%A4"
                + "%B8%E0%A4%AE%E0%A4%BE%E0%A4%9A%E0%A4%BE%E0%A4%B0-%E0%A4%86%E0%A4%9C/"), sitemap.select("loc").eachText()
                .toString());
    }
}
