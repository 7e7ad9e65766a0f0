package org.dateline.cli;

import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dateline}: the top command; it only holds the subcommands, which {@link Main} adds: all of
 * them, or only the one a command line names (see {@link #COMMANDS}).
 */
final class DatelineCommand implements Runnable {

    /**
     * The subcommands' specs by name, in the order the help lists them, each made for the console it
     * prints to. A command line that starts with a command's name gets that command alone: its parsing,
     * errors and help are the same, as a subcommand's spec does not depend on its siblings.
     */
    static final java.util.Map<String, Function<Console, CommandSpec>> COMMANDS = orderedCommands();

    private static java.util.Map<String, Function<Console, CommandSpec>> orderedCommands() {
        java.util.Map<String, Function<Console, CommandSpec>> commands = new java.util.LinkedHashMap<>();
        commands.put("build", console -> new BuildCommand(console).spec);
        commands.put("serve", console -> new ServeCommand(console).spec);
        commands.put("check", console -> new CheckCommand(console).spec);
        commands.put("new", console -> new NewCommand(console).spec);
        commands.put("import", console -> new ImportCommand(console).spec);
        commands.put("help", console -> new HelpCommand().spec);
        return java.util.Collections.unmodifiableMap(commands);
    }

    /** The command's picocli spec; {@link Specs} says why it is made in code. */
    final CommandSpec spec = Specs.withStandardHelp(Specs.command(this, "dateline",
            new String[] {"Builds a news site from Markdown articles with YAML front matter."}, "%nExamples:%n",
            "  dateline build --source mysite", "  dateline new \"Polls close\" --section World --source mysite",
            "  dateline serve --source mysite",
            "  dateline check --source mysite --strict",
            "  dateline import wordpress-export.xml --source mysite --dry-run", "  dateline help build"));

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try `dateline build`");
    }
}
