package org.dateline.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link Scheduler} driven by hand: time moves only when a test calls {@link #advance}. */
final class FakeScheduler implements Scheduler {

    private final List<Pending> pending = new ArrayList<>();
    private volatile long now;

    private final class Pending implements Task {
        final long due;
        final Runnable task;
        boolean cancelled;

        Pending(long due, Runnable task) {
            this.due = due;
            this.task = task;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    @Override
    public Task schedule(Runnable task, Duration delay) {
        Pending entry = new Pending(now + delay.toNanos(), task);
        pending.add(entry);
        return entry;
    }

    @Override
    public long nanoTime() {
        return now;
    }

    /** Moves time on by {@code millis}, running every task that falls due on the way, in order. */
    void advance(long millis) {
        long until = now + Duration.ofMillis(millis).toNanos();
        while (true) {
            Pending next = pending.stream().filter(p -> !p.cancelled && p.due <= until)
                    .min(Comparator.comparingLong(p -> p.due)).orElse(null);
            if (next == null) {
                break;
            }
            pending.remove(next);
            now = Math.max(now, next.due);
            next.task.run();
        }
        now = until;
    }
}
