package org.dateline.serve;

import java.time.Duration;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Runs the engine's warm-up ({@link org.dateline.pipeline.WarmUp}) in small chunks on the rebuild
 * thread, each chunk scheduling the next, so that a rebuild scheduled meanwhile never waits behind
 * more than one chunk; {@link #stop} (a change to build, or the server stopping) calls off the rest.
 */
final class WarmingUp {

    /** Articles per chunk: a few tens of milliseconds of work once compiled, a little more before. */
    static final int CHUNK = 4;

    private final Scheduler scheduler;
    private final IntPredicate step;
    private Scheduler.Task next;
    private boolean stopped;

    /**
     * @param scheduler the rebuild thread's
     * @param step runs one chunk of the given size; whether any is left
     */
    WarmingUp(Scheduler scheduler, IntPredicate step) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.step = Objects.requireNonNull(step, "step");
    }

    /** Schedules the first chunk. */
    synchronized void start() {
        if (!stopped && next == null) {
            next = scheduler.schedule(this::chunk, Duration.ZERO);
        }
    }

    /** Calls off the chunks not yet run; one under way finishes. */
    synchronized void stop() {
        stopped = true;
        if (next != null) {
            next.cancel();
        }
    }

    private void chunk() {
        synchronized (this) {
            if (stopped) {
                return;
            }
        }
        boolean more = step.test(CHUNK);
        synchronized (this) {
            if (more && !stopped) {
                next = scheduler.schedule(this::chunk, Duration.ZERO);
            }
        }
    }
}
