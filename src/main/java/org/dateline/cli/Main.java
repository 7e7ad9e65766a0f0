package org.dateline.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.dateline.pipeline.WarmStart;
import picocli.CommandLine;

/** The {@code dateline} executable: the only place that prints to the terminal or exits. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("build")) {
            WarmStart.begin(); // beside picocli's start-up, on the other core
        }
        Terminal terminal = Terminal.detect(System.console() != null, System.getenv());
        System.exit(run(args, System.out, System.err, Clock.systemUTC(), terminal));
    }

    /** Runs the command line and returns its exit code; everything printed goes to {@code out} and {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        return run(args, out, err, clock, Terminal.NONE);
    }

    /** Like {@link #run(String[], PrintStream, PrintStream, Clock)}, for output to a {@code terminal}. */
    static int run(String[] args, PrintStream out, PrintStream err, Clock clock, Terminal terminal) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine commandLine = commandLine(new Console(outWriter, errWriter, clock, terminal), named(args));
        commandLine.setExecutionExceptionHandler(new BugReport(errWriter));
        int code = commandLine.execute(args);
        outWriter.flush();
        errWriter.flush();
        return code;
    }

    /**
     * Reports an exception a command threw as a bug. A class, not a lambda: picocli's handler interface is a
     * Java 5 class file, which the class-data archive cannot keep once linked, nor a lambda implementing it,
     * so every start spun that lambda's class anew (LambdaMetafactory, interpreted); this one is only read from the jar.
     */
    private static final class BugReport implements CommandLine.IExecutionExceptionHandler {

        private final PrintWriter err;

        BugReport(PrintWriter err) {
            this.err = err;
        }

        @Override
        public int handleExecutionException(Exception exception, CommandLine line, CommandLine.ParseResult parseResult) {
            err.println("internal error (this is a bug in Dateline; please report it): " + exception);
            exception.printStackTrace(err);
            err.flush();
            return ExitCode.INTERNAL;
        }
    }

    /** The command tree, printing to {@code console}. */
    static CommandLine commandLine(Console console) {
        return commandLine(console, java.util.Optional.empty());
    }

    /**
     * The command that {@code args} start with, when it is one of ours other than {@code help} (which
     * needs the others): the only one the tree then needs. Anything else (an option first, no command,
     * a misspelt one that picocli suggests a name for) gets the whole tree.
     */
    private static java.util.Optional<String> named(String[] args) {
        return args.length > 0 && !args[0].equals("help") && DatelineCommand.COMMANDS.containsKey(args[0])
                ? java.util.Optional.of(args[0]) : java.util.Optional.empty();
    }

    /** The top command with {@code only} that subcommand, or with every one when empty. */
    private static CommandLine commandLine(Console console, java.util.Optional<String> only) {
        CommandLine commandLine = new CommandLine(new DatelineCommand().spec);
        DatelineCommand.COMMANDS.forEach((name, command) -> {
            if (only.isEmpty() || only.get().equals(name)) {
                commandLine.addSubcommand(name, new CommandLine(command.apply(console)));
            }
        });
        commandLine.setOut(console.out());
        commandLine.setErr(console.err());
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                console.terminal().colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        return commandLine;
    }
}
