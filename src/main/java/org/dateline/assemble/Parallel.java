package org.dateline.assemble;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Runs independent pieces of work, on several threads where the build has them; the results keep
 * the order of the items. The work must not share mutable state, and must not itself use the same
 * {@code Parallel} (the threads would wait for each other).
 */
public interface Parallel {

    /** On the calling thread. */
    Parallel SERIAL = new Parallel() {
        @Override
        public <T, R> List<R> map(List<T> items, Function<T, R> work) {
            return items.stream().map(work).toList();
        }
    };

    <T, R> List<R> map(List<T> items, Function<T, R> work);

    /**
     * Runs {@code work} on a daemon thread of its own named {@code name}, beside the caller's other
     * work, for a one-off piece of work the caller takes up later with {@link #result}.
     */
    static <R> FutureTask<R> aside(String name, Callable<R> work) {
        FutureTask<R> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** What {@code future} gave, once it is done; an unchecked exception or error it threw, as it threw it. */
    static <R> R result(FutureTask<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
