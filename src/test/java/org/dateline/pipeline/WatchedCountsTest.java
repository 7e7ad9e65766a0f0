package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.diag.Reporter;
import org.dateline.testing.FileTree;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive's counts are in every page's navigation, and the bundled theme prints them on archive pages
 * only: an added article re-renders the pages that show it or a count, not every page, and a theme
 * that prints the counts everywhere has every page re-rendered. Each build, from a fresh engine as the
 * command line runs it, writes a cold build's bytes.
 */
class WatchedCountsTest {

    /** A June article of a section that has one, by no author and with no tags. */
    private static final String ADDED = "---\ntitle: Algae bloom in the bay\ndate: 2024-06-09T10:00:00+03:00\n"
            + "---\nThe water turned green overnight.\n";

    @TempDir
    Path tmp;

    @Test
    void anAddedArticleRendersThePagesShowingItOrACountAndNoOther() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site);
        TestSites.write(site, "content/science/algae.md", ADDED);
        // the article, the lists showing it, the archive pages (their months' counts), the pages whose "latest"
        // box it enters (404, the related boxes of three untagged-alike stories): each of them changes; and the
        // authors' directory, unchanged: it reads its authors' counts, so it depends on every count its context
        // holds, the year's in the navigation among them
        assertEquals(List.of(
                "2024/04/index.html", "2024/05/index.html", "2024/06/index.html", "2024/index.html",
                "404.html", "atom.xml", "authors/index.html",
                "culture/2024/06/08/festival/index.html",
                "feed.json", "feed.xml", "index.html",
                "science/2024/04/02/tides/index.html",
                "science/2024/06/09/algae/index.html",
                "science/atom.xml", "science/feed.json", "science/feed.xml", "science/index.html",
                "sitemap.xml",
                "world/2024/05/20/council-budget/index.html", "world/2024/06/05/ferry-talks/index.html"), build(site));
        assertEquals(coldBuild(site), FileTree.snapshot(tmp.resolve("out")));
    }

    @Test
    void anAddedArticleOfAnAuthorLeavesThePagesOfTheAuthorsOtherArticlesAlone() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site);
        TestSites.write(site, "content/science/algae.md", ADDED.replace("---\nThe water", "author: Selin Atay\n---\nThe water"));
        List<String> rendered = build(site);
        assertTrue(rendered.containsAll(List.of("authors/index.html", "authors/selin-atay/index.html",
                "authors/selin-atay/atom.xml")), "the directory shows her count, her page and feed the article");
        assertFalse(rendered.contains("world/2024/06/10/harbour-vote/index.html"),
                "her harbour story's view holds her count, which its page does not show: " + rendered);
        assertEquals(coldBuild(site), FileTree.snapshot(tmp.resolve("out")));
    }

    @Test
    void aThemePrintingTheCountsInEveryPageHasEveryPageRenderedAgain() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        String base;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(
                "org/dateline/theme/templates/base.peb")) {
            base = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String years = "{% for item in site.archives %}\n<li><a href=\"{{ item.url }}\">{{ item.name }}</a>";
        assertTrue(base.contains(years), "the bundled base.peb lists the years in its footer");
        String counted = base.replace(years, years + " ({{ item[\"count\"] }})");
        TestSites.write(site, "templates/base.peb", counted);
        build(site);
        TestSites.write(site, "content/science/algae.md", ADDED);
        List<String> rendered = build(site);
        List<String> pages;
        try (Stream<Path> files = Files.walk(tmp.resolve("out"))) {
            pages = files.map(file -> tmp.resolve("out").relativize(file).toString().replace('\\', '/'))
                    .filter(path -> path.endsWith(".html") && !path.equals("404.html")).sorted().toList();
        }
        assertEquals(pages, rendered.stream().filter(path -> path.endsWith(".html") && !path.equals("404.html"))
                .toList(), "every page's footer now says 2024 (6)");
        assertTrue(Files.readString(tmp.resolve("out/world/index.html")).contains("2024</a> (6)"));
        assertEquals(coldBuild(site), FileTree.snapshot(tmp.resolve("out")));
    }

    /** Builds {@code site} with its cache into {@code out}; the pages rendered rather than reused. */
    private List<String> build(Path site) {
        try (Engine engine = new Engine(new BuildRequest(site, tmp.resolve("out"), false, false, Optional.empty(),
                TestSites.CLOCK, Optional.of(tmp.resolve("cache"))), Reporter.silent(), 2)) {
            engine.build();
            return engine.lastRendered();
        }
    }

    private Map<String, String> coldBuild(Path site) {
        Path cold = tmp.resolve("cold");
        try (Engine engine = new Engine(new BuildRequest(site, cold, false, false, Optional.empty(), TestSites.CLOCK,
                Optional.empty()), Reporter.silent(), 2)) {
            engine.build();
        }
        return FileTree.snapshot(cold);
    }
}
