package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.dateline.pipeline.BuildResult;
import org.junit.jupiter.api.Test;

/** The terminal's one line per rebuild (STYLE.md §7.7). */
class RebuildTest {

    private static final BuildResult THREE_PAGES = new BuildResult(Path.of("out"), 2, 0, 3, 10, 1000,
            Duration.ofMillis(80), List.of(), Optional.empty(), Optional.empty());
    private static final Problem ERROR = Problem.error(new SourcePosition("templates/article.peb", 3, 0), "x", null);

    @Test
    void aSuccessfulRebuildNamesTheFileAndThePages() {
        Rebuild rebuild = new Rebuild(List.of("content/world/floods.md"), Optional.of(THREE_PAGES), List.of(),
                Optional.empty(), Duration.ofMillis(84), true);
        assertEquals("change: content/world/floods.md \u2192 rebuilt in 84 ms (3 pages)", rebuild.line());
    }

    @Test
    void aFailedRebuildSaysTheLastGoodBuildIsStillServed() {
        Rebuild rebuild = new Rebuild(List.of("templates/article.peb"), Optional.empty(), List.of(ERROR),
                Optional.empty(), Duration.ofMillis(12), true);
        assertEquals("change: templates/article.peb \u2192 build failed (1 error); still serving the last good build",
                rebuild.line());
    }

    @Test
    void aFailureWithNoGoodBuildYetSaysSo() {
        Rebuild rebuild = new Rebuild(List.of("site.yaml"), Optional.empty(), List.of(ERROR, ERROR),
                Optional.empty(), Duration.ofMillis(12), false);
        assertEquals("change: site.yaml \u2192 build failed (2 errors); nothing to serve until it is fixed", rebuild.line());
    }

    @Test
    void manyFilesAreCounted() {
        Rebuild rebuild = new Rebuild(List.of("content/a.md", "content/b.md", "content/c.md", "content/d.md",
                "static/x.css"), Optional.of(THREE_PAGES), List.of(), Optional.empty(), Duration.ofMillis(1234), true);
        assertEquals("change: content/a.md, content/b.md, content/c.md and 2 more \u2192 rebuilt in 1.23 s (3 pages)",
                rebuild.line());
    }

    @Test
    void aLostEventRebuildsEverything() {
        Rebuild rebuild = new Rebuild(List.of(""), Optional.of(THREE_PAGES), List.of(), Optional.empty(),
                Duration.ofMillis(5), true);
        assertEquals("change: many files \u2192 rebuilt in 5 ms (3 pages)", rebuild.line());
    }
}
