package org.dateline.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
        List<Job<R>> jobs = new ArrayList<>(items.size());
        Remaining remaining = new Remaining(items.size());
        for (T item : items) {
            Job<R> job = new Job<>(() -> work.apply(item), ticker, remaining);
            jobs.add(job);
            executor.execute(job.future);
        }
        awaitAll(jobs, remaining, limit.toNanos());
        List<R> results = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            Job<R> job = jobs.get(i);
            results.add(job.givenUp ? overtime.apply(items.get(i)) : Parallel.result(job.future));
        }
        return results;
    }

    /**
     * Waits until every job is done, giving up each that has run for {@code limitNanos} (0: no limit) when
     * it is looked at. This thread wakes when the last job is done or the earliest started job's time is up,
     * not once a job: waiting for each in turn parked and woke it about once a job (the workers finish
     * them about as fast as it looks), ~28,000 context switches in a cold build of the 10,000-article corpus
     * (articles, page contexts), each a wake-up across cores, dear on a virtual machine.
     */
    private <R> void awaitAll(List<Job<R>> jobs, Remaining remaining, long limitNanos) {
        try {
            if (limitNanos <= 0) {
                remaining.get();
                return;
            }
            while (!ticker.await(remaining, () -> deadline(jobs, limitNanos))) {
                long now = ticker.nanoTime();
                for (Job<R> job : jobs) {
                    long start = job.runningSince();
                    if (start != 0 && now - start >= limitNanos) {
                        giveUp(job);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        }
    }

    /**
     * The earliest moment a job not done yet runs out of time: a started one's start plus the limit, and for
     * one not started yet, which starts no earlier than now, now plus the limit (looked at again by then).
     */
    private <R> long deadline(List<Job<R>> jobs, long limitNanos) {
        long earliest = ticker.nanoTime() + limitNanos;
        for (Job<R> job : jobs) {
            long start = job.runningSince();
            if (start != 0 && start + limitNanos - earliest < 0) {
                earliest = start + limitNanos;
            }
        }
        return earliest;
    }

    /** How many threads were abandoned to an item that ran out of time. */
    int abandoned() {
        return abandoned.get();
    }

    /** Gives up a job that ran out of time, unless it was done just now: its thread is replaced. */
    private <R> void giveUp(Job<R> job) {
        if (!job.future.cancel(true)) {
            return; // done in the meantime: its result stands
        }
        job.givenUp = true;
        abandoned.incrementAndGet();
        synchronized (executor) {
            executor.setMaximumPoolSize(executor.getMaximumPoolSize() + 1);
            executor.setCorePoolSize(executor.getCorePoolSize() + 1);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /**
     * Whether every job of one {@link #map} is done (a given-up job is): a latch the jobs count down, which a
     * {@link Ticker} waits on as on any future (of the classes the workers' own queue and locks already use:
     * no other kind of future to initialise in a fresh JVM).
     */
    private static final class Remaining implements Future<Void> {
        private final CountDownLatch left;

        Remaining(int jobs) {
            this.left = new CountDownLatch(jobs);
        }

        void oneDone() {
            left.countDown();
        }

        @Override
        public boolean isDone() {
            return left.getCount() == 0;
        }

        @Override
        public Void get() throws InterruptedException {
            left.await();
            return null;
        }

        @Override
        public Void get(long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
            if (!left.await(timeout, unit)) {
                throw new TimeoutException();
            }
            return null;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            return false; // the jobs are cancelled one by one
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    /** One item's work, when a worker started it (0 until then), and whether it was given up. */
    private static final class Job<R> {
        private final AtomicLong started = new AtomicLong();
        private final FutureTask<R> future;
        /** Whether the thread waiting for it cancelled it, out of time: that thread alone reads and writes it. */
        private boolean givenUp;

        Job(Callable<R> work, Ticker ticker, Remaining remaining) {
            this.future = new FutureTask<>(() -> {
                started.set(ticker.nanoTime() | 1); // never 0, which means "not started"
                ticker.changed();
                return work.call();
            }) {
                @Override
                protected void done() { // also when cancelled
                    remaining.oneDone();
                    ticker.changed();
                }
            };
        }

        /** When a worker started it, if it is running: 0 when not started yet, or done. */
        long runningSince() {
            return future.isDone() ? 0 : started.get();
        }
    }
}
