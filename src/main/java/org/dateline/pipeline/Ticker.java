package org.dateline.pipeline;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * How {@link Workers} tell time and wait for a job: the build uses the system's nanosecond clock;
 * tests drive a fake one by hand, so a time limit is tested without waiting for it.
 */
interface Ticker {

    /** The system's monotonic clock. */
    Ticker SYSTEM = new Ticker() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public boolean await(Future<?> job, LongSupplier deadline) throws InterruptedException {
            while (!job.isDone()) {
                long wait = deadline.getAsLong() - System.nanoTime();
                if (wait <= 0) {
                    return false;
                }
                try {
                    job.get(wait, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // the deadline may have moved (the job started): look again
                } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                    return true;
                }
            }
            return true;
        }
    };

    long nanoTime();

    /**
     * Waits until {@code job} is done (true) or {@link #nanoTime()} passes {@code deadline}, which is
     * read again whenever something {@link #changed} (false).
     */
    boolean await(Future<?> job, LongSupplier deadline) throws InterruptedException;

    /** A job started or finished: an {@link #await} in progress looks again. */
    default void changed() {
    }
}
