package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * An item that never checks for interrupts (as flexmark never does) is given up after the limit,
 * its thread replaced, and the other items still run, even on a single worker.
 */
class WorkersTimeLimitTest {

    @Test
    void hungItemIsGivenUpAndTheOthersStillRunOnAReplacementThread() {
        AtomicBoolean release = new AtomicBoolean();
        long start = System.nanoTime();
        try (Workers workers = new Workers(1)) {
            List<String> results = workers.map(List.of("hung", "a", "b"), item -> {
                if (item.equals("hung")) {
                    while (!release.get()) {
                        Thread.interrupted(); // ignores interrupts, like a parser stuck in a loop
                        LockSupport.parkNanos(1_000_000);
                    }
                }
                return "done " + item;
            }, Duration.ofMillis(200), item -> "gave up on " + item);
            assertEquals(List.of("gave up on hung", "done a", "done b"), results);
            assertEquals(1, workers.abandoned());
        } finally {
            release.set(true);
        }
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "the build did not wait for the hung item");
    }

    @Test
    void timeIsCountedFromWhenAWorkerStartsTheItemNotFromWhenItWasQueued() {
        try (Workers workers = new Workers(1)) {
            List<String> results = workers.map(List.of("a", "b", "c", "d", "e"), item -> {
                LockSupport.parkNanos(100_000_000);
                return item;
            }, Duration.ofMillis(400), item -> "gave up on " + item);
            assertEquals(List.of("a", "b", "c", "d", "e"), results);
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
    void secondsAreShownWithoutTrailingZeros() {
        assertEquals("5 s", BuildPipeline.seconds(Duration.ofSeconds(5)));
        assertEquals("0.25 s", BuildPipeline.seconds(Duration.ofMillis(250)));
    }
}
