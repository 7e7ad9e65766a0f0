package org.dateline.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.dateline.diag.Problem;

/**
 * What a successful build did.
 *
 * @param articles articles published
 * @param skipped articles left out as drafts or scheduled for later
 * @param pages HTML pages rendered (feeds and sitemaps are counted in {@code files} only)
 * @param files every file written, static ones included
 */
public record BuildResult(Path output, int articles, int skipped, int pages, int files, long bytes, Duration took,
                          List<Problem> warnings) {
    public BuildResult {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(took, "took");
        warnings = List.copyOf(warnings);
    }
}
