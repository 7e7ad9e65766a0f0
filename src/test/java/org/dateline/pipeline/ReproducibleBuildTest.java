package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.dateline.diag.Reporter;
import org.dateline.testing.FileTree;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same site gives the same bytes: no clock, thread timing, absolute path or map order leaks into the output. */
class ReproducibleBuildTest {

    @TempDir
    Path tmp;

    private static Map<String, String> build(Path site, Path output, int threads) {
        new BuildPipeline(Reporter.silent(), threads).build(
                new BuildRequest(site, output, false, false, Optional.empty(), TestSites.CLOCK));
        return FileTree.snapshot(output);
    }

    @Test
    void twoBuildsOfTheSameSiteAreByteIdentical() {
        Path site = TestSites.copy("wire-story", tmp.resolve("a"));
        Map<String, String> first = build(site, tmp.resolve("out-1"), 2);
        Map<String, String> second = build(site, tmp.resolve("out-2"), 2);
        assertEquals(first, second);
        assertNotEquals(Map.of(), first);
    }

    @Test
    void theSiteFolderLocationAndThreadCountDoNotChangeTheOutput() {
        Map<String, String> here = build(TestSites.copy("wire-story", tmp.resolve("a")), tmp.resolve("out-a"), 1);
        Map<String, String> there = build(TestSites.copy("wire-story", tmp.resolve("b/deeper")), tmp.resolve("out-b"), 4);
        assertEquals(here, there);
    }

    @Test
    void rebuildingIntoTheSameOutputGivesTheSameBytes() {
        Path site = TestSites.copy("escaping", tmp);
        Map<String, String> first = build(site, tmp.resolve("out"), 2);
        assertEquals(first, build(site, tmp.resolve("out"), 2));
    }
}
