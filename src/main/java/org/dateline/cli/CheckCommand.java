package org.dateline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.Severity;
import org.dateline.pipeline.BuildPipeline;
import org.dateline.pipeline.BuildRequest;
import org.dateline.pipeline.CheckResult;
import org.dateline.cli.Specs.Value;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code dateline check}: everything a build finds, plus links, images and editorial rules; writes nothing. */
final class CheckCommand implements Callable<Integer> {

    /** The command's picocli spec: its options are the fields below, in this order. */
    final CommandSpec spec = Specs.command(this, "check", new String[] {
        "Checks links, images and editorial rules; writes nothing.",
        "Builds the site in memory without touching the output folder and reports broken internal"
                + " links, #fragments and images, and editorial problems, one per FILE:LINE:COLUMN: LEVEL: MESSAGE."
                + " Exit 1 on any error, 0 with warnings only. External links are counted, never fetched."},
            "%nExample:%n", "  dateline check --source mysite --strict",
            "  content/world/polls.md:9:24: error: link \"/world/nope/\" goes nowhere: ...");

    private final Value<Path> source = Specs.option(spec, Path.class, Path.of(""), OptionSpec.builder("--source")
            .paramLabel("DIR").description("The site folder (default: the current folder)."));

    private final Value<Boolean> drafts = Specs.flag(spec, OptionSpec.builder("--drafts")
            .description("Check articles marked draft: true too."));

    private final Value<Boolean> future = Specs.flag(spec, OptionSpec.builder("--future")
            .description("Check articles dated in the future too."));

    private final Value<Boolean> strict = Specs.flag(spec, OptionSpec.builder("--strict")
            .description("Treat warnings as errors (exit 1 on any)."));

    private final Value<Boolean> quiet = Specs.flag(spec, OptionSpec.builder("-q", "--quiet")
            .description("Print errors only."));

    private final Value<Boolean> verbose = Specs.flag(spec, OptionSpec.builder("-v", "--verbose")
            .description("Also show stage timings."));

    private final Console console;

    CheckCommand(Console console) {
        this.console = console;
        Specs.withStandardHelp(spec);
    }

    @Override
    public Integer call() {
        Path site = source.value().toAbsolutePath().normalize();
        ConsoleReporter reporter = new ConsoleReporter(console,
                ConsoleReporter.verbosity(quiet.value(), verbose.value()),
                new ProblemPrinter(site, console.terminal().colour()));
        // The output folder is named only because a request needs one: check never writes.
        BuildRequest request = new BuildRequest(site, BuildRequest.defaultOutput(site), drafts.value(), future.value(),
                Optional.empty(), console.clock());
        CheckResult result;
        try {
            result = new BuildPipeline(reporter).check(request);
        } catch (DatelineException e) {
            reporter.errors(e.problems());
            return ExitCode.SITE_ERRORS;
        }
        List<Problem> problems = result.problems().stream()
                .map(problem -> strict.value() && !problem.isError()
                        ? new Problem(Severity.ERROR, problem.position(), problem.message(), problem.hint()) : problem)
                .toList();
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        List<Problem> warnings = problems.stream().filter(problem -> !problem.isError()).toList();
        reporter.errors(errors);
        warnings.forEach(reporter::warn);
        reporter.info("Checked " + result.articles() + (result.articles() == 1 ? " article" : " articles")
                + (result.skipped() > 0 ? " (" + result.skipped() + " draft or scheduled left out)" : "")
                + " and " + (result.internalLinks() == 1 ? "1 internal link or image"
                        : result.internalLinks() + " internal links and images") + ": " + count(errors.size(), "error")
                + ", " + count(warnings.size(), "warning") + "; " + count(result.externalLinks(), "external link")
                + " not checked (no network)");
        return errors.isEmpty() ? ExitCode.OK : ExitCode.SITE_ERRORS;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
