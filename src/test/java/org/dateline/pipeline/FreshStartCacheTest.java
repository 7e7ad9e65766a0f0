package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.testing.RecordingReporter;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a fresh start ({@link FreshStart}) does to the article cache: its quick build deletes the
 * edited article's old entry by its key, without listing the cache folder; a file no build keyed
 * waits for a build of the whole way, which lists the folder and prunes it.
 */
class FreshStartCacheTest {

    @TempDir
    Path tmp;

    /** One build in a fresh engine, as {@code dateline build} runs it; whether it took the quick way. */
    private boolean build(Path site) {
        try (Engine engine = new Engine(new BuildRequest(site, tmp.resolve("out"), false, false, Optional.empty(),
                TestSites.CLOCK, Optional.of(tmp.resolve("cache"))), new RecordingReporter(), 2)) {
            engine.build();
            return engine.lastQuick();
        }
    }

    /** The article entries of the cache folder, by file name. */
    private List<String> entries() throws IOException {
        try (Stream<Path> walk = Files.walk(tmp.resolve("cache").resolve(ArticleCache.ARTICLES))) {
            return walk.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aQuickBuildReplacesTheEditedArticlesEntryAndTheWholeWayPrunesTheRest() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        ColdBuilds.keyFerryBody(site);
        assertFalse(build(site), "the first build");
        List<String> first = entries();
        Path stray = tmp.resolve("cache").resolve(ArticleCache.ARTICLES).resolve("00").resolve("stray.bin");
        Files.createDirectories(stray.getParent());
        Files.write(stray, new byte[] {1});

        TestSites.replace(site, ColdBuilds.HARBOUR, "the harbour vote was close", "the harbour vote was very close");
        assertTrue(build(site), "a body edit takes the quick way");
        List<String> after = entries();
        assertEquals(first.size() + 1, after.size(), after.toString());
        assertEquals(first.size() - 1, first.stream().filter(after::contains).count(), "one entry replaced");
        assertTrue(after.contains("stray.bin"), "the folder was not listed: " + after);

        Files.writeString(site.resolve("site.yaml"), "\n# the whole way\n", StandardOpenOption.APPEND);
        assertFalse(build(site), "site.yaml changed");
        assertFalse(entries().contains("stray.bin"), "listed and pruned: " + entries());
        assertEquals(first.size(), entries().size());
    }
}
