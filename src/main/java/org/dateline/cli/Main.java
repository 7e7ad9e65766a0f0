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
            WarmStart.begin(Main::readAnnotations); // beside picocli's start-up, on the other core
        }
        Terminal terminal = Terminal.detect(System.console() != null, System.getenv());
        System.exit(run(args, System.out, System.err, Clock.systemUTC(), terminal));
    }

    /**
     * Reads the annotations that picocli reads to make {@code dateline build}'s commands. The JDK makes a
     * proxy class for each annotation type (and for their own annotations') the first time one is read,
     * which a class-data archive of Java 17 cannot hold: 7 of them took ~0.05 s of picocli's ~0.1 s
     * start-up. Read here first, on the other core while picocli initialises itself, they are made; the
     * annotations read are cached with their classes, and picocli finds them there.
     */
    private static void readAnnotations() {
        for (Class<?> type : java.util.List.of(DatelineCommand.class, BuildCommand.class, CacheOptions.class)) {
            type.getAnnotations();
            for (java.lang.reflect.Field field : type.getDeclaredFields()) {
                field.getAnnotations();
            }
        }
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
        Factory factory = new Factory(console);
        CommandLine commandLine = new CommandLine(new DatelineCommand(), factory);
        DatelineCommand.COMMANDS.forEach((name, type) -> {
            if (only.isEmpty() || only.get().equals(name)) {
                commandLine.addSubcommand(name, new CommandLine(type, factory));
            }
        });
        commandLine.setOut(console.out());
        commandLine.setErr(console.err());
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                console.terminal().colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        return commandLine;
    }

    /** Creates commands with the console they print to; everything else picocli creates itself. */
    private record Factory(Console console) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == BuildCommand.class) {
                return type.cast(new BuildCommand(console));
            }
            if (type == ServeCommand.class) {
                return type.cast(new ServeCommand(console));
            }
            if (type == CheckCommand.class) {
                return type.cast(new CheckCommand(console));
            }
            if (type == ImportCommand.class) {
                return type.cast(new ImportCommand(console));
            }
            if (type == NewCommand.class) {
                return type.cast(new NewCommand(console));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
