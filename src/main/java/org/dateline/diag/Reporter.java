package org.dateline.diag;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Where library code sends progress and diagnostics. Only the command line prints; tests record.
 */
public interface Reporter {

    /** Detail for {@code --verbose}. */
    void debug(Supplier<String> message);

    /** Progress a user normally sees. */
    void info(String message);

    /** A warning about the user's site. */
    void warn(Problem problem);

    /** A pipeline stage finished: name, how many items, how long. */
    void stage(String name, int count, Duration took);

    /**
     * {@code done} of {@code total} items of a stage are finished. Called often and from worker
     * threads; a reporter decides itself whether and when to show it.
     */
    default void progress(String stage, int done, int total) {
    }

    static Reporter silent() {
        return new Silent();
    }

    /** Shows nothing; a reporter that wants one kind of report extends it and overrides that method. */
    class Silent implements Reporter {
        @Override
        public void debug(Supplier<String> message) {
        }

        @Override
        public void info(String message) {
        }

        @Override
        public void warn(Problem problem) {
        }

        @Override
        public void stage(String name, int count, Duration took) {
        }
    }
}
