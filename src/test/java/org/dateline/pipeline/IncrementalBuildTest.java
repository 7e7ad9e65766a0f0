package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.dateline.diag.Reporter;
import org.dateline.testing.FileTree;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Same bytes every way: after each kind of change, a long-lived engine's rebuild (incremental), a
 * fresh engine with the persistent cache (cached) and a build with no cache at all (cold) write
 * identical trees, at 1 and 4 threads; and a seeded random sequence of edits replays the same.
 */
class IncrementalBuildTest {

    private static final String HARBOUR = ColdBuilds.HARBOUR;

    @TempDir
    Path tmp;

    private Path site() throws IOException {
        return ColdBuilds.newsroom(tmp);
    }

    private static BuildRequest request(Path site, Path output, Optional<Path> cache) {
        return new BuildRequest(site, output, false, false, Optional.empty(), TestSites.CLOCK, cache);
    }

    private Map<String, String> cached(Path site, int threads) {
        Path output = tmp.resolve("cached-out");
        try (Engine engine = new Engine(request(site, output, Optional.of(tmp.resolve("cache"))), Reporter.silent(),
                threads)) {
            engine.build();
        }
        return FileTree.snapshot(output);
    }

    /** The kinds of change, each a named edit of the site folder. */
    private static final Map<String, Consumer<Path>> EDITS = Map.of(
            // the same words, description and headings: only the body differs
            "body edit", site -> TestSites.replace(site, HARBOUR, "the harbour vote was close", "the harbour poll was close"),
            "front-matter edit", site -> TestSites.replace(site, HARBOUR, "title: Harbour vote", "title: Harbour vote passes"),
            "tag added", site -> TestSites.replace(site, HARBOUR, "tags: [harbour, transport]", "tags: [harbour, transport, ferries]"),
            "article added", site -> TestSites.write(site, "content/culture/new-play.md",
                    "---\ntitle: A new play\ndate: 2024-06-20T09:00:00+03:00\nauthors: [Selin Atay]\ntags: [harbour]\n---\nOpening night.\n"),
            "article deleted", site -> TestSites.delete(site.resolve(HARBOUR)),
            "template edited", site -> TestSites.replace(site, "templates/story.peb", "story__headline", "story__headline story__headline--x"),
            "static file replaced", site -> TestSites.write(site, "static/images/quay.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\"/>"),
            "site.yaml changed", site -> TestSites.replace(site, "site.yaml", "title: The Newsroom Test", "title: The Newsroom"));


    @ParameterizedTest(name = "{0} threads")
    @ValueSource(ints = {1, 4})
    void everyKindOfChangeGivesTheColdBuildsBytes(int threads) throws IOException {
        Path site = site();
        Path output = tmp.resolve("incremental-out");
        try (Engine engine = new Engine(request(site, output, Optional.of(tmp.resolve("engine-cache"))),
                Reporter.silent(), threads)) {
            engine.build();
            assertEquals(ColdBuilds.of(tmp, site, threads), FileTree.snapshot(output), "first build");
            for (String kind : List.of("body edit", "front-matter edit", "tag added", "article added",
                    "template edited", "static file replaced", "site.yaml changed", "article deleted")) {
                Map<String, String> before = FileTree.snapshot(output);
                EDITS.get(kind).accept(site);
                engine.rebuild(List.of());
                Map<String, String> incremental = FileTree.snapshot(output);
                assertNotEquals(before, incremental, kind + " changed nothing");
                assertEquals(ColdBuilds.of(tmp, site, threads), incremental, kind + ": incremental");
                assertEquals(incremental, cached(site, threads), kind + ": cached");
            }
        }
    }

    @Test
    void aSeededSequenceOfRandomEditsReplaysToTheColdBuildAfterEachEdit() throws IOException {
        Path site = site();
        Path output = tmp.resolve("replay-out");
        Random random = new Random(20241130L);
        try (Engine engine = new Engine(request(site, output, Optional.of(tmp.resolve("replay-cache"))),
                Reporter.silent(), 2)) {
            engine.build();
            for (int step = 0; step < 16; step++) {
                int edit = random.nextInt(4);
                String name = "content/replay/story-" + random.nextInt(3) + ".md";
                switch (edit) {
                    case 0 -> TestSites.write(site, name, "---\ntitle: Story " + random.nextInt(100)
                            + "\ndate: 2024-06-" + (10 + random.nextInt(9)) + "T08:00:00Z\ntags: ["
                            + (random.nextBoolean() ? "t" : "T") + random.nextInt(3) + "]\nauthors: ["
                            + (random.nextBoolean() ? "A" : "a") + random.nextInt(2) + "]\n---\nBody "
                            + random.nextInt(1000) + ", long enough to be keyed by its article: " + "words ".repeat(20)
                            + "\n");
                    case 1 -> {
                        if (Files.exists(site.resolve(name))) {
                            TestSites.delete(site.resolve(name));
                        }
                    }
                    case 2 -> TestSites.write(site, "templates/story.peb", TestSites.read(site, "templates/story.peb")
                            + "<!-- " + random.nextInt(1000) + " -->\n");
                    default -> TestSites.write(site, "static/images/quay.svg", "<svg id=\"s" + random.nextInt(1000)
                            + "\" xmlns=\"http://www.w3.org/2000/svg\"/>");
                }
                // what the dev server's watcher would report: the engine reads only that
                engine.rebuild(List.of(Path.of(switch (edit) {
                    case 2 -> "templates/story.peb";
                    case 3 -> "static/images/quay.svg";
                    default -> name;
                })));
                assertEquals(ColdBuilds.of(tmp, site, 2), FileTree.snapshot(output), "after step " + step + " (edit " + edit + ")");
            }
        }
    }
}
