package org.dateline.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;

/** The {@code dateline} executable: the only place that prints to the terminal or exits. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err, Clock.systemUTC()));
    }

    /** Runs the command line and returns its exit code; everything printed goes to {@code out} and {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        Console console = new Console(outWriter, errWriter, clock);
        CommandLine commandLine = new CommandLine(new DatelineCommand(), new Factory(console));
        commandLine.setOut(outWriter);
        commandLine.setErr(errWriter);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
            errWriter.println("internal error (this is a bug in Dateline; please report it): " + exception);
            exception.printStackTrace(errWriter);
            errWriter.flush();
            return ExitCode.INTERNAL;
        });
        int code = commandLine.execute(args);
        outWriter.flush();
        errWriter.flush();
        return code;
    }

    /** Creates commands with the console they print to; everything else picocli creates itself. */
    private record Factory(Console console) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == BuildCommand.class) {
                return type.cast(new BuildCommand(console));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
