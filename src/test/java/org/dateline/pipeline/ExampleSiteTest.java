package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.diag.Reporter;
import org.dateline.testing.LinkChecker;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.JsonDocs;
import org.dateline.testing.TestSites;
import org.dateline.testing.XmlDocs;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled example site (site.yaml, content/, data/ and static/ of this repository), built as a
 * reader gets it: every link on every page leads somewhere, every page can be reached from the front
 * page, and two builds give the same bytes. Its expectations come from the input (the count of articles
 * from content/), never from the example's wording: what articles say is tested on fixtures under
 * src/test/resources/sites/.
 */
class ExampleSiteTest {

    private static final Path REPOSITORY = Path.of("").toAbsolutePath();
    private static final String BASE_URL = "https://courier.example.org/";

    @TempDir
    static Path tmp;

    static RenderedSite site;

    @BeforeAll
    static void build() {
        site = build(tmp.resolve("first"), 2);
    }

    private static RenderedSite build(Path output, int threads) {
        // a cache of the test's own: the repository's .dateline-cache is mvn package's, whose jar is other code
        BuildRequest request = new BuildRequest(REPOSITORY, output, false, false, Optional.empty(), TestSites.CLOCK,
                Optional.of(tmp.resolve("cache")));
        return new RenderedSite(output, new BuildPipeline(Reporter.silent(), threads).build(request));
    }

    @Test
    void everyInternalLinkOnEveryPageResolvesToAFileAndFragment() {
        LinkChecker links = new LinkChecker(site.output(), BASE_URL);
        assertEquals(List.of(), links.danglingLinks());
        assertTrue(links.checked() > site.files().size(), "the walk checked only " + links.checked() + " links");
    }

    @Test
    void aReaderReachesEveryPageButTheExpiredOnesFromTheFrontPage() {
        Set<String> pages = new TreeSet<>(site.files().stream().filter(f -> f.endsWith(".html")).toList());
        pages.remove("404.html");
        pages.remove("business/2024/05/28/housing-starts-slow/index.html");
        Set<String> reachable = new LinkChecker(site.output(), BASE_URL).reachableFrom("index.html");
        pages.removeAll(reachable);
        assertEquals(Set.of(), pages);
        assertTrue(reachable.containsAll(List.of("world/index.html", "authors/index.html",
                "authors/zoe-angstrom/index.html", "tags/index.html", "tags/harbour/index.html", "2024/index.html",
                "2024/06/index.html", "page/2/index.html")));
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdenticalWhateverTheThreadCount() throws IOException {
        RenderedSite second = build(tmp.resolve("second"), 5);
        assertEquals(site.files(), second.files());
        for (String file : site.files()) {
            assertArrayEquals(Files.readAllBytes(site.output().resolve(file)),
                    Files.readAllBytes(second.output().resolve(file)), file);
        }
    }

    @Test
    void everyFeedOpensInAFeedReaderAndTheSitemapValidates() throws Exception {
        List<String> xmlFeeds = site.files().stream().filter(f -> f.endsWith("feed.xml") || f.endsWith("atom.xml")).toList();
        for (String feed : xmlFeeds) {
            com.rometools.rome.feed.WireFeed parsed = new com.rometools.rome.io.WireFeedInput()
                    .build(new java.io.StringReader(site.text(feed)));
            assertTrue(parsed.getFeedType().startsWith(feed.endsWith("atom.xml") ? "atom_1.0" : "rss_2.0"), feed);
        }
        List<String> jsonFeeds = site.files().stream().filter(f -> f.endsWith("feed.json")).toList();
        for (String feed : jsonFeeds) {
            Map<String, Object> json = JsonDocs.object(site.text(feed));
            assertEquals("https://jsonfeed.org/version/1.1", json.get("version"), feed);
            assertTrue(!JsonDocs.list(json.get("items")).isEmpty(), feed);
        }
        assertTrue(xmlFeeds.size() > 20 && jsonFeeds.size() == xmlFeeds.size() / 2,
                xmlFeeds.size() + " XML and " + jsonFeeds.size() + " JSON feeds");
        XmlDocs.validate(site.text("sitemap.xml"), "/xsd/sitemap.xsd");
    }

    @Test
    void everyArticlePageCarriesNewsArticleDataAndSocialCards() {
        List<String> articles = site.files().stream().filter(f -> f.matches("[a-z]+/\\d{4}/\\d{2}/\\d{2}/[^/]+/index\\.html"))
                .toList();
        assertEquals(publishedArticles(), articles.size(), articles.toString());
        for (String path : articles) {
            Document page = site.page(path);
            Map<String, Object> json = JsonDocs.object(page.expectFirst("script[type=application/ld+json]").data());
            Map<String, Object> news = JsonDocs.list(json.get("@graph")).stream().map(JsonDocs::map)
                    .filter(item -> "NewsArticle".equals(item.get("@type"))).findFirst().orElseThrow();
            assertEquals(page.expectFirst("h1").text(), news.get("headline"), path);
            assertEquals(page.expectFirst(".article__published").attr("datetime"), news.get("datePublished"), path);
            assertEquals("article", page.expectFirst("meta[property=og:type]").attr("content"), path);
            assertEquals(BASE_URL + path.replace("index.html", ""), page.expectFirst("meta[property=og:url]").attr("content"));
        }
    }

    /** The example's articles that are not drafts, counted from content/ itself: editing the example never breaks this test. */
    private static long publishedArticles() {
        try (var files = Files.walk(REPOSITORY.resolve("content"))) {
            return files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().startsWith("_"))
                    .filter(f -> {
                        try {
                            return !Files.readString(f, java.nio.charset.StandardCharsets.UTF_8).contains("\ndraft: true");
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
