package org.dateline.serve;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dateline.diag.Problem;
import org.dateline.pipeline.BuildResult;

/**
 * The outcome of one build while serving, for the terminal and for tests to wait on.
 *
 * @param changed the changed files that set it off, relative to the site folder ("" for "everything";
 *                none for the first build)
 * @param result what a successful build did
 * @param errors the errors of a failed build (every one of them)
 * @param bug an exception that is a bug in Dateline, not a mistake in the site
 * @param took from the start of the build until open pages were told
 * @param lastGoodServed whether an earlier good build is still being served after a failure
 */
public record Rebuild(List<String> changed, Optional<BuildResult> result, List<Problem> errors, Optional<Throwable> bug,
                      Duration took, boolean lastGoodServed) {

    /** How many changed files a terminal line names before it counts the rest. */
    static final int NAMED = 3;

    public Rebuild {
        changed = List.copyOf(changed);
        Objects.requireNonNull(result, "result");
        errors = List.copyOf(errors);
        Objects.requireNonNull(bug, "bug");
        Objects.requireNonNull(took, "took");
    }

    public boolean succeeded() {
        return result.isPresent();
    }

    /** The first build of the session, set off by no change. */
    public boolean initial() {
        return changed.isEmpty();
    }

    /**
     * The terminal's one line for this rebuild: {@code change: content/world/floods.md → rebuilt in 84 ms (398 pages)},
     * or {@code change: templates/article.peb → build failed (1 error); still serving the last good build}.
     */
    public String line() {
        StringBuilder line = new StringBuilder("change: ").append(files()).append(" \u2192 ");
        if (result.isPresent()) {
            // the site's pages, not how many were rendered again: the engine renders only what changed
            int pages = result.get().pages();
            return line.append("rebuilt in ").append(duration(took)).append(" (").append(pages)
                    .append(pages == 1 ? " page)" : " pages)").toString();
        }
        if (bug.isPresent()) {
            line.append("internal error (this is a bug in Dateline; please report it)");
        } else {
            line.append("build failed (").append(errors.size()).append(errors.size() == 1 ? " error)" : " errors)");
        }
        return line.append(lastGoodServed ? "; still serving the last good build" : "; nothing to serve until it is fixed")
                .toString();
    }

    private String files() {
        if (changed.contains("")) {
            return "many files";
        }
        String named = String.join(", ", changed.subList(0, Math.min(NAMED, changed.size())));
        return changed.size() <= NAMED ? named : named + " and " + (changed.size() - NAMED) + " more";
    }

    /** {@code 84 ms} below a second, {@code 1.24 s} from there. */
    static String duration(Duration took) {
        long millis = took.toMillis();
        return millis < 1000 ? millis + " ms" : String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }
}
