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
import org.dateline.cli.Specs.Value;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code dateline import}: saved HTML pages and WordPress exports into new Markdown articles. */
final class ImportCommand implements Callable<Integer> {

    /** The command's picocli spec: its options are the fields below, in this order. */
    final CommandSpec spec = Specs.command(this, "import", new String[] {
        "Imports saved HTML pages and WordPress exports.",
        "Imports saved HTML pages (files or folders) and WordPress export files (WXR .xml) into new"
                + " Markdown articles under content/, and standalone pages under content/pages/. Never uses the"
                + " network, never overwrites a file; prints each new file's path on stdout and a summary on stderr."},
            "%nExamples:%n", "  dateline import wordpress-export.xml --source mysite --dry-run",
            "  dateline import saved-pages/ --section World --source mysite");

    private final Value<List<Path>> inputs = Specs.positional(spec, List.class, new ArrayList<>(),
            PositionalParamSpec.builder().arity("1..*").required(true).paramLabel("PATH").auxiliaryTypes(Path.class)
                    .description("Saved .html pages, folders of them, or WordPress export .xml files."));

    private final Value<Path> source = Specs.option(spec, Path.class, Path.of(""), OptionSpec.builder("--source")
            .paramLabel("DIR").description("The site folder (default: the current folder)."));

    private final Value<String> section = Specs.option(spec, String.class, "", OptionSpec.builder("--section")
            .paramLabel("S").description("Put every imported article in this section"
                    + " (default: from the page's metadata or the post's first category)."));

    private final Value<Boolean> dryRun = Specs.flag(spec, OptionSpec.builder("--dry-run")
            .description("Report what would be imported; write nothing."));

    private final Value<Boolean> quiet = Specs.flag(spec, OptionSpec.builder("-q", "--quiet")
            .description("Print errors only."));

    private final Console console;

    ImportCommand(Console console) {
        this.console = console;
        Specs.withStandardHelp(spec);
    }

    @Override
    public Integer call() {
        Path site = source.value().toAbsolutePath().normalize();
        ConsoleReporter reporter = new ConsoleReporter(console, ConsoleReporter.verbosity(quiet.value(), false),
                new ProblemPrinter(Path.of("").toAbsolutePath(), console.terminal().colour()));
        ImportReport report;
        try {
            Problems problems = new Problems();
            SiteConfig config = new ConfigLoader().load(site, problems);
            problems.throwIfErrors();
            report = new ArticleImporter(config, new ArticleFiles()).run(new ImportRequest(site, inputs.value(),
                    section.value().strip(), dryRun.value()), reporter);
        } catch (DatelineException e) {
            reporter.errors(e.problems());
            return ExitCode.SITE_ERRORS;
        }
        report.written().forEach(path -> console.out().println(source.value().resolve(path)));
        console.out().flush();
        List<Problem> errors = report.problems().stream().filter(Problem::isError).toList();
        report.problems().stream().filter(problem -> !problem.isError()).forEach(reporter::warn);
        reporter.errors(errors);
        reporter.info(summary(report));
        return errors.isEmpty() ? ExitCode.OK : ExitCode.SITE_ERRORS;
    }

    private String summary(ImportReport report) {
        int articles = report.written().size() - report.pages();
        StringBuilder line = new StringBuilder(dryRun.value() ? "Would import " : "Imported ")
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
        if (dryRun.value()) {
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
