package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.Reporter;
import org.dateline.diag.SourcePosition;
import org.dateline.testing.FileTree;
import org.dateline.testing.RecordingReporter;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies are read from the cache only when a page shows them: a build that renders no article page
 * never reads one, and a body found damaged when its page is rendered is rendered again with the one
 * warning any damaged entry gives.
 */
class LazyBodiesTest {

    private static final String PAGE = "world/2024/06/10/harbour-vote/index.html";

    @TempDir
    Path tmp;

    private Path cache() {
        return tmp.resolve("cache");
    }

    private List<Problem> build(Path site) {
        RecordingReporter warnings = new RecordingReporter();
        try (Engine engine = new Engine(new BuildRequest(site, tmp.resolve("out"), false, false, Optional.empty(),
                TestSites.CLOCK, Optional.of(cache())), warnings, 2)) {
            engine.build();
        }
        return warnings.warnings;
    }

    /** Flips one byte inside the body of every cache entry (the body ends 32 checksum bytes before the end). */
    private void damageEveryBody() throws IOException {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(cache().resolve(ArticleCache.ARTICLES))) {
            entries = walk.filter(path -> path.toString().endsWith(".bin")).sorted().toList();
        }
        assertEquals(5, entries.size());
        for (Path entry : entries) {
            byte[] bytes = Files.readAllBytes(entry);
            bytes[bytes.length - 40] ^= 1;
            Files.write(entry, bytes);
        }
    }

    private static Problem damaged(Path cache, int count) {
        return Problem.warning(SourcePosition.of(cache.toString()), count + (count == 1 ? " cache entry was" : " cache"
                + " entries were") + " damaged or unreadable, so those articles were rendered again", "nothing to do:"
                + " the cache has been rewritten; if this repeats, check the disk or delete the folder");
    }

    @Test
    void pagesThatShowNoBodyAreRenderedFromTheSummariesAlone() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site);
        Map<String, String> good = FileTree.snapshot(tmp.resolve("out"));
        damageEveryBody();
        Path tagPage;
        try (Stream<Path> walk = Files.walk(tmp.resolve("out").resolve("tags"))) {
            tagPage = walk.filter(path -> path.getFileName().toString().equals("index.html")).sorted().toList().get(1);
        }
        Files.delete(tagPage);
        Files.delete(tmp.resolve("out").resolve("sitemap.xml"));

        List<Problem> warnings = build(site);
        assertEquals(List.of(), warnings.stream().filter(p -> p.message().contains("cache")).toList());
        assertEquals(good, FileTree.snapshot(tmp.resolve("out")));
    }

    @Test
    void aBodyFoundDamagedWhenItsPageIsRenderedIsRenderedAgainWithOneWarning() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site);
        Map<String, String> good = FileTree.snapshot(tmp.resolve("out"));
        damageEveryBody();
        Files.delete(tmp.resolve("out").resolve(PAGE)); // only this article's page shows its body

        assertEquals(List.of(damaged(cache(), 1)), build(site).stream()
                .filter(p -> p.message().contains("cache")).toList());
        assertEquals(good, FileTree.snapshot(tmp.resolve("out")));

        // its entry was written again: the page rendered once more reads a sound body
        Files.delete(tmp.resolve("out").resolve(PAGE));
        assertEquals(List.of(), build(site).stream().filter(p -> p.message().contains("cache")).toList());
        assertEquals(good, FileTree.snapshot(tmp.resolve("out")));
    }

    @Test
    void aDamagedBodyWhoseArticleChangedDuringTheBuildFailsItAndKeepsTheOutput() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site);
        damageEveryBody();
        Files.delete(tmp.resolve("out").resolve(PAGE));
        Map<String, String> before = FileTree.snapshot(tmp.resolve("out"));
        Path article = site.resolve("content/world/harbour-vote.md");
        // the article is edited after its summary was read and before its page is rendered
        Reporter editor = new Reporter.Silent() {
            @Override
            public void stage(String name, int count, java.time.Duration took) {
                if (name.equals("render")) {
                    TestSites.write(site, "content/world/harbour-vote.md", read(article) + "\nEdited meanwhile.\n");
                }
            }
        };
        DatelineException failure;
        try (Engine engine = new Engine(new BuildRequest(site, tmp.resolve("out"), false, false, Optional.empty(),
                TestSites.CLOCK, Optional.of(cache())), editor, 2)) {
            failure = assertThrows(DatelineException.class, engine::build);
        }
        assertEquals(List.of("content/world/harbour-vote.md: the article changed while the site was being built, and"
                + " its stored body was damaged (rendering " + PAGE + ")"), failure.problems().stream()
                .map(p -> p.position().file() + ": " + p.message()).toList());
        assertEquals(before, FileTree.snapshot(tmp.resolve("out")));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
