package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.diag.Problem;
import org.dateline.diag.Reporter;
import org.dateline.diag.SourcePosition;
import org.dateline.testing.FileTree;
import org.dateline.testing.RecordingReporter;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent cache and incremental output: what a rebuild skips, and a damaged cache is only slower. */
class BuildCacheTest {

    private static final String PAGE = "world/2024/06/10/harbour-vote/index.html";
    /** An article added to the newsroom fixture: June, a section that has one, no author, no tags. */
    private static final String ALGAE = "---\ntitle: Algae bloom\ndate: 2024-06-09T10:00:00+03:00\n---\nThe water turned green.\n";

    @TempDir
    Path tmp;

    private Path cache() {
        return tmp.resolve("cache");
    }

    private BuildRequest request(Path site, Optional<Path> cache) {
        return new BuildRequest(site, tmp.resolve("out"), false, false, Optional.empty(), TestSites.CLOCK, cache);
    }

    private RecordingReporter build(Path site, Optional<Path> cache) {
        RecordingReporter recorder = new RecordingReporter();
        try (Engine engine = new Engine(request(site, cache), recorder, 2)) {
            engine.build();
        }
        return recorder;
    }

    private static Object inode(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    @Test
    void aDevServerSharingTheCacheLeavesTheBuildsStateToTheBuild() {
        Path site = TestSites.copy("newsroom", tmp);
        build(site, Optional.of(cache()));
        try (Engine server = Engine.forServer(new BuildRequest(site, tmp.resolve("served"), false, false,
                Optional.empty(), TestSites.CLOCK, Optional.of(cache())), new RecordingReporter())) {
            server.build();
            server.build();
            assertTrue(server.lastUnchanged(), "the server's own second build should find nothing changed");
        }
        try (Engine again = new Engine(request(site, Optional.of(cache())), new RecordingReporter(), 2)) {
            again.build();
            assertTrue(again.lastUnchanged(), "a build after the server should still find its own output unchanged");
            assertEquals(List.of(), again.lastRendered());
        }
    }

    @Test
    void aRebuildWithNothingChangedParsesNoArticleAndWritesNoFile() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        RecordingReporter first = build(site, Optional.of(cache()));
        assertEquals(5, first.stages.get("render"));
        Object before = inode(tmp.resolve("out").resolve(PAGE));
        Map<String, String> tree = FileTree.snapshot(tmp.resolve("out"));

        RecordingReporter again = build(site, Optional.of(cache()));
        assertEquals(0, again.stages.get("render"));
        assertEquals(0, again.stages.get("write"));
        assertEquals(before, inode(tmp.resolve("out").resolve(PAGE)));
        assertEquals(tree, FileTree.snapshot(tmp.resolve("out")));
    }

    @Test
    void aBodyEditParsesOneArticleAndRewritesOnlyWhatShowsIt() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site, Optional.of(cache()));
        Path science = tmp.resolve("out").resolve("science/index.html");
        Object untouched = inode(science);
        Object edited = inode(tmp.resolve("out").resolve(PAGE));
        Path article = site.resolve("content/world/harbour-vote.md");
        Files.writeString(article, Files.readString(article).replace("The council voted.", "The council voted twice."));

        RecordingReporter again = build(site, Optional.of(cache()));
        assertEquals(1, again.stages.get("render"));
        assertEquals(untouched, inode(science));
        assertNotEquals(edited, inode(tmp.resolve("out").resolve(PAGE)));
    }

    @Test
    void aPageTemplateEditParsesNoArticleButAShortcodeTemplateEditRendersThemAll() throws IOException {
        Path site = TestSites.copy("hugo", tmp);
        int articles = build(site, Optional.of(cache())).stages.get("render");
        TestSites.write(site, "templates/article.peb", Files.readString(Path.of("templates/article.peb")) + "\n");
        assertEquals(0, build(site, Optional.of(cache())).stages.get("render"), "a page template");

        Path shortcode = site.resolve("templates/shortcodes/legacy-img.peb");
        Files.writeString(shortcode, Files.readString(shortcode).replace("class=\"legacy\"", "class=\"legacy old\""));
        assertEquals(articles, build(site, Optional.of(cache())).stages.get("render"), "a shortcode template");

        // a shortcode that includes another template depends on every template
        Files.writeString(shortcode, "{% include \"partials/credit.peb\" %}" + Files.readString(shortcode));
        TestSites.write(site, "templates/partials/credit.peb", "<span>credit</span>");
        build(site, Optional.of(cache()));
        TestSites.write(site, "templates/partials/credit.peb", "<span>credit line</span>");
        assertEquals(articles, build(site, Optional.of(cache())).stages.get("render"), "a template a shortcode includes");
        Path cold = tmp.resolve("cold");
        try (Engine engine = new Engine(new BuildRequest(site, cold, false, false, Optional.empty(), TestSites.CLOCK,
                Optional.empty()), Reporter.silent(), 2)) {
            engine.build();
        }
        assertEquals(FileTree.snapshot(cold), FileTree.snapshot(tmp.resolve("out")));
    }

    @Test
    void damagedCacheFilesAreRenderedAgainWithOneWarningAndTheSameOutput() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site, Optional.of(cache()));
        Map<String, String> good = FileTree.snapshot(tmp.resolve("out"));
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(cache().resolve(ArticleCache.ARTICLES))) {
            entries = walk.filter(path -> path.toString().endsWith(".bin")).sorted().toList();
        }
        assertEquals(5, entries.size());
        byte[] first = Files.readAllBytes(entries.get(0));
        Files.write(entries.get(0), java.util.Arrays.copyOf(first, first.length / 2)); // truncated
        byte[] second = Files.readAllBytes(entries.get(1));
        second[second.length - 40] ^= 1; // one bit flipped in the body: the checksum no longer matches
        Files.write(entries.get(1), second);
        Files.write(entries.get(2), "not a cache file".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.write(cache().resolve(SiteState.FILE), new byte[] {1, 2, 3}); // the site state (with the output manifest) too
        // without the summaries pack (SummaryPackTest damages that), so every entry's own file is read
        Files.delete(cache().resolve(SummaryPack.FILE));

        RecordingReporter rebuilt = build(site, Optional.of(cache()));
        // the truncated and foreign entries are found when read, the damaged body only when its page shows it
        assertEquals(2, rebuilt.stages.get("render"));
        assertEquals(List.of(Problem.warning(SourcePosition.of(cache().toString()), "3 cache entries were damaged or"
                + " unreadable, so those articles were rendered again", "nothing to do: the cache has been rewritten;"
                + " if this repeats, check the disk or delete the folder")), rebuilt.warnings.stream()
                .filter(p -> p.message().contains("cache")).toList());
        assertEquals(good, FileTree.snapshot(tmp.resolve("out")));

        RecordingReporter healed = build(site, Optional.of(cache()));
        assertEquals(0, healed.stages.get("render"));
        assertTrue(healed.warnings.stream().noneMatch(p -> p.message().contains("cache")));
    }

    @Test
    void withoutACacheNothingIsWrittenBesideTheOutput() {
        Path site = TestSites.copy("newsroom", tmp);
        RecordingReporter recorder = build(site, Optional.empty());
        assertEquals(5, recorder.stages.get("render"));
        assertFalse(Files.exists(site.resolve(Engine.CACHE_DIR)));
        assertFalse(Files.exists(cache()));
    }

    @Test
    void aFileEditedOrDeletedInTheOutputIsWrittenAgainByTheNextBuild() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site, Optional.of(cache()));
        Map<String, String> good = FileTree.snapshot(tmp.resolve("out"));
        Files.writeString(tmp.resolve("out").resolve(PAGE), "edited by hand");
        Files.delete(tmp.resolve("out").resolve("feed.xml"));

        RecordingReporter again = build(site, Optional.of(cache()));
        assertEquals(0, again.stages.get("render"));
        assertEquals(good, FileTree.snapshot(tmp.resolve("out")));
    }

    @Test
    void anArticleAddedOrDeletedRendersItAloneButForTheArticlesThatLookOthersUp() throws IOException {
        Path site = TestSites.copy("hugo", tmp);
        build(site, Optional.of(cache()));
        TestSites.write(site, "content/news/pier-repairs.md",
                "---\ntitle: Pier repairs\ndate: 2024-06-03T09:00:00-04:00\ntags: [ferry]\n---\nThe pier is mended.\n");
        RecordingReporter added = build(site, Optional.of(cache()));
        assertEquals(2, added.stages.get("render"),
                "the added article, and harbour-vote, whose ref looks the ferry story up among the articles");
        assertEquals(snapshotOfColdBuild(site), FileTree.snapshot(tmp.resolve("out")));

        Path ferry = site.resolve("content/news/ferry-returns/index.md");
        String ferryText = Files.readString(ferry);
        deleteTree(site.resolve("content/news/ferry-returns"));
        RecordingReporter deleted = build(site, Optional.of(cache()));
        assertEquals(1, deleted.stages.get("render"), "harbour-vote: its ref names no article now");
        assertTrue(deleted.warnings.stream().anyMatch(problem -> problem.message().startsWith("`ref` names no article")),
                deleted.warnings.toString());
        assertEquals(snapshotOfColdBuild(site), FileTree.snapshot(tmp.resolve("out")));

        // back: harbour-vote's ref finds the story again, and its page links to it (its page had no link before)
        TestSites.write(site, "content/news/ferry-returns/index.md", ferryText);
        assertEquals(1, build(site, Optional.of(cache())).stages.get("render"),
                "the story: harbour-vote's entry for these articles is the one made when the pier story was added");
        assertEquals(snapshotOfColdBuild(site), FileTree.snapshot(tmp.resolve("out")));
    }

    @Test
    void aPageLinkingToAnArticleThatMovedIsRenderedAgainThoughNothingElseOfItChanged() throws IOException {
        Path site = TestSites.copy("hugo", tmp);
        // a column in a section of its own, a year earlier, sharing no tag: its page shows nothing of the story
        TestSites.write(site, "content/opinion/column.md", "---\ntitle: A column\ndate: 2023-01-10T09:00:00-05:00\n"
                + "tags: [letters]\n---\nAs [the story]({{< ref \"ferry-returns\" >}}) said.\n");
        build(site, Optional.of(cache()));
        Path column = tmp.resolve("out/opinion/2023/01/column/index.html");
        assertTrue(Files.readString(column).contains("/news/2024/06/ferry-returns/"), "the column links to the story");
        Path ferry = site.resolve("content/news/ferry-returns/index.md");
        Files.writeString(ferry, Files.readString(ferry).replace("\"tags\": [\"ferry\"]",
                "\"tags\": [\"ferry\"],\n  \"slug\": \"ferry-is-back\""));
        build(site, Optional.of(cache()));
        assertTrue(Files.readString(column).contains("/news/2024/06/ferry-is-back/"), "the column's link follows the story");
        assertEquals(snapshotOfColdBuild(site), FileTree.snapshot(tmp.resolve("out")));
    }

    @Test
    void aWholeBuildAfterAQuickOneBringsTheKeptOutputUpToDateByTheIndex() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site, Optional.of(cache()));
        TestSites.write(site, "content/science/tides.md", TestSites.read(site, "content/science/tides.md")
                + "\nOne more paragraph.\n");
        build(site, Optional.of(cache())); // quick: the first build's output is kept beside the live one
        assertTrue(Files.isDirectory(tmp.resolve(".out.previous/culture/2024/06/08/festival")), "kept");
        // the whole way (an article added), in a fresh engine: the kept output, made the staging folder, holds
        // the festival story's page, which this build does not make; the index says so, without a walk
        Files.delete(site.resolve("content/culture/festival.md"));
        TestSites.write(site, "content/science/algae.md", ALGAE);
        build(site, Optional.of(cache()));
        assertFalse(Files.exists(tmp.resolve("out/culture/2024/06/08/festival/index.html")));
        assertEquals(snapshotOfColdBuild(site), FileTree.snapshot(tmp.resolve("out")));
    }

    @Test
    void pagesAWholeBuildDidNotRenderKeepTheirReachForTheNextEdit() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site, Optional.of(cache()));
        // the whole way: the world section's pages are keyed as before, and reach what the index says they did
        TestSites.write(site, "content/science/algae.md", ALGAE);
        build(site, Optional.of(cache()));
        // a fresh start's quick way finds the pages that show the budget story by those reaches
        Path budget = site.resolve("content/world/council-budget.md");
        Files.writeString(budget, Files.readString(budget).replaceFirst("(?m)^title: .*$", "title: Council passes budget"));
        build(site, Optional.of(cache()));
        assertTrue(Files.readString(tmp.resolve("out/world/index.html")).contains("Council passes budget"));
        assertEquals(snapshotOfColdBuild(site), FileTree.snapshot(tmp.resolve("out")));
    }

    private Map<String, String> snapshotOfColdBuild(Path site) {
        Path cold = tmp.resolve("cold");
        if (Files.exists(cold)) {
            deleteTree(cold);
        }
        try (Engine engine = new Engine(new BuildRequest(site, cold, false, false, Optional.empty(), TestSites.CLOCK,
                Optional.empty()), Reporter.silent(), 2)) {
            engine.build();
        }
        return FileTree.snapshot(cold);
    }

    /** Every fixture site: built from the cache (a fresh engine), the bytes are a cold build's. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"distribution", "drafts", "eleventy", "escaping", "hugo",
            "jekyll", "messy", "newsroom", "pagination", "scheduling", "scripts", "standalone-pages", "wire-story"})
    void aBuildFromTheCacheWritesTheColdBytesOnEveryFixture(String fixture) {
        Path site = TestSites.copy(fixture, tmp);
        Path cold = tmp.resolve("cold");
        try (Engine engine = new Engine(new BuildRequest(site, cold, false, false, Optional.empty(), TestSites.CLOCK,
                Optional.empty()), Reporter.silent(), 2)) {
            engine.build();
        }
        build(site, Optional.of(cache()));
        RecordingReporter cached = build(site, Optional.of(cache()));
        assertEquals(0, cached.stages.get("render"));
        // a third build, with the output removed, renders every page from cached articles
        deleteTree(tmp.resolve("out"));
        RecordingReporter fromCache = build(site, Optional.of(cache()));
        assertEquals(0, fromCache.stages.get("render"));
        assertEquals(FileTree.snapshot(cold), FileTree.snapshot(tmp.resolve("out")));
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
