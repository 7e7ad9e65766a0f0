package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.testing.FileTree;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server's warm-up after a first build from the cache parses and renders the site's articles
 * and changes nothing: not the output, not the cache, not what the next edit does.
 */
class WarmUpTest {

    @TempDir
    Path tmp;

    @Test
    void afterABuildThatParsedEveryArticleThereIsNothingToWarm() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        try (Engine engine = ColdBuilds.server(tmp, site, tmp.resolve("served"))) {
            engine.build();
            assertEquals(Optional.empty(), engine.warmUp().map(WarmUp::left));
        }
    }

    @Test
    void aWarmUpAfterACachedStartParsesTheArticlesAndChangesNothing() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        try (Engine first = ColdBuilds.server(tmp, site, tmp.resolve("first"))) {
            first.build(); // fills the cache
        }
        Path output = tmp.resolve("served");
        try (Engine engine = ColdBuilds.server(tmp, site, output)) {
            engine.build(); // every article from the cache: nothing parsed
            Map<String, String> served = FileTree.snapshot(output), cache = FileTree.snapshot(tmp.resolve("cache"));
            WarmUp warmUp = engine.warmUp().orElseThrow();
            assertEquals(5, warmUp.left(), "every article of the newsroom");
            List<Boolean> steps = new ArrayList<>();
            do {
                steps.add(warmUp.left() > 0);
            } while (warmUp.step(2));
            assertEquals(List.of(true, true, true), steps, "three steps of at most two articles");
            assertEquals(5, warmUp.warmed());
            assertEquals(served, FileTree.snapshot(output), "the output");
            assertEquals(cache, FileTree.snapshot(tmp.resolve("cache")), "the cache folder");

            TestSites.replace(site, ColdBuilds.HARBOUR, "the harbour vote was close", "the harbour poll was close");
            engine.rebuild(List.of(Path.of(ColdBuilds.HARBOUR)));
            assertTrue(engine.lastQuick(), "the edit after the warm-up takes the quick way");
            assertEquals(ColdBuilds.of(tmp, site, 2), FileTree.snapshot(output));
        }
    }

    @Test
    void anArticleThatFailsIsSkippedQuietly() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        try (Engine first = ColdBuilds.server(tmp, site, tmp.resolve("first"))) {
            first.build();
        }
        try (Engine engine = ColdBuilds.server(tmp, site, tmp.resolve("served"))) {
            engine.build();
            WarmUp warmUp = engine.warmUp().orElseThrow();
            TestSites.write(site, ColdBuilds.FERRY, "---\ntitle: [unclosed\n---\nBody.\n"); // broken after the build
            while (warmUp.step(5)) {
                // all in one step
            }
            assertEquals(4, warmUp.warmed());
        }
    }
}
