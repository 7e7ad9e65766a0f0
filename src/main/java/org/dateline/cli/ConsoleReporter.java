package org.dateline.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.dateline.diag.Problem;
import org.dateline.diag.Reporter;

/**
 * Prints progress and problems to stderr, as much as the verbosity asks for. Problems are printed
 * by the {@link ProblemPrinter}, with their source line; a {@link ProgressLine} is erased first.
 */
final class ConsoleReporter implements Reporter {

    /** At most this many problems of one kind are printed; the rest are counted. */
    static final int MAX_PRINTED = 50;

    enum Verbosity { QUIET, NORMAL, VERBOSE }

    private final PrintWriter err;
    private final Verbosity verbosity;
    private final ProblemPrinter printer;
    private final ProgressLine progress;

    ConsoleReporter(Console console, Verbosity verbosity, ProblemPrinter printer) {
        this.err = console.err();
        this.verbosity = verbosity;
        this.printer = printer;
        this.progress = new ProgressLine(err, console.clock(),
                console.terminal().interactive() && verbosity != Verbosity.QUIET);
    }

    static Verbosity verbosity(boolean quiet, boolean verbose) {
        return quiet ? Verbosity.QUIET : verbose ? Verbosity.VERBOSE : Verbosity.NORMAL;
    }

    @Override
    public synchronized void debug(Supplier<String> message) {
        if (verbosity == Verbosity.VERBOSE) {
            line(ProblemPrinter.safe("  " + message.get()));
        }
    }

    @Override
    public synchronized void info(String message) {
        if (verbosity != Verbosity.QUIET) {
            line(ProblemPrinter.safe(message));
        }
    }

    @Override
    public synchronized void warn(Problem problem) {
        if (verbosity != Verbosity.QUIET) {
            line(printer.print(problem));
        }
    }

    @Override
    public void progress(String stage, int done, int total) {
        progress.update(stage, done, total);
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

    /** Prints every error, up to {@link #MAX_PRINTED} unless verbose, then says how to see the rest. */
    synchronized void errors(List<Problem> problems) {
        long shown = verbosity == Verbosity.VERBOSE ? problems.size() : MAX_PRINTED;
        problems.stream().limit(shown).forEach(problem -> line(printer.print(problem)));
        if (problems.size() > shown) {
            line("... and " + (problems.size() - shown) + " more errors (run again with --verbose to see them all)");
        }
    }

    /** Prints {@code text}, already free of control characters (but the printer's colours). */
    private void line(String text) {
        progress.clear();
        err.println(text);
        err.flush();
    }
}
