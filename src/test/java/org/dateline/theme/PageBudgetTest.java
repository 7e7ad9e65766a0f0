package org.dateline.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.testing.RenderedSite;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme's weight: an article page and its stylesheets stay within 30 KB uncompressed (images
 * excluded), nothing needs JavaScript, and nothing loads from another host.
 */
class PageBudgetTest {

    static final long BUDGET = 30 * 1024;

    @TempDir
    static Path tmp;
    static RenderedSite site;
    static List<String> pages;

    @BeforeAll
    static void build() throws IOException {
        site = ThemeSite.build(tmp);
        try (Stream<Path> walk = Files.walk(site.output())) {
            pages = walk.filter(path -> path.toString().endsWith(".html"))
                    .map(path -> site.output().relativize(path).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void everyArticlePageWithItsStylesheetsWeighsAtMost30Kilobytes() throws IOException {
        List<String> over = new ArrayList<>();
        int articles = 0;
        for (String page : pages) {
            Document document = site.page(page);
            if (document.selectFirst("article.article") == null) {
                continue;
            }
            articles++;
            long bytes = Files.size(site.output().resolve(page));
            for (Element stylesheet : document.select("link[rel=stylesheet]")) {
                bytes += Files.size(site.output().resolve(page).resolveSibling(stylesheet.attr("href")).normalize());
            }
            if (bytes > BUDGET) {
                over.add(page + ": " + bytes + " bytes");
            }
        }
        assertTrue(articles >= 10, "only " + articles + " article pages");
        assertEquals(List.of(), over);
    }

    @Test
    void noPageHasScriptOrLoadsAnythingFromAnotherHost() {
        List<String> found = new ArrayList<>();
        for (String page : pages) {
            Document document = site.page(page);
            document.select("script:not([type=application/ld+json]), [onload], [onclick], noscript")
                    .forEach(element -> found.add(page + ": " + element.tagName()));
            for (Element resource : document.select("link[rel=stylesheet], link[rel=icon], link[rel=preload], img, iframe,"
                    + " video, audio, source, object, embed")) {
                for (String attribute : List.of("href", "src", "srcset")) {
                    String value = resource.attr(attribute).strip();
                    if (value.startsWith("http:") || value.startsWith("https:") || value.startsWith("//")
                            || value.contains(", http") || value.contains(", //")) {
                        found.add(page + ": " + resource.tagName() + " " + attribute + "=" + value);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
