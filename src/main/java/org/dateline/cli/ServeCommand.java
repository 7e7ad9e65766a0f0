package org.dateline.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.dateline.diag.DatelineException;
import org.dateline.serve.DevServer;
import org.dateline.serve.Rebuild;
import org.dateline.serve.ServeRequest;
import org.dateline.cli.Specs.Value;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code dateline serve}: builds the site, serves it on this machine, and rebuilds and reloads on every save. */
final class ServeCommand implements Callable<Integer> {

    /** The command's picocli spec: its options are the fields below, in this order. */
    final CommandSpec spec = Specs.command(this, "serve", new String[] {"Builds the site in --source, serves it at"
            + " http://127.0.0.1:8080/, and rebuilds and reloads open pages whenever a file of the site changes."
            + " Stop with Ctrl+C."}, "%nExample:%n", "  dateline serve --source mysite --drafts --port 8000");

    private final Value<Path> source = Specs.option(spec, Path.class, Path.of(""), OptionSpec.builder("--source")
            .paramLabel("DIR").description("The site folder (default: the current folder)."));

    private final Value<Integer> port = Specs.option(spec, int.class, ServeRequest.DEFAULT_PORT,
            OptionSpec.builder("--port").paramLabel("PORT")
                    .description("The port to listen on (default: 8080; 0 picks a free one)."));

    private final Value<String> bind = Specs.option(spec, String.class, ServeRequest.LOOPBACK,
            OptionSpec.builder("--bind").paramLabel("ADDRESS").description("The address to listen on (default:"
                    + " 127.0.0.1, this machine only). 0.0.0.0 lets every machine that can reach this one read"
                    + " the site."));

    private final Value<Boolean> drafts = Specs.flag(spec, OptionSpec.builder("--drafts")
            .description("Include articles marked draft: true."));

    private final Value<Boolean> future = Specs.flag(spec, OptionSpec.builder("--future")
            .description("Include articles dated in the future."));

    private final Value<String> baseUrl = Specs.option(spec, String.class, null, OptionSpec.builder("--base-url")
            .paramLabel("URL").description("Override base_url from site.yaml; its path is where the site is served"
                    + " (https://example.org/paper/ serves it at /paper/)."));

    private final CacheOptions cache = new CacheOptions(spec);

    private final Value<Boolean> verbose = Specs.flag(spec, OptionSpec.builder("-v", "--verbose")
            .description("Also show stage timings and skipped articles."));

    private final Value<Boolean> quiet = Specs.flag(spec, OptionSpec.builder("-q", "--quiet")
            .description("Print errors only."));

    private final Console console;

    ServeCommand(Console console) {
        this.console = console;
        Specs.withStandardHelp(spec);
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port.value() < 0 || port.value() > 65_535) {
            console.err().println("error: --port " + port.value()
                    + " is not a port (hint: use 1 to 65535, or 0 for any free port)");
            console.err().flush();
            return ExitCode.USAGE;
        }
        Path site = source.value().toAbsolutePath().normalize();
        // a new reporter for each build: its printer quotes source lines as they are now
        Supplier<ConsoleReporter> reporters = () -> new ConsoleReporter(console,
                ConsoleReporter.verbosity(quiet.value(), verbose.value()),
                new ProblemPrinter(site, console.terminal().colour()));
        ServeRequest request = new ServeRequest(site, drafts.value(), future.value(),
                Optional.ofNullable(baseUrl.value()), bind.value(), port.value(), console.clock(), true,
                cache.folder(site));
        // the JDK's server otherwise waits on Nagle's algorithm between a response's head and body
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        DevServer server;
        try {
            RepeatFilter warnings = new RepeatFilter(reporters);
            server = DevServer.start(request, warnings, rebuild -> {
                warnings.buildEnded();
                report(rebuild, reporters.get());
            });
        } catch (DatelineException e) {
            reporters.get().errors(e.problems());
            return ExitCode.SITE_ERRORS;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "dateline-serve-stop"));
        exposure(request).ifPresent(console.err()::println);
        console.err().println("Serving " + server.url() + " with live reload \u2014 Ctrl+C to stop");
        console.err().flush();
        stopped.await();
        return ExitCode.OK;
    }

    /** The warning for a server that every machine able to reach this one can read, if it is one. */
    static Optional<String> exposure(ServeRequest request) {
        if (!request.allInterfaces()) {
            return Optional.empty();
        }
        return Optional.of("warning: listening on every network interface (--bind " + request.bind() + "): anyone who"
                + " can reach this machine can read the site" + (request.drafts() ? ", drafts included" : ""));
    }

    private void report(Rebuild rebuild, ConsoleReporter reporter) {
        if (rebuild.initial()) {
            if (rebuild.succeeded()) {
                reporter.info(BuildCommand.summary(rebuild.result().get()));
            } else {
                reporter.errors(rebuild.errors());
                rebuild.bug().ifPresent(bug -> bug.printStackTrace(console.err()));
                console.err().println("Build failed with " + rebuild.errors().size()
                        + (rebuild.errors().size() == 1 ? " error" : " errors") + "; the server shows "
                        + (rebuild.errors().size() == 1 ? "it" : "them") + " until a change fixes the site.");
                console.err().flush();
            }
            return;
        }
        if (rebuild.succeeded()) {
            reporter.info(rebuild.line());
            return;
        }
        console.err().println(rebuild.line());
        reporter.errors(rebuild.errors());
        rebuild.bug().ifPresent(bug -> bug.printStackTrace(console.err()));
        console.err().flush();
    }
}
