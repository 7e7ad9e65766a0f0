package org.dateline.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A progress line on stderr for work that takes a while: shown only at a terminal, only once the
 * work has run for {@link #AFTER}, redrawn in place at most every {@link #EVERY}, and erased before
 * anything else is printed. Time comes from the injected clock.
 */
final class ProgressLine {

    static final Duration AFTER = Duration.ofSeconds(2);
    static final Duration EVERY = Duration.ofMillis(200);

    private final PrintWriter err;
    private final Clock clock;
    private final boolean enabled;
    private final Instant start;
    private Instant lastDrawn = Instant.MIN;
    private boolean shown;

    ProgressLine(PrintWriter err, Clock clock, boolean enabled) {
        this.err = err;
        this.clock = clock;
        this.enabled = enabled;
        this.start = clock.instant();
    }

    void update(String stage, int done, int total) {
        if (enabled) { // without the lock when off: every worker calls this for every page (14,000 a rebuild)
            draw(stage, done, total);
        }
    }

    private synchronized void draw(String stage, int done, int total) {
        Instant now = clock.instant();
        if (now.isBefore(start.plus(AFTER)) || now.isBefore(lastDrawn.plus(EVERY)) && done < total) {
            return;
        }
        lastDrawn = now;
        long seconds = Duration.between(start, now).toSeconds();
        err.print("\r\u001b[K" + stage + ": " + done + " of " + total + " (" + seconds + " s)");
        err.flush();
        shown = true;
    }

    /** Erases the line, so the next message starts at the left edge of a clean line. */
    synchronized void clear() {
        if (shown) {
            err.print("\r\u001b[K");
            err.flush();
            shown = false;
        }
    }
}
