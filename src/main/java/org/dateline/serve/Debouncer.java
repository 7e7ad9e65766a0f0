package org.dateline.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Turns a burst of file events into one rebuild with the set of paths that changed. An editor's
 * save (write a temporary file and rename it, delete then create, or several writes) fires a few
 * events within milliseconds; the set is handed on once no event came for {@code quiet}, and at the
 * latest {@code maxWait} after the first event of the burst, so a stream of events never starves
 * the rebuild. Paths are kept as a set: the engine looks at each file's state when it rebuilds.
 */
final class Debouncer {

    private final Duration quiet;
    private final Duration maxWait;
    private final Scheduler scheduler;
    private final Consumer<Set<Path>> flush;

    private final Set<Path> pending = new TreeSet<>();
    private long firstEventAt;
    private Scheduler.Task timer;

    Debouncer(Duration quiet, Duration maxWait, Scheduler scheduler, Consumer<Set<Path>> flush) {
        if (quiet.isNegative() || maxWait.compareTo(quiet) < 0) {
            throw new IllegalArgumentException("need 0 <= quiet <= maxWait");
        }
        this.quiet = quiet;
        this.maxWait = maxWait;
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.flush = Objects.requireNonNull(flush, "flush");
    }

    /** Notes changed paths; the flush waits until the burst is over. */
    synchronized void offer(Collection<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        long now = scheduler.nanoTime();
        if (pending.isEmpty()) {
            firstEventAt = now;
        }
        pending.addAll(paths);
        if (timer != null) {
            timer.cancel();
        }
        long left = maxWait.toNanos() - (now - firstEventAt);
        timer = scheduler.schedule(this::fire, Duration.ofNanos(Math.max(0, Math.min(quiet.toNanos(), left))));
    }

    private void fire() {
        Set<Path> batch;
        synchronized (this) {
            if (pending.isEmpty()) {
                return;
            }
            batch = Collections.unmodifiableSet(new TreeSet<>(pending));
            pending.clear();
            timer = null;
        }
        flush.accept(batch);
    }
}
