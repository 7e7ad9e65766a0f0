package org.dateline.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.dateline.diag.Problem;
import org.dateline.diag.Reporter;

/** Prints progress and problems to stderr, as much as the verbosity asks for. */
final class ConsoleReporter implements Reporter {

    /** At most this many problems of one kind are printed; the rest are counted. */
    static final int MAX_PRINTED = 50;

    enum Verbosity { QUIET, NORMAL, VERBOSE }

    private final PrintWriter err;
    private final Verbosity verbosity;

    ConsoleReporter(PrintWriter err, Verbosity verbosity) {
        this.err = err;
        this.verbosity = verbosity;
    }

    @Override
    public void debug(Supplier<String> message) {
        if (verbosity == Verbosity.VERBOSE) {
            err.println("  " + message.get());
            err.flush();
        }
    }

    @Override
    public void info(String message) {
        if (verbosity != Verbosity.QUIET) {
            err.println(message);
            err.flush();
        }
    }

    @Override
    public void warn(Problem problem) {
        if (verbosity != Verbosity.QUIET) {
            err.println(problem.format());
            err.flush();
        }
    }

    @Override
    public void stage(String name, int count, Duration took) {
        debug(() -> String.format(Locale.ROOT, "%-9s %6d %s %6d ms", name, count, unit(name), took.toMillis()));
    }

    private static String unit(String stage) {
        return switch (stage) {
            case "load", "render" -> "articles";
            case "assemble" -> "pages   ";
            default -> "files   ";
        };
    }

    /** Prints every error, one line each, up to {@link #MAX_PRINTED} unless verbose, then says how to see the rest. */
    void errors(List<Problem> problems) {
        long shown = verbosity == Verbosity.VERBOSE ? problems.size() : MAX_PRINTED;
        problems.stream().limit(shown).forEach(problem -> err.println(problem.format()));
        if (problems.size() > shown) {
            err.println("... and " + (problems.size() - shown) + " more errors (run again with --verbose to see them"
                    + " all)");
        }
        err.flush();
    }
}
