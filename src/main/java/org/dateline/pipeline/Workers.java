package org.dateline.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.dateline.assemble.Parallel;

/**
 * The build's worker threads: one per core, each with a large stack so deeply nested input
 * overflows our limits, not the JVM's. Results come back in input order, whatever order the
 * workers finish in.
 *
 * <p>With a time limit, an item that runs longer is given up: its result is the fallback, and its
 * thread is interrupted and replaced by a new one, so the other items go on at full speed. flexmark
 * never checks for interrupts itself, but it reads the article through
 * {@link org.dateline.parse.InterruptibleText}, which does: the given-up parse or render unwinds at
 * its next character, so no abandoned work burns CPU on or piles up across rebuilds. Workers are
 * daemon threads, so they never keep the JVM alive.
 */
final class Workers implements AutoCloseable, Parallel {

    /** Stack per worker: deep enough for every input the parse limits let through. */
    static final long STACK_BYTES = 64L * 1024 * 1024;

    private final ThreadPoolExecutor executor;
    private final AtomicInteger abandoned = new AtomicInteger();
    private final Ticker ticker;

    Workers(int threads) {
        this(threads, Ticker.SYSTEM);
    }

    Workers(int threads, Ticker ticker) {
        this.ticker = ticker;
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(null, task, "dateline-worker-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
        int size = Math.max(1, threads);
        this.executor = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                factory);
    }

    /** Applies {@code work} to every item in parallel; the results keep the items' order. */
    @Override
    public <T, R> List<R> map(List<T> items, Function<T, R> work) {
        return map(items, work, Duration.ZERO, item -> {
            throw new IllegalStateException("no time limit was set");
        });
    }

    /** Runs {@code tasks} side by side and returns when every one is done; a task's exception is thrown here. */
    void all(List<Runnable> tasks) {
        map(tasks, task -> {
            task.run();
            return Boolean.TRUE;
        });
    }

    /**
     * Like {@link #map(List, Function)}, but an item whose work runs longer than {@code limit}
     * (counted from when a worker starts it) gets {@code overtime}'s result instead.
     * {@link Duration#ZERO} means no limit.
     */
    <T, R> List<R> map(List<T> items, Function<T, R> work, Duration limit, Function<T, R> overtime) {
        List<Job<R>> jobs = new ArrayList<>();
        for (T item : items) {
            Job<R> job = new Job<>(() -> work.apply(item), ticker);
            jobs.add(job);
            executor.execute(job.future);
        }
        List<R> results = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            Job<R> job = jobs.get(i);
            results.add(job.await(limit.toNanos()) ? Parallel.result(job.future) : giveUp(job, overtime, items.get(i)));
        }
        return results;
    }

    /** How many threads were abandoned to an item that ran out of time. */
    int abandoned() {
        return abandoned.get();
    }

    private <T, R> R giveUp(Job<R> job, Function<T, R> overtime, T item) {
        job.future.cancel(true);
        abandoned.incrementAndGet();
        synchronized (executor) {
            executor.setMaximumPoolSize(executor.getMaximumPoolSize() + 1);
            executor.setCorePoolSize(executor.getCorePoolSize() + 1);
        }
        return overtime.apply(item);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** One item's work, and when a worker started it (0 until then). */
    private static final class Job<R> {
        private final AtomicLong started = new AtomicLong();
        private final FutureTask<R> future;
        private final Ticker ticker;

        Job(java.util.concurrent.Callable<R> work, Ticker ticker) {
            this.ticker = ticker;
            this.future = new FutureTask<>(() -> {
                started.set(ticker.nanoTime() | 1); // never 0, which means "not started"
                ticker.changed();
                return work.call();
            }) {
                @Override
                protected void done() {
                    ticker.changed();
                }
            };
        }

        /** Waits until the work is done (true) or has run for {@code limitNanos} (false); 0 waits for ever. */
        boolean await(long limitNanos) {
            try {
                if (limitNanos <= 0) {
                    future.get();
                    return true;
                }
                return ticker.await(future, () -> {
                    long start = started.get();
                    return (start == 0 ? ticker.nanoTime() : start) + limitNanos;
                });
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                return true; // result() rethrows it
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("build interrupted", e);
            }
        }
    }
}
