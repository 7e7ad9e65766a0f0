package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.diag.Problem;
import org.dateline.diag.Reporter;
import org.dateline.testing.JsonDocs;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.dateline.testing.XmlDocs;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site without a base URL: one warning, root-relative links, no sitemaps; and --base-url for previews. */
class NoBaseUrlTest {

    static final String VOTE = "world/2024/07/01/harbour-vote/";

    @TempDir
    static Path tmp;

    static RenderedSite site;

    @BeforeAll
    static void build() throws Exception {
        Path copy = TestSites.copy("distribution", tmp);
        String yaml = Files.readString(copy.resolve("site.yaml"), StandardCharsets.UTF_8);
        TestSites.write(copy, "site.yaml", yaml.replace("base_url: https://news.example.test/\n", "")
                .replace("  url: https://news.example.test/\n", ""));
        site = TestSites.build(copy);
    }

    @Test
    void theBuildWarnsOnceAndSaysWhatToDo() {
        List<String> warnings = site.result().warnings().stream().map(Problem::format)
                .filter(w -> w.contains("base_url")).toList();
        assertEquals(List.of("warning: site.yaml: no `base_url`, so links are root-relative: feeds are built with"
                + " relative links, and sitemap.xml, news-sitemap.xml and the social cards' URLs are left out (hint: set"
                + " `base_url: https://news.example.com/` in site.yaml, or build with --base-url URL)"), warnings);
    }

    @Test
    void sitemapsAreLeftOut() {
        assertFalse(site.files().contains("sitemap.xml"));
        assertFalse(site.files().contains("news-sitemap.xml"));
    }

    @Test
    void pagesLinkRootRelativeAndLeaveOutTagsThatNeedAbsoluteUrls() {
        Document page = site.page(VOTE + "index.html");
        assertEquals("/" + VOTE, page.expectFirst("head link[rel=canonical]").attr("href"));
        assertEquals(List.of("/feed.xml", "/atom.xml", "/feed.json"), page.select("head link[rel=alternate]").eachAttr("href"));
        for (String property : List.of("og:url", "og:image", "og:image:alt", "article:author")) {
            assertTrue(page.select("head meta[property=" + property + "]").isEmpty(), property);
        }
        assertEquals("summary", page.expectFirst("head meta[name=twitter:card]").attr("content"));
        assertEquals("article", page.expectFirst("head meta[property=og:type]").attr("content"));
    }

    @Test
    void feedsAreStillBuiltWithRootRelativeLinks() throws Exception {
        Channel channel = (Channel) new WireFeedInput().build(new StringReader(site.text("feed.xml")));
        assertEquals("/", channel.getLink());
        Item item = channel.getItems().get(0);
        assertEquals("/" + VOTE, item.getLink());
        assertFalse(item.getGuid().isPermaLink());
        assertTrue(item.getContent().getValue().contains("href=\"/images/plan.svg\""));
        List<String> ids = XmlDocs.texts(XmlDocs.parse(site.text("atom.xml")), "http://www.w3.org/2005/Atom", "id");
        assertTrue(ids.stream().allMatch(id -> id.matches("urn:uuid:[0-9a-f-]{36}")), ids.toString());
        assertEquals(ids.size(), ids.stream().distinct().count());
        Map<String, Object> json = JsonDocs.object(site.text("feed.json"));
        assertEquals("/feed.json", json.get("feed_url"));
        assertEquals("/" + VOTE, JsonDocs.map(JsonDocs.list(json.get("items")).get(0)).get("url"));
    }

    @Test
    void theBaseUrlOptionOverridesSiteYamlForPreviews(@TempDir Path other) {
        Path copy = TestSites.copy("distribution", other);
        BuildRequest request = new BuildRequest(copy, copy.resolveSibling("out"), false, false,
                Optional.of("https://preview.example.test/pr-42/"), TestSites.CLOCK);
        BuildResult result = new BuildPipeline(Reporter.silent(), 2).build(request);
        RenderedSite preview = new RenderedSite(request.output(), result);
        String vote = "https://preview.example.test/pr-42/" + VOTE;
        assertEquals(vote, preview.page(VOTE + "index.html").expectFirst("head meta[property=og:url]").attr("content"));
        assertTrue(XmlDocs.texts(XmlDocs.parse(preview.text("sitemap.xml")), "http://www.sitemaps.org/schemas/sitemap/0.9", "loc")
                .contains(vote));
        assertEquals("https://preview.example.test/pr-42/feed.json", JsonDocs.object(preview.text("feed.json")).get("feed_url"));
        assertTrue(result.warnings().stream().noneMatch(w -> w.message().contains("base_url")));
    }
}
