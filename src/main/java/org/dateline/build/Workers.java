package org.dateline.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The build's worker threads: one per core, each with a large stack so deeply nested input
 * overflows our limits, not the JVM's. Results come back in input order, whatever order the
 * workers finish in.
 */
final class Workers implements AutoCloseable {

    /** Stack per worker: deep enough for every input the parse limits let through. */
    static final long STACK_BYTES = 64L * 1024 * 1024;

    private final ExecutorService executor;

    Workers(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(null, task, "dateline-worker-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
        this.executor = Executors.newFixedThreadPool(Math.max(1, threads), factory);
    }

    /** Applies {@code work} to every item in parallel; the results keep the items' order. */
    <T, R> List<R> map(List<T> items, Function<T, R> work) {
        List<Future<R>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(executor.submit(() -> work.apply(item)));
        }
        List<R> results = new ArrayList<>();
        for (Future<R> future : futures) {
            try {
                results.add(future.get());
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
        return results;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
