package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dateline}: the top command; it only holds the subcommands, which {@link Main} adds: all of
 * them, or only the one a command line names (see {@link #COMMANDS}).
 */
@Command(name = "dateline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds a news site from Markdown articles with YAML front matter.",
        footerHeading = "%nExamples:%n",
        footer = {"  dateline build --source mysite", "  dateline new \"Polls close\" --section World --source mysite",
                "  dateline serve --source mysite",
                "  dateline check --source mysite --strict",
                "  dateline import wordpress-export.xml --source mysite --dry-run", "  dateline help build"})
final class DatelineCommand implements Runnable {

    /**
     * The subcommands by name, in the order the help lists them. picocli reads each one's annotations
     * when it is added (a fresh JVM's {@code dateline build} spent ~0.1 s making the whole tree), so a
     * command line that starts with a command's name gets that command alone: its parsing, errors and
     * help are the same, as a subcommand's spec does not depend on its siblings.
     */
    static final java.util.Map<String, Class<?>> COMMANDS = orderedCommands();

    private static java.util.Map<String, Class<?>> orderedCommands() {
        java.util.Map<String, Class<?>> commands = new java.util.LinkedHashMap<>();
        commands.put("build", BuildCommand.class);
        commands.put("serve", ServeCommand.class);
        commands.put("check", CheckCommand.class);
        commands.put("new", NewCommand.class);
        commands.put("import", ImportCommand.class);
        commands.put("help", CommandLine.HelpCommand.class);
        return java.util.Collections.unmodifiableMap(commands);
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try `dateline build`");
    }
}
