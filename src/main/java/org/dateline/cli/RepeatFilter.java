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

    private final Supplier<? extends Reporter> fresh;
    private Reporter next;
    private Set<Problem> shownBefore = new HashSet<>();
    private Set<Problem> seenNow = new HashSet<>();

    /** @param fresh a new reporter for each build, so the source lines it quotes are read again */
    RepeatFilter(Supplier<? extends Reporter> fresh) {
        this.fresh = fresh;
        this.next = fresh.get();
    }

    /** A build ended: its warnings are the ones the next build need not repeat. */
    synchronized void buildEnded() {
        shownBefore = seenNow;
        seenNow = new HashSet<>();
        next = fresh.get();
    }

    @Override
    public synchronized void warn(Problem problem) {
        if (seenNow.add(problem) && !shownBefore.contains(problem)) {
            next.warn(problem);
        }
    }

    @Override
    public synchronized void debug(Supplier<String> message) {
        next.debug(message);
    }

    @Override
    public synchronized void info(String message) {
        next.info(message);
    }

    @Override
    public synchronized void progress(String stage, int done, int total) {
        next.progress(stage, done, total);
    }

    @Override
    public synchronized void stage(String name, int count, Duration took) {
        next.stage(name, count, took);
    }
}
