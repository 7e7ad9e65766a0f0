package org.dateline.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Objects;

/** What commands talk to: stdout for results, stderr for progress and problems, and the clock. */
record Console(PrintWriter out, PrintWriter err, Clock clock) {
    Console {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(clock, "clock");
    }
}
