package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dateline}: the top command; it only holds the subcommands. */
@Command(name = "dateline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds a news site from Markdown articles with YAML front matter.",
        subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, ImportCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  dateline build --source mysite", "  dateline new \"Polls close\" --section World --source mysite",
                "  dateline check --source mysite --strict",
                "  dateline import wordpress-export.xml --source mysite --dry-run", "  dateline help build"})
final class DatelineCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try `dateline build`");
    }
}
