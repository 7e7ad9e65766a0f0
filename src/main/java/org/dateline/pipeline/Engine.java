package org.dateline.pipeline;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import org.dateline.diag.Reporter;

/**
 * TEMPORARY stand-in for the long-lived incremental engine (replaced by the engine engineer's
 * class of the same name and API at merge): both methods run a full build through
 * {@link BuildPipeline}. A failed build throws a {@link org.dateline.diag.DatelineException}
 * holding every problem and leaves the previous output as it was.
 */
public final class Engine implements AutoCloseable {

    private final BuildRequest request;
    private final BuildPipeline pipeline;

    public Engine(BuildRequest request, Reporter reporter) {
        this.request = Objects.requireNonNull(request, "request");
        this.pipeline = new BuildPipeline(reporter);
    }

    public BuildResult build() {
        return pipeline.build(request);
    }

    /** @param changed paths relative to the site folder */
    public BuildResult rebuild(Collection<Path> changed) {
        Objects.requireNonNull(changed, "changed");
        return pipeline.build(request);
    }

    @Override
    public void close() {
    }
}
