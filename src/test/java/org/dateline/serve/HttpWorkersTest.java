package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP threads' watchdog, on a hand-driven clock: an exchange over its limit is interrupted, no other. */
class HttpWorkersTest {

    private static final long HEAD_MILLIS = HttpWorkers.HEAD_LIMIT.toMillis();
    private static final long RESPONSE_MILLIS = HttpWorkers.RESPONSE_LIMIT.toMillis();
    private static final long CHECK_MILLIS = HttpWorkers.CHECK_EVERY.toMillis();

    private final FakeScheduler clock = new FakeScheduler();
    private final BlockingQueue<String> outcomes = new LinkedBlockingQueue<>();
    private final HttpWorkers workers = new HttpWorkers(1, clock, () -> { }, () -> { });

    @AfterEach
    void close() {
        workers.close();
    }

    /** A stand-in for an exchange that blocks (reading a head, writing an answer) until released or interrupted. */
    private Runnable blocking(CountDownLatch running, CountDownLatch release, String name) {
        return () -> {
            running.countDown();
            try {
                boolean released = release.await(ServedSite.TIMEOUT_SECONDS, TimeUnit.SECONDS);
                outcomes.add(name + (released ? " finished" : " timed out"));
            } catch (InterruptedException e) {
                outcomes.add(name + " interrupted");
            }
        };
    }

    private String outcome() throws InterruptedException {
        String outcome = outcomes.poll(ServedSite.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertTrue(outcome != null, "no outcome within the timeout");
        return outcome;
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertTrue(latch.await(ServedSite.TIMEOUT_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void anExchangeWhoseHeadIsNotInWithinTheLimitIsInterrupted() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        workers.execute(blocking(running, new CountDownLatch(1), "slow head"));
        await(running);
        clock.advance(HEAD_MILLIS);
        assertTrue(outcomes.isEmpty(), "interrupted at the limit, not past it");
        clock.advance(CHECK_MILLIS);
        assertEquals("slow head interrupted", outcome());
    }

    @Test
    void anExchangeThatIsAnsweringHasTheLongerLimitFromThen() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Runnable answer = blocking(running, release, "answer");
        workers.execute(() -> {
            try {
                workers.timed(exchange -> answer.run()).handle(new FakeExchange());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        await(running);
        clock.advance(HEAD_MILLIS + CHECK_MILLIS);
        clock.advance(RESPONSE_MILLIS - HEAD_MILLIS - CHECK_MILLIS);
        assertTrue(outcomes.isEmpty(), "an answer was cut at the limit for heads");
        clock.advance(2 * CHECK_MILLIS);
        assertEquals("answer interrupted", outcome());
    }

    @Test
    void anExchangeThatEndsInTimeIsLeftAloneAndItsThreadsNextExchangeIsNotInterrupted() throws InterruptedException {
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        workers.execute(blocking(firstRunning, releaseFirst, "first"));
        await(firstRunning);
        releaseFirst.countDown();
        assertEquals("first finished", outcome());

        clock.advance(HEAD_MILLIS / 2);
        CountDownLatch secondRunning = new CountDownLatch(1);
        CountDownLatch releaseSecond = new CountDownLatch(1);
        workers.execute(blocking(secondRunning, releaseSecond, "second")); // the same (only) thread
        await(secondRunning);
        clock.advance(HEAD_MILLIS - CHECK_MILLIS); // the first would be long overdue, the second is not yet
        releaseSecond.countDown();
        assertEquals("second finished", outcome());
    }

    @Test
    void anExchangeWaitingForAThreadIsTimedFromWhenItRuns() throws InterruptedException {
        CountDownLatch firstRunning = new CountDownLatch(1);
        workers.execute(blocking(firstRunning, new CountDownLatch(1), "first"));
        await(firstRunning);
        CountDownLatch secondRunning = new CountDownLatch(1);
        CountDownLatch releaseSecond = new CountDownLatch(1);
        workers.execute(blocking(secondRunning, releaseSecond, "second")); // one thread: it waits
        clock.advance(HEAD_MILLIS + CHECK_MILLIS);
        assertEquals("first interrupted", outcome());
        await(secondRunning);
        clock.advance(CHECK_MILLIS);
        releaseSecond.countDown();
        assertEquals("second finished", outcome());
        assertFalse(outcomes.contains("second interrupted"));
    }
}
