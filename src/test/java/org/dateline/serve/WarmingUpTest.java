package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up runs one chunk per scheduling on the rebuild thread, yields to a rebuild and stops for good; time is a {@link FakeScheduler}. */
class WarmingUpTest {

    private final FakeScheduler clock = new FakeScheduler();
    private final List<String> log = new ArrayList<>();

    /** A warm-up of {@code chunks} chunks, each taking {@code millis} of the fake clock and logged with its size. */
    private WarmingUp warmUp(int chunks, long millis, Runnable during) {
        int[] left = {chunks};
        return new WarmingUp(clock, size -> {
            log.add("chunk of " + size);
            during.run();
            clock.pass(millis);
            return --left[0] > 0;
        });
    }

    @Test
    void runsOneChunkPerSchedulingUntilNoneIsLeft() {
        WarmingUp warming = warmUp(3, 0, () -> assertEquals(0, clock.pending(), "no chunk scheduled while one runs"));
        warming.start();
        assertEquals(List.of(), log, "nothing runs before the rebuild thread picks it up");
        assertEquals(1, clock.pending());
        clock.advance(0);
        assertEquals(List.of("chunk of 4", "chunk of 4", "chunk of 4"), log);
        assertEquals(0, clock.pending(), "the last chunk schedules no other");
    }

    @Test
    void aChangeMadeDuringAChunkIsBuiltBeforeTheNextChunkAndEndsTheWarmUp() {
        WarmingUp[] warming = new WarmingUp[1];
        Debouncer debouncer = new Debouncer(Duration.ofMillis(30), Duration.ofMillis(300), clock, changed -> {
            warming[0].stop(); // as DevServer's rebuild does
            log.add("rebuild " + changed);
        });
        int[] chunk = {0};
        warming[0] = warmUp(10, 40, () -> {
            if (++chunk[0] == 2) {
                debouncer.offer(List.of(Path.of("content/world/floods.md"))); // saved while the second chunk runs
            }
        });
        warming[0].start();
        clock.advance(10_000);
        assertEquals(List.of("chunk of 4", "chunk of 4", "rebuild [content/world/floods.md]"), log);
        assertEquals(0, clock.pending());
    }

    @Test
    void stopCallsOffTheChunksNotYetRun() {
        WarmingUp warming = warmUp(5, 0, () -> { });
        warming.start();
        warming.stop();
        clock.advance(1_000);
        assertEquals(List.of(), log);
        warming.start();
        clock.advance(1_000);
        assertEquals(List.of(), log, "a stopped warm-up does not start again");
    }
}
