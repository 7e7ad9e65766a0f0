package org.dateline.pipeline;

import java.time.Duration;
import java.util.Objects;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Reporter;

/**
 * A one-shot build, as {@code dateline build} runs it: an {@link Engine} made for one build and
 * closed after it (the persistent cache, when the request has one, still makes it fast).
 */
public final class BuildPipeline {

    private final Reporter reporter;
    private final int threads;
    private final Ticker ticker;

    public BuildPipeline(Reporter reporter, int threads) {
        this(reporter, threads, Ticker.SYSTEM);
    }

    /** With the {@code ticker} that times {@code article_time_limit}: tests drive it by hand. */
    BuildPipeline(Reporter reporter, int threads, Ticker ticker) {
        this.reporter = Objects.requireNonNull(reporter, "reporter");
        this.threads = threads;
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    public BuildPipeline(Reporter reporter) {
        this(reporter, Runtime.getRuntime().availableProcessors());
    }

    /** Builds the site; throws a {@link DatelineException} holding every error found. */
    public BuildResult build(BuildRequest request) {
        try (Engine engine = new Engine(request, reporter, threads, request.cacheDir().isPresent(), ticker)) {
            return engine.build();
        }
    }

    /** {@code 5 s}, {@code 0.25 s}. */
    static String seconds(Duration duration) {
        return ArticleStage.seconds(duration);
    }
}
