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
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline new}: starts an article with complete front matter and prints its path. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Starts an article as a draft and prints its path.",
                "Creates content/<section>/<slug>.md with complete front matter and draft: true,"
                + " dated now in the site's time zone, and prints its path. Never overwrites a file."},
        footerHeading = "%nExample:%n",
        footer = {"  dateline new \"Polls close\" --section World --author \"Ana Ruiz\" --tag vote",
                "  prints content/world/polls-close.md; to open it at once:",
                "  $EDITOR \"$(dateline new \"Polls close\" --section World)\""})
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "HEADLINE", description = "The article's title; the file name is its slug.")
    String title;

    @Option(names = "--section", paramLabel = "S", description = "The section, e.g. World (default: none).")
    String section = "";

    @Option(names = "--author", paramLabel = "A", description = "An author; repeat for several.")
    List<String> authors = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "T", description = "A tag; repeat for several.")
    List<String> tags = new ArrayList<>();

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder (default: the current folder).")
    Path source = Path.of("");

    @Option(names = {"-q", "--quiet"}, description = "Print errors only (the path is still printed on stdout).")
    boolean quiet;

    private final Console console;

    NewCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Path site = source.toAbsolutePath().normalize();
        ConsoleReporter reporter = new ConsoleReporter(console, ConsoleReporter.verbosity(quiet, false),
                new ProblemPrinter(site, console.terminal().colour()));
        try {
            Problems problems = new Problems();
            SiteConfig config = new ConfigLoader().load(site, problems);
            problems.warnings().forEach(reporter::warn);
            problems.throwIfErrors();
            String relPath = new ArticleScaffold(config, new ArticleFiles()).create(
                    new NewArticle(site, title, section, authors, tags, console.clock()));
            console.out().println(source.resolve(relPath));
            console.out().flush();
            return ExitCode.OK;
        } catch (DatelineException e) {
            reporter.errors(e.problems());
            return ExitCode.SITE_ERRORS;
        }
    }
}
