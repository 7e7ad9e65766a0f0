package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;
import org.dateline.parse.InterruptibleText;
import org.junit.jupiter.api.Test;

/**
 * The time limit, driven by a fake clock that the items themselves move forward: no test here waits
 * for time to pass. An item over its limit is given up, its thread replaced, the others still run
 * (even on one worker), and the given-up work, which reads its text as flexmark does, stops at once.
 */
class WorkersTimeLimitTest {

    private static final Duration LIMIT = Duration.ofSeconds(5);

    /** A clock that moves only when told to; waiting on it ends when a job changes or time passes the deadline. */
    static class FakeTicker implements Ticker {
        private long now = 1_001; // odd: a job start is stored as nanoTime() | 1

        @Override
        public synchronized long nanoTime() {
            return now;
        }

        @Override
        public synchronized boolean await(Future<?> job, LongSupplier deadline) throws InterruptedException {
            while (!job.isDone() && now < deadline.getAsLong()) {
                wait();
            }
            return job.isDone();
        }

        @Override
        public synchronized void changed() {
            notifyAll();
        }

        synchronized void advance(Duration by) {
            now += by.toNanos();
            notifyAll();
        }
    }

    @Test
    void anItemOverItsLimitIsGivenUpStopsReadingAndTheOthersRunOnAReplacementThread() throws Exception {
        FakeTicker ticker = new FakeTicker();
        CountDownLatch unwound = new CountDownLatch(1);
        AtomicReference<Throwable> stoppedWith = new AtomicReference<>();
        try (Workers workers = new Workers(1, ticker)) {
            List<String> results = workers.map(List.of("hung", "a", "b"), item -> {
                if (item.equals("hung")) {
                    InterruptibleText text = new InterruptibleText("x".repeat(1000));
                    ticker.advance(LIMIT.plusNanos(1)); // the parse takes "too long"
                    try {
                        for (int i = 0; ; i = (i + 1) % text.length()) {
                            text.charAt(i); // reads on, like flexmark in a quadratic loop, never checking itself
                        }
                    } catch (RuntimeException e) {
                        stoppedWith.set(e);
                        throw e;
                    } finally {
                        unwound.countDown();
                    }
                }
                // slow, but within its own limit even when the other runs at once and moves the clock too:
                // the replacement thread and the given-up one (once it stops) can run a and b side by side
                ticker.advance(LIMIT.dividedBy(2).minusSeconds(1));
                return "done " + item;
            }, LIMIT, item -> "gave up on " + item);
            assertEquals(List.of("gave up on hung", "done a", "done b"), results);
            assertEquals(1, workers.abandoned());
            assertTrue(unwound.await(1, TimeUnit.MINUTES), "hang guard: the given-up item never stopped reading");
            assertEquals(InterruptibleText.Stopped.class, stoppedWith.get().getClass());
        }
    }

    @Test
    void timeIsCountedFromWhenAWorkerStartsTheItemNotFromWhenItWasQueued() {
        FakeTicker ticker = new FakeTicker();
        try (Workers workers = new Workers(1, ticker)) {
            List<String> results = workers.map(List.of("a", "b", "c", "d", "e"), item -> {
                ticker.advance(LIMIT.minusNanos(1)); // five of these add up to far more than the limit
                return item;
            }, LIMIT, item -> "gave up on " + item);
            assertEquals(List.of("a", "b", "c", "d", "e"), results);
            assertEquals(0, workers.abandoned());
        }
    }

    @Test
    void anItemExactlyAtItsLimitIsGivenUp() {
        FakeTicker ticker = new FakeTicker();
        try (Workers workers = new Workers(1, ticker)) {
            CountDownLatch release = new CountDownLatch(1);
            List<String> results = workers.map(List.of("slow"), item -> {
                ticker.advance(LIMIT);
                awaitQuietly(release);
                return "done";
            }, LIMIT, item -> "gave up on " + item);
            release.countDown();
            assertEquals(List.of("gave up on slow"), results);
        }
    }

    @Test
    void theWaitingThreadWaitsOnceForAllItemsNotOnceAnItem() {
        AtomicInteger waits = new AtomicInteger();
        FakeTicker ticker = new FakeTicker() {
            @Override
            public synchronized boolean await(Future<?> job, LongSupplier deadline) throws InterruptedException {
                waits.incrementAndGet();
                return super.await(job, deadline);
            }
        };
        List<Integer> items = IntStream.range(0, 50).boxed().toList();
        try (Workers workers = new Workers(2, ticker)) {
            List<Integer> results = workers.map(items, n -> n * 3, LIMIT, n -> -1);
            assertEquals(IntStream.range(0, 50).map(n -> n * 3).boxed().toList(), results);
            assertEquals(1, waits.get(), "one wait for the 50 items, none over their limit");
            assertEquals(0, workers.abandoned());
        }
    }

    @Test
    void withoutALimitResultsKeepTheirOrderAndExceptionsPropagate() {
        try (Workers workers = new Workers(2)) {
            assertEquals(List.of(2, 4, 6), workers.map(List.of(1, 2, 3), n -> n * 2));
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> workers.map(List.of(1), n -> {
                        throw new IllegalStateException("boom");
                    }));
            assertEquals("boom", thrown.getMessage());
        }
    }

    @Test
    void readingStopsOnlyOnceTheThreadIsInterrupted() {
        InterruptibleText text = new InterruptibleText("abc");
        assertEquals('b', text.charAt(1));
        assertEquals("bc", text.subSequence(1, 3).toString());
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptibleText.Stopped.class, () -> text.charAt(0));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void secondsAreShownWithoutTrailingZeros() {
        assertEquals("5 s", ArticleStage.seconds(Duration.ofSeconds(5)));
        assertEquals("0.25 s", ArticleStage.seconds(Duration.ofMillis(250)));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
