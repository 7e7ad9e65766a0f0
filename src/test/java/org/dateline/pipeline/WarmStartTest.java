package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The readying beside the command line's start-up: on a daemon thread of its own, the caller's part first. */
class WarmStartTest {

    @Test
    void runsTheCallersPartOnADaemonThreadOfItsOwn() throws Exception {
        CompletableFuture<String> ran = new CompletableFuture<>();
        WarmStart.begin(() -> ran.complete(Thread.currentThread().getName() + " daemon=" + Thread.currentThread().isDaemon()));
        assertEquals("dateline-warm-start daemon=true", ran.get());
    }
}
