package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.testing.LinkChecker;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code listings}, {@code feed_formats} and {@code feed_listings}: a site makes only what they name. */
class OutputChoicesTest {

    private static RenderedSite build(Path tmp, String extraYaml) throws Exception {
        Path site = TestSites.copy("newsroom", tmp);
        Path yaml = site.resolve("site.yaml");
        Files.writeString(yaml, Files.readString(yaml) + extraYaml);
        return TestSites.build(site);
    }

    @Test
    void theSameWorkAsHugoMakesNoAuthorArchiveOrGroupFeedFiles(@TempDir Path tmp) throws Exception {
        RenderedSite built = build(tmp, "listings: [front, section, tag]\nfeed_formats: [rss]\nfeed_listings: [front]\n");
        List<String> files = built.files();
        assertEquals(List.of(), files.stream().filter(f -> f.startsWith("authors/") || f.startsWith("2024/")
                || f.endsWith("atom.xml") || f.endsWith("feed.json")).toList());
        assertEquals(List.of("feed.xml"), files.stream().filter(f -> f.endsWith("feed.xml")).toList());
        assertTrue(files.contains("tags/index.html"));
        assertTrue(files.contains("world/index.html"));

        Document article = built.page("world/2024/06/10/harbour-vote/index.html");
        assertEquals(List.of("https://news.example.test/paper/feed.xml"), article.select("link[rel=alternate]").eachAttr("href"));
        assertEquals(List.of(), article.select(".byline a").eachAttr("href"));
        assertEquals(List.of(), article.select(".site-footer a").eachText().stream()
                .filter(text -> text.equals("Authors") || text.startsWith("20")).toList());
        assertEquals(List.of(), new LinkChecker(built.output(), "https://news.example.test/paper/").danglingLinks());
    }

    @Test
    void withoutSectionPagesTheNavigationIsEmptyAndSectionNamesAreNotLinks(@TempDir Path tmp) throws Exception {
        RenderedSite built = build(tmp, "listings: [front]\n");
        Document article = built.page("world/2024/06/10/harbour-vote/index.html");
        assertEquals(0, article.select(".site-nav").size());
        assertEquals(0, article.select(".article__section a").size());
        assertEquals("World news", article.expectFirst(".article__section").text());
        assertTrue(built.files().contains("world/feed.xml"));
        assertEquals(List.of(), new LinkChecker(built.output(), "https://news.example.test/paper/").danglingLinks());
    }

    @Test
    void byDefaultTagAndAuthorFeedsCarrySummariesAndTheSiteFeedCarriesBodies(@TempDir Path tmp) throws Exception {
        RenderedSite built = build(tmp, "");
        assertTrue(built.text("feed.xml").contains("<content:encoded>"));
        assertTrue(built.text("world/feed.xml").contains("<content:encoded>"));
        String tagFeed = built.files().stream().filter(f -> f.startsWith("tags/") && f.endsWith("/feed.xml"))
                .findFirst().orElseThrow();
        assertTrue(!built.text(tagFeed).contains("<content:encoded>"), tagFeed);
        String authorFeed = built.files().stream().filter(f -> f.startsWith("authors/") && f.endsWith("/feed.xml"))
                .findFirst().orElseThrow();
        assertTrue(!built.text(authorFeed).contains("<content:encoded>"), authorFeed);
    }
}
