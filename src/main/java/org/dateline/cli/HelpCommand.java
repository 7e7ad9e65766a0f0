package org.dateline.cli;

import java.io.PrintWriter;
import org.dateline.cli.Specs.Value;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code dateline help [COMMAND]}: what picocli's {@code CommandLine.HelpCommand} does and prints, with its
 * texts, but with a spec made in code. picocli's is annotated, and reading its annotations was all that
 * was left to read for {@code --help} and {@code --version} (which make the whole command tree): the JDK's
 * annotation classes (no longer in the class-data archive, which builds train) and six proxy classes.
 */
final class HelpCommand implements Runnable, CommandLine.IHelpCommandInitializable2 {

    /** The command's picocli spec; its header is the line the top command's help lists it with. */
    final CommandSpec spec = help(CommandSpec.wrapWithoutInspection(this));

    private final Value<String> command = Specs.positional(spec, String.class, null, PositionalParamSpec.builder()
            .arity("0..1").paramLabel("COMMAND").description("The COMMAND to display the usage help message for."));

    private CommandLine self;

    private CommandLine.Help.ColorScheme colours;

    private PrintWriter out;

    HelpCommand() {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show usage help for the help command and exit.").build());
    }

    private static CommandSpec help(CommandSpec spec) {
        spec.name("help").helpCommand(true);
        spec.usageMessage().header("Display help information about the specified command.")
                .synopsisHeading("%nUsage: ")
                .description("%nWhen no COMMAND is given, the usage help for the main command is displayed.",
                        "If a COMMAND is specified, the help for that command is shown.%n");
        return spec;
    }

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter outWriter,
            PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colours = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine parent = self.getParent();
        String name = command.value();
        if (name == null) {
            parent.usage(out, colours);
            return;
        }
        CommandLine subcommand = parent.getSubcommands().get(name);
        if (subcommand == null) {
            throw new CommandLine.ParameterException(parent, "Unknown subcommand '" + name + "'.", null, name);
        }
        subcommand.usage(out, colours);
    }
}
