package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With {@code relative_urls: true} the output can be browsed from disk: every link is a file path that exists. */
class RelativeUrlsTest {

    @TempDir
    Path tmp;

    @Test
    void everyLinkOfEveryPageOpensAFileFromDisk() throws Exception {
        Path site = TestSites.copy("wire-story", tmp);
        TestSites.write(site, "site.yaml", Files.readString(site.resolve("site.yaml")) + "relative_urls: true\n");
        RenderedSite built = TestSites.build(site);
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (String page : built.files().stream().filter(f -> f.endsWith(".html") && !f.equals("404.html")).toList()) {
            Path file = built.output().resolve(page);
            Document document = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element element : document.select("a[href], link[href]:not([rel=canonical]), img[src], script[src]")) {
                String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                if (url.startsWith("http") || url.startsWith("#") || url.startsWith("mailto:")) {
                    continue;
                }
                checked++;
                String path = url.replaceAll("[#?].*$", "");
                if (url.startsWith("/") || !Files.isRegularFile(file.getParent().resolve(path).normalize())) {
                    broken.add(page + ": " + url);
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 50, "links checked: " + checked);
    }

    @Test
    void theNotFoundPageKeepsSiteAbsoluteLinksBecauseServersShowItAtAnyPath() throws Exception {
        Path site = TestSites.copy("wire-story", tmp);
        TestSites.write(site, "site.yaml", Files.readString(site.resolve("site.yaml")) + "relative_urls: true\n");
        Document notFound = TestSites.build(site).page("404.html");
        assertEquals("/theme/dateline.css", notFound.expectFirst("link[rel=stylesheet]").attr("href"));
    }
}
