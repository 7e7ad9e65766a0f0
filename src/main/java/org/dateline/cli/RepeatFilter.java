package org.dateline.cli;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.dateline.diag.Problem;
import org.dateline.diag.Reporter;

/**
 * For {@code serve}: passes a warning on only when the build before did not already show it, so
 * a site with a standing warning does not repeat it on every save.
 */
final class RepeatFilter implements Reporter {

    private final Reporter next;
    private Set<Problem> shownBefore = new HashSet<>();
    private Set<Problem> seenNow = new HashSet<>();

    RepeatFilter(Reporter next) {
        this.next = next;
    }

    /** A build ended: its warnings are the ones the next build need not repeat. */
    synchronized void buildEnded() {
        shownBefore = seenNow;
        seenNow = new HashSet<>();
    }

    @Override
    public synchronized void warn(Problem problem) {
        if (seenNow.add(problem) && !shownBefore.contains(problem)) {
            next.warn(problem);
        }
    }

    @Override
    public void debug(Supplier<String> message) {
        next.debug(message);
    }

    @Override
    public void info(String message) {
        next.info(message);
    }

    @Override
    public void stage(String name, int count, Duration took) {
        next.stage(name, count, took);
    }
}
