package org.dateline.serve;

import java.time.Duration;

/** Runs a task after a delay and tells the time: a real executor in the server, a hand-driven fake in tests. */
interface Scheduler {

    /** A scheduled task that may be called off. */
    interface Task {
        void cancel();
    }

    Task schedule(Runnable task, Duration delay);

    /** Monotonic nanoseconds. */
    long nanoTime();
}
