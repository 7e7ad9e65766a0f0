package org.dateline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.config.ConfigLoader;
import org.dateline.config.SiteConfig;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problems;
import org.dateline.importer.ArticleFiles;
import org.dateline.importer.ArticleScaffold;
import org.dateline.importer.NewArticle;
import org.dateline.cli.Specs.Value;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code dateline new}: starts an article with complete front matter and prints its path. */
final class NewCommand implements Callable<Integer> {

    /** The command's picocli spec: its options are the fields below, in this order. */
    final CommandSpec spec = Specs.command(this, "new", new String[] {
        "Starts an article as a draft and prints its path.",
        "Creates content/<section>/<slug>.md with complete front matter and draft: true,"
                + " dated now in the site's time zone, and prints its path. Never overwrites a file."},
            "%nExample:%n", "  dateline new \"Polls close\" --section World --author \"Ana Ruiz\" --tag vote",
            "  prints content/world/polls-close.md; to open it at once:",
            "  $EDITOR \"$(dateline new \"Polls close\" --section World)\"");

    private final Value<String> title = Specs.positional(spec, String.class, null,
            PositionalParamSpec.builder().index("0").required(true).paramLabel("HEADLINE")
                    .description("The article's title; the file name is its slug."));

    private final Value<String> section = Specs.option(spec, String.class, "", OptionSpec.builder("--section")
            .paramLabel("S").description("The section, e.g. World (default: none)."));

    private final Value<List<String>> authors = Specs.option(spec, List.class, new ArrayList<>(),
            OptionSpec.builder("--author").paramLabel("A").auxiliaryTypes(String.class)
                    .description("An author; repeat for several."));

    private final Value<List<String>> tags = Specs.option(spec, List.class, new ArrayList<>(),
            OptionSpec.builder("--tag").paramLabel("T").auxiliaryTypes(String.class)
                    .description("A tag; repeat for several."));

    private final Value<Path> source = Specs.option(spec, Path.class, Path.of(""), OptionSpec.builder("--source")
            .paramLabel("DIR").description("The site folder (default: the current folder)."));

    private final Value<Boolean> quiet = Specs.flag(spec, OptionSpec.builder("-q", "--quiet")
            .description("Print errors only (the path is still printed on stdout)."));

    private final Console console;

    NewCommand(Console console) {
        this.console = console;
        Specs.withStandardHelp(spec);
    }

    @Override
    public Integer call() {
        Path site = source.value().toAbsolutePath().normalize();
        ConsoleReporter reporter = new ConsoleReporter(console, ConsoleReporter.verbosity(quiet.value(), false),
                new ProblemPrinter(site, console.terminal().colour()));
        try {
            Problems problems = new Problems();
            SiteConfig config = new ConfigLoader().load(site, problems);
            problems.warnings().forEach(reporter::warn);
            problems.throwIfErrors();
            String relPath = new ArticleScaffold(config, new ArticleFiles()).create(
                    new NewArticle(site, title.value(), section.value(), authors.value(), tags.value(),
                            console.clock()));
            console.out().println(source.value().resolve(relPath));
            console.out().flush();
            return ExitCode.OK;
        } catch (DatelineException e) {
            reporter.errors(e.problems());
            return ExitCode.SITE_ERRORS;
        }
    }
}
