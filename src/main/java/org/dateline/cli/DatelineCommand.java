package org.dateline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dateline}: the top command; it only holds the subcommands. */
@Command(name = "dateline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds a news site from Markdown articles with YAML front matter.",
        subcommands = {BuildCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
final class DatelineCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try `dateline build`");
    }
}
