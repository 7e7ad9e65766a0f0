package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dateline serve} from the command line: its lines, its refusals, and a clean stop on a signal. */
class ServeCommandTest {

    private static final long TIMEOUT = 120;

    @TempDir
    Path tmp;

    private record Run(int code, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestSites.CLOCK);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "0.0.0.0|false|warning: listening on every network interface (--bind 0.0.0.0): anyone who can reach this machine can read the site",
        "::|true|warning: listening on every network interface (--bind ::): anyone who can reach this machine can read the site, drafts included",
        "[::]|false|warning: listening on every network interface (--bind [::]): anyone who can reach this machine can read the site",
        "127.0.0.1|true|",
        "::1|false|",
        "localhost|false|"})
    void bindingToEveryInterfaceIsWarnedAbout(String bind, boolean drafts, String warning) {
        org.dateline.serve.ServeRequest request = new org.dateline.serve.ServeRequest(tmp, drafts, false,
                java.util.Optional.empty(), bind, 0, TestSites.CLOCK, false, java.util.Optional.empty());
        assertEquals(java.util.Optional.ofNullable(warning), ServeCommand.exposure(request));
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        Run run = run("serve", "--source", tmp.toString(), "--port", "70000");
        assertEquals(ExitCode.USAGE, run.code());
        assertEquals("error: --port 70000 is not a port (hint: use 1 to 65535, or 0 for any free port)"
                + System.lineSeparator(), run.err());
    }

    @Test
    void aPortInUseIsOneErrorLine() throws IOException {
        Path site = TestSites.copy("serve", tmp);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Run run = run("serve", "--source", site.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(ExitCode.SITE_ERRORS, run.code());
            String n = System.lineSeparator();
            assertEquals("127.0.0.1:" + taken.getLocalPort() + ": error: cannot listen: Address already in use" + n
                    + "    hint: stop whatever uses the port, or pass --port with another one (--port 0 picks a free one)"
                    + n, run.err());
        }
    }

    /** As a user runs it: the build line, the address, pages served, and on a stop signal nothing left behind. */
    @Test
    void servesUntilStoppedAndLeavesNothingBehind() throws Exception {
        Path site = TestSites.copy("serve", tmp);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--source", site.toString(), "--port", "0",
                "--cache-dir", tmp.resolve("cache").toString())
                .redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(lines::add);
            } catch (IOException e) {
                // the process ended
            }
        });
        reader.start();
        try {
            String built = until(lines, "Built ");
            Matcher folder = Pattern.compile("Built 2 articles, 10 pages, 27 files in \\d+\\.\\d\\d s \u2192 (.+) \\(1 warning\\)")
                    .matcher(built);
            assertTrue(folder.matches(), built);
            Path output = Path.of(folder.group(1));
            assertTrue(Files.isDirectory(output));
            String serving = until(lines, "Serving ");
            Matcher address = Pattern.compile("Serving (http://127\\.0\\.0\\.1:\\d+/) with live reload \u2014 Ctrl\\+C to stop")
                    .matcher(serving);
            assertTrue(address.matches(), serving);
            HttpResponse<String> front = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(address.group(1))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, front.statusCode());
            assertEquals("*\n", Files.readString(tmp.resolve("cache/.gitignore"), StandardCharsets.UTF_8));
            assertFalse(Files.exists(site.resolve(".dateline-cache")));

            process.destroy(); // SIGTERM: the same shutdown hook as Ctrl+C
            assertTrue(process.waitFor(TIMEOUT, TimeUnit.SECONDS));
            assertFalse(Files.exists(output.getParent()), "the temporary folder is left behind");
        } finally {
            process.destroyForcibly();
            reader.join(TimeUnit.SECONDS.toMillis(TIMEOUT));
        }
    }

    private static String until(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        List<String> seen = new java.util.ArrayList<>();
        while (true) {
            String line = lines.poll(TIMEOUT, TimeUnit.SECONDS);
            assertNotNull(line, "no line starting with " + prefix + " in " + seen);
            if (line.startsWith(prefix)) {
                return line;
            }
            seen.add(line);
        }
    }
}
