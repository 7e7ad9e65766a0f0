package org.dateline.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.diag.Problem;

/**
 * What a successful build did.
 *
 * @param articles articles with a page (expired ones included)
 * @param skipped articles left out as drafts or scheduled for later
 * @param pages HTML pages rendered (feeds and sitemaps are counted in {@code files} only)
 * @param files every file written, static ones included
 * @param nextPublication the earliest article left out only because its date has not come yet
 * @param nextExpiry the earliest listed article with an {@code expires} date still to come
 */
public record BuildResult(Path output, int articles, int skipped, int pages, int files, long bytes, Duration took,
                          List<Problem> warnings, Optional<Scheduled> nextPublication, Optional<Scheduled> nextExpiry) {
    public BuildResult {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(took, "took");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(nextPublication, "nextPublication");
        Objects.requireNonNull(nextExpiry, "nextExpiry");
    }

    /** What the build that left {@code last} did, reported again by one that found nothing changed. */
    static BuildResult again(Path output, SiteState last, Duration took) {
        return new BuildResult(output, last.articles(), last.skipped(), last.pages(), last.manifest().entries().size(),
                last.manifest().totalBytes(), took, last.warnings(), last.nextPublication(), last.nextExpiry());
    }

    /** When the site next changes without any edit: the earlier of the next publication and the next expiry. */
    public Optional<Scheduled> nextChange() {
        return Stream.concat(nextPublication.stream(), nextExpiry.stream()).min(Scheduled.EARLIEST);
    }
}
