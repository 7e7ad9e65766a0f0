package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.Reporter;
import org.dateline.testing.FileTree;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article over {@code article_time_limit} is reported like any error and its work stops, decided
 * by a ticker the test drives: the chosen article's worker is held at its start until the build has
 * looked at the clock, which by then reads an hour later. Nothing depends on how fast the machine is.
 */
class ArticleTimeLimitTest {

    @TempDir
    Path tmp;

    /** Holds the worker of {@code slowFile}'s article at its start; time jumps an hour once it started. */
    private static final class HeldTicker extends WorkersTimeLimitTest.FakeTicker {
        private final CountDownLatch stopped = new CountDownLatch(1);
        private boolean slowStarted;

        @Override
        public void changed() {
            boolean hold;
            synchronized (this) {
                hold = !slowStarted && Thread.currentThread().getName().startsWith("dateline-worker")
                        && !Thread.currentThread().isInterrupted();
                if (hold) {
                    slowStarted = true;
                    advance(Duration.ofHours(1)); // the article has now "run" for an hour
                }
                super.changed();
            }
            if (hold) {
                try {
                    new CountDownLatch(1).await(); // until the build gives the article up and interrupts us
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt(); // the parse then stops at its first character
                    stopped.countDown();
                }
            }
        }
    }

    @Test
    void anArticleOverTheLimitIsAnErrorNamingItAndItsWorkStops() throws Exception {
        Path site = TestSites.empty(tmp, "title: Gazette\narticle_time_limit: 2\n");
        TestSites.write(site, "content/world/slow.md", "---\ntitle: Slow\ndate: 2024-05-01T10:00:00Z\n---\n"
                + "| a | b |\n|-|-|\n" + "| x | *y* |\n".repeat(50));
        Path out = site.resolveSibling("out");
        TestSites.write(out, ".dateline-output", "");
        TestSites.write(out, "index.html", "<p>the previous build</p>\n");
        var before = FileTree.snapshot(out);
        HeldTicker ticker = new HeldTicker();
        DatelineException error = assertThrows(DatelineException.class,
                () -> new BuildPipeline(Reporter.silent(), 1, ticker).build(TestSites.request(site)));
        assertEquals(List.of("error: content/world/slow.md: article took longer than 2 s to parse and render, so it"
                + " was stopped (hint: look for very long or very deeply nested Markdown, or raise"
                + " `article_time_limit` in site.yaml)"), error.problems().stream().map(Problem::format).toList());
        assertTrue(ticker.stopped.await(1, TimeUnit.MINUTES), "hang guard: the given-up worker was never interrupted");
        assertEquals(before, FileTree.snapshot(out), "the previous output changed");
    }
}
