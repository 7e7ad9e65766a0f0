package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The readying beside the command line's start-up: on a daemon thread of its own. */
class WarmStartTest {

    @Test
    void runsOnADaemonThreadOfItsOwnWithoutAnError() throws Exception {
        assertEquals("dateline-warm-start (daemon)", WarmStart.begin().get());
    }
}
