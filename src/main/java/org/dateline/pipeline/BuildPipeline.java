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

    public BuildPipeline(Reporter reporter, int threads) {
        this.reporter = Objects.requireNonNull(reporter, "reporter");
        this.threads = threads;
    }

    public BuildPipeline(Reporter reporter) {
        this(reporter, Runtime.getRuntime().availableProcessors());
    }

    /** Builds the site; throws a {@link DatelineException} holding every error found. */
    public BuildResult build(BuildRequest request) {
        try (Engine engine = new Engine(request, reporter, threads, request.cacheDir().isPresent())) {
            return engine.build();
        }
    }

    /** {@code 5 s}, {@code 0.25 s}. */
    static String seconds(Duration duration) {
        return ArticleStage.seconds(duration);
    }
}
