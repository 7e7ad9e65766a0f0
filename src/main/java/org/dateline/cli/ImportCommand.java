package org.dateline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.config.ConfigLoader;
import org.dateline.config.SiteConfig;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.importer.ArticleFiles;
import org.dateline.importer.ArticleImporter;
import org.dateline.importer.ImportReport;
import org.dateline.importer.ImportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline import}: saved HTML pages and WordPress exports into new Markdown articles. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Imports saved HTML pages and WordPress exports.", "Imports saved HTML pages (files or folders) and WordPress export files (WXR .xml) into new"
                + " Markdown articles under content/, and standalone pages under content/pages/. Never uses the"
                + " network, never overwrites a file; prints each new file's path on stdout and a summary on stderr."},
        footerHeading = "%nExamples:%n",
        footer = {"  dateline import wordpress-export.xml --source mysite --dry-run",
                "  dateline import saved-pages/ --section World --source mysite"})
final class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Saved .html pages, folders of them, or"
            + " WordPress export .xml files.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder (default: the current folder).")
    Path source = Path.of("");

    @Option(names = "--section", paramLabel = "S", description = "Put every imported article in this section"
            + " (default: from the page's metadata or the post's first category).")
    String section = "";

    @Option(names = "--dry-run", description = "Report what would be imported; write nothing.")
    boolean dryRun;

    @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
    boolean quiet;

    private final Console console;

    ImportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Path site = source.toAbsolutePath().normalize();
        ConsoleReporter reporter = new ConsoleReporter(console, ConsoleReporter.verbosity(quiet, false),
                new ProblemPrinter(Path.of("").toAbsolutePath(), console.terminal().colour()));
        ImportReport report;
        try {
            Problems problems = new Problems();
            SiteConfig config = new ConfigLoader().load(site, problems);
            problems.throwIfErrors();
            report = new ArticleImporter(config, new ArticleFiles()).run(new ImportRequest(site, inputs, section.strip(),
                    dryRun), reporter);
        } catch (DatelineException e) {
            reporter.errors(e.problems());
            return ExitCode.SITE_ERRORS;
        }
        report.written().forEach(path -> console.out().println(source.resolve(path)));
        console.out().flush();
        List<Problem> errors = report.problems().stream().filter(Problem::isError).toList();
        report.problems().stream().filter(problem -> !problem.isError()).forEach(reporter::warn);
        reporter.errors(errors);
        reporter.info(summary(report));
        return errors.isEmpty() ? ExitCode.OK : ExitCode.SITE_ERRORS;
    }

    private String summary(ImportReport report) {
        int articles = report.written().size() - report.pages();
        StringBuilder line = new StringBuilder(dryRun ? "Would import " : "Imported ")
                .append(count(articles, "article")).append(" and ").append(count(report.pages(), "page"));
        int skipped = report.skipped().values().stream().mapToInt(Integer::intValue).sum();
        line.append("; skipped ").append(skipped);
        if (skipped > 0) {
            line.append(" (").append(join(report.skipped())).append(')');
        }
        if (!report.ignored().isEmpty()) {
            List<String> parts = new ArrayList<>();
            report.ignored().forEach((kind, n) -> parts.add(count(n, kind)));
            line.append("; ignored ").append(String.join(", ", parts));
        }
        if (dryRun) {
            line.append("; nothing was written (--dry-run)");
        }
        return line.toString();
    }

    private static String join(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((reason, n) -> parts.add(n + " " + reason));
        return String.join(", ", parts);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
