package org.dateline.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dateline.pipeline.BuildPipeline;
import org.dateline.pipeline.BuildRequest;
import org.dateline.pipeline.ColdCheck;
import org.dateline.pipeline.BuildResult;
import org.dateline.diag.DatelineException;
import org.dateline.cli.Specs.Value;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code dateline build}: renders a site folder into a static site. */
final class BuildCommand implements Callable<Integer> {

    /** The command's picocli spec: its options are the fields below, in this order. */
    final CommandSpec spec = Specs.command(this, "build", new String[] {"Renders the site in --source into --output."},
            "%nExample:%n", "  dateline build --source mysite --output public --base-url https://news.example.org/",
            "  Builds mysite/ into public/; errors show the file, line and column with the source line.");

    private final Value<Path> source = Specs.option(spec, Path.class, Path.of(""), OptionSpec.builder("--source")
            .paramLabel("DIR").description("The site folder (default: the current folder)."));

    private final Value<Path> output = Specs.option(spec, Path.class, null, OptionSpec.builder("--output")
            .paramLabel("DIR").description("Where to write the site (default: target/site in the site folder)."));

    private final Value<Boolean> drafts = Specs.flag(spec, OptionSpec.builder("--drafts")
            .description("Include articles marked draft: true."));

    private final Value<Boolean> future = Specs.flag(spec, OptionSpec.builder("--future")
            .description("Include articles dated in the future."));

    private final Value<String> baseUrl = Specs.option(spec, String.class, null, OptionSpec.builder("--base-url")
            .paramLabel("URL").description("Override base_url from site.yaml, e.g. for a preview deploy."));

    private final Value<Boolean> nextPublish = Specs.flag(spec, OptionSpec.builder("--next-publish")
            .description("After building, print only the next moment a rebuild changes"
                    + " the site (a scheduled article's date or an expiry), as an ISO 8601 instant, to stdout."));

    private final CacheOptions cache = new CacheOptions(spec);

    private final Value<Boolean> verifyIncremental = Specs.flag(spec, OptionSpec.builder("--verify-incremental")
            .hidden(true).description("Debugging: after the build, build cold"
                    + " into a temporary folder and name the first file that differs."));

    private final Value<Boolean> verbose = Specs.flag(spec, OptionSpec.builder("-v", "--verbose")
            .description("Also show stage timings, skipped articles, every error"
                    + " past the first 50, and the stack trace behind an error that came from an exception."));

    private final Value<Boolean> quiet = Specs.flag(spec, OptionSpec.builder("-q", "--quiet")
            .description("Print errors only."));

    private final Console console;

    BuildCommand(Console console) {
        this.console = console;
        Specs.withStandardHelp(spec);
    }

    @Override
    public Integer call() {
        Path site = source.value().toAbsolutePath().normalize();
        ConsoleReporter reporter = new ConsoleReporter(console,
                ConsoleReporter.verbosity(quiet.value(), verbose.value()),
                new ProblemPrinter(site, console.terminal().colour()));
        Path target = output.value() != null ? output.value() : BuildRequest.defaultOutput(site);
        BuildRequest request = new BuildRequest(site, target, drafts.value(), future.value(),
                Optional.ofNullable(baseUrl.value()), console.clock(), cache.folder(site));
        try {
            BuildResult result = new BuildPipeline(reporter).build(request);
            reporter.info(summary(result));
            if (verifyIncremental.value()) {
                Optional<String> differs = ColdCheck.firstDifference(request, Runtime.getRuntime().availableProcessors());
                console.err().println(differs.map(path -> "verify-incremental: " + path + " differs from a cold build")
                        .orElse("verify-incremental: identical to a cold build"));
                console.err().flush();
                if (differs.isPresent()) {
                    return ExitCode.SITE_ERRORS;
                }
            }
            if (nextPublish.value()) {
                result.nextChange().ifPresent(next -> console.out().println(next.at()));
                console.out().flush();
            }
            return ExitCode.OK;
        } catch (DatelineException e) {
            reporter.errors(e.problems());
            if (verbose.value() && e.getCause() != null) {
                e.printStackTrace(console.err());
            }
            console.err().println("Build failed with " + e.problems().size() + (e.problems().size() == 1 ? " error" : " errors")
                    + "; nothing was written to " + target + ".");
            console.err().flush();
            return ExitCode.SITE_ERRORS;
        }
    }

    static String summary(BuildResult result) {
        StringBuilder line = new StringBuilder("Built ").append(result.articles())
                .append(result.articles() == 1 ? " article" : " articles");
        if (result.skipped() > 0) {
            line.append(" (").append(result.skipped()).append(" draft or scheduled left out)");
        }
        line.append(", ").append(result.pages()).append(" pages, ").append(result.files()).append(" files in ")
                .append(String.format(Locale.ROOT, "%.2f s", result.took().toMillis() / 1000.0))
                .append(" \u2192 ").append(result.output());
        if (!result.warnings().isEmpty()) {
            line.append(" (").append(result.warnings().size())
                    .append(result.warnings().size() == 1 ? " warning)" : " warnings)");
        }
        result.nextPublication().ifPresent(next -> line.append("; next scheduled publication ").append(next.at())
                .append(" (").append(next.file()).append(')'));
        result.nextExpiry().ifPresent(next -> line.append("; next expiry ").append(next.at())
                .append(" (").append(next.file()).append(')'));
        return line.toString();
    }
}
