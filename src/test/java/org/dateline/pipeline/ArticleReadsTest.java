package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Reporter;
import org.dateline.testing.FileTree;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan keeps each article's path and digest, not its text: an article is read again where it is
 * parsed, and must still be the one the scan read; a cached article is not read again at all.
 */
class ArticleReadsTest {

    private static final String FERRY = "content/world/ferry-talks.md";

    @TempDir
    Path tmp;

    /** Runs {@code edit} when the load stage is done, before any article is parsed. */
    private static Reporter afterLoad(Runnable edit) {
        return new Reporter.Silent() {
            @Override
            public void stage(String name, int count, java.time.Duration took) {
                if (name.equals("load")) {
                    edit.run();
                }
            }
        };
    }

    private BuildRequest request(Path site, Optional<Path> cache) {
        return new BuildRequest(site, tmp.resolve("out"), false, false, Optional.empty(), TestSites.CLOCK, cache);
    }

    private void build(Path site, Optional<Path> cache, Reporter reporter) {
        try (Engine engine = new Engine(request(site, cache), reporter, 2)) {
            engine.build();
        }
    }

    @Test
    void anArticleEditedAfterTheScanFailsTheBuildAtItsPathAndTheNextBuildReadsIt() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        build(site, Optional.empty(), Reporter.silent());
        Map<String, String> before = FileTree.snapshot(tmp.resolve("out"));
        String edited = TestSites.read(site, ColdBuilds.HARBOUR) + "\nEdited while the site was being built.\n";

        DatelineException failure = assertThrows(DatelineException.class, () -> build(site, Optional.empty(),
                afterLoad(() -> TestSites.write(site, ColdBuilds.HARBOUR, edited))));

        assertEquals(List.of("content/world/harbour-vote.md: the article changed while the site was being built"
                + " | build the site again"), failure.problems().stream()
                .map(p -> p.position() + ": " + p.message() + " | " + p.hint().orElse("")).toList());
        assertEquals(before, FileTree.snapshot(tmp.resolve("out")));
        build(site, Optional.empty(), Reporter.silent());
        assertEquals(ColdBuilds.of(tmp, site, 2), FileTree.snapshot(tmp.resolve("out")));
    }

    @Test
    void aCachedArticleIsNotReadAgain() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        Path cache = tmp.resolve("cache");
        build(site, Optional.of(cache), Reporter.silent());
        TestSites.write(site, ColdBuilds.HARBOUR, TestSites.read(site, ColdBuilds.HARBOUR) + "\nOne more line.\n");
        Map<String, String> expected = ColdBuilds.of(tmp, site, 2);

        // the ferry story's cache entry is used: its file, gone after the scan, is never opened
        build(site, Optional.of(cache), afterLoad(() -> TestSites.delete(site.resolve(FERRY))));

        assertEquals(expected, FileTree.snapshot(tmp.resolve("out")));
    }

    @Test
    void aDevServersQuickScanCachesArticlesUnderTheKeysABuildLooksFor() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        Path cache = tmp.resolve("cache");
        Map<String, String> expected = ColdBuilds.of(tmp, site, 2);
        // the server's scan takes quick digests (they die with it); its cache entries are keyed by SHA-256
        try (Engine server = Engine.forServer(new BuildRequest(site, tmp.resolve("served"), false, false,
                Optional.empty(), TestSites.CLOCK, Optional.of(cache)), Reporter.silent())) {
            server.build();
        }
        Map<String, Integer> stages = new java.util.HashMap<>();
        Reporter recorder = new Reporter.Silent() {
            @Override
            public synchronized void stage(String name, int count, java.time.Duration took) {
                stages.put(name, count);
            }
        };

        build(site, Optional.of(cache), recorder);

        assertEquals(0, stages.get("render"), "every article came from the entries the server wrote");
        assertEquals(expected, FileTree.snapshot(tmp.resolve("out")));
    }

    @Test
    void positionsKeptSmallStayExactWhenTheArticleComesFromTheCache() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        Path cache = tmp.resolve("cache");
        TestSites.replace(site, FERRY, "title: Ferry talks", "title: " + "Ferry talks go on. ".repeat(6).strip());
        List<String> warnings = new java.util.ArrayList<>();
        Map<String, Integer> stages = new java.util.HashMap<>();
        Reporter recorder = new Reporter.Silent() {
            @Override
            public synchronized void warn(org.dateline.diag.Problem problem) {
                if (problem.message().startsWith("`title`")) {
                    warnings.add(problem.position() + ": " + problem.message());
                }
            }

            @Override
            public synchronized void stage(String name, int count, java.time.Duration took) {
                stages.put(name, count);
            }
        };
        build(site, Optional.of(cache), recorder);
        // another article changes, so the next build takes the ferry story's summary from the cache file
        TestSites.write(site, ColdBuilds.HARBOUR, TestSites.read(site, ColdBuilds.HARBOUR) + "\nOne more line.\n");
        build(site, Optional.of(cache), recorder);
        assertEquals(1, stages.get("render"), "only the edited article is parsed; the others come from the cache");

        String expected = "content/world/ferry-talks.md:2:8: `title` is 113 characters long; a NewsArticle headline"
                + " should have at most 110";
        assertEquals(List.of(expected, expected), warnings);
    }

}
