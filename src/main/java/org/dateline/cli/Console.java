package org.dateline.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Objects;

/** What commands talk to: stdout for results, stderr for progress and problems, the clock, and the terminal. */
record Console(PrintWriter out, PrintWriter err, Clock clock, Terminal terminal) {
    Console {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(terminal, "terminal");
    }
}
