import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures `dateline serve` on a generated corpus (bench/GenerateCorpus.java): starts the jar, opens
 * the live-reload stream, then for 5 body edits and 1 tag edit of one article measures the time from
 * the file write to (a) the reload event and (b) the new page being served; then the server's peak
 * memory against cold builds' of the same corpus (run first), and requests/s with wrk on one article page. Not part of `mvn verify`.
 *
 * <p>Run: {@code java bench/ServeBench.java target/dateline|target/dateline.jar target/bench/corpus [port]}
 */
public final class ServeBench {

    private static final long TIMEOUT_MS = 600_000;

    public static void main(String[] args) throws Exception {
        // the jar (run as java -jar, the JVM's defaults) or a launcher such as target/dateline (its own options)
        List<String> dateline = args[0].endsWith(".jar") ? List.of("java", "-jar", args[0]) : List.of(args[0]);
        Path corpus = Path.of(args[1]);
        int port = args.length > 2 ? Integer.parseInt(args[2]) : 18_080;
        Path article;
        try (Stream<Path> files = Files.list(corpus.resolve("content/world"))) {
            article = files.filter(p -> p.getFileName().toString().startsWith("story-0-")).findFirst().orElseThrow();
        }
        String slug = article.getFileName().toString().replace(".md", "");
        String url = "http://127.0.0.1:" + port + "/world/2020/01/01/" + slug + "/";
        String original = Files.readString(article, StandardCharsets.UTF_8);
        // put back when the JVM exits, also on Ctrl-C, which runs no finally block: a run stopped mid-edit left the
        // article edited, and the next run took that text for the original
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.writeString(article, original, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                System.err.println("bench: could not put back " + article + ": " + e.getMessage());
            }
        }));

        boolean noCache = System.getenv().getOrDefault("BENCH_SERVE_CACHE", "fresh").equals("none");
        System.out.println(noCache ? "cache: none (the server and the cold builds with --no-cache)"
                : "cache: fresh (the server and each cold build with a new, empty --cache-dir)");
        List<Long> coldPeaks = coldBuilds(dateline, corpus, noCache);
        long started = System.nanoTime();
        List<String> serve = new ArrayList<>(dateline);
        serve.addAll(List.of("serve", "--source", corpus.toString(), "--port", Integer.toString(port)));
        Path serverCache = Files.createTempDirectory("serve-bench-cache");
        serve.addAll(cacheOptions(noCache, serverCache));
        Process server = new ProcessBuilder(serve).redirectErrorStream(true).start(); // a launcher execs its JVM: same pid
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroy)); // nor is a stopped run's server left holding the port
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                in.lines().forEach(line -> {
                    lines.add(line);
                    System.out.println("  server: " + line);
                });
            } catch (IOException | java.io.UncheckedIOException e) {
                // ended
            }
        });
        pump.setDaemon(true);
        pump.start();
        try {
            for (String line = next(lines); !line.startsWith("Serving "); line = next(lines)) {
                // the pump prints it
            }
            System.out.printf("first build and start: %.1f s, server CPU %.1f s%n", (System.nanoTime() - started) / 1e9,
                    cpuSeconds(server.pid()));
            if (!System.getenv().getOrDefault("BENCH_IDLE", "1").equals("0")) {
                // an editor's first save comes seconds after the start, not milliseconds: time the edits on an
                // idle server (done with the JIT's queue and the heap give-back), as they would be
                double waited = awaitIdle(server.pid());
                System.out.printf("server idle %.1f s later (no CPU for 1 s), server CPU %.1f s%n", waited,
                        cpuSeconds(server.pid()));
            }
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            BlockingQueue<Long> reloads = events(port);

            List<Double> eventMs = new ArrayList<>();
            List<Double> pageMs = new ArrayList<>();
            List<Double> cpuMs = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                String marker = "bench-edit-" + i + "-" + System.nanoTime();
                long t0 = System.nanoTime(), cpu0 = cpuTicks(server.pid());
                Files.writeString(article, original + "\nA new paragraph " + marker + ".\n", StandardCharsets.UTF_8);
                long event = awaitEvent(reloads);
                eventMs.add((event - t0) / 1e6);
                String body = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                pageMs.add((System.nanoTime() - t0) / 1e6);
                cpuMs.add((cpuTicks(server.pid()) - cpu0) * 10.0);
                if (!body.contains(marker)) {
                    throw new IllegalStateException("edit " + i + " not served");
                }
                System.out.printf("body edit %d: reload event %.0f ms, new page served %.0f ms, server CPU %.0f ms%n", i,
                        eventMs.get(i - 1), pageMs.get(i - 1), cpuMs.get(i - 1));
            }
            System.out.printf("body edit median: reload event %.0f ms, new page served %.0f ms, server CPU %.0f ms%n",
                    median(eventMs), median(pageMs), median(cpuMs));

            String tag = "bench-new-tag-" + (System.nanoTime() % 100_000);
            String tagged = original.replaceFirst("tags: \\[([^,\\]]+), [^\\]]+\\]", "tags: [$1, " + tag + "]");
            long t0 = System.nanoTime(), cpu0 = cpuTicks(server.pid());
            Files.writeString(article, tagged, StandardCharsets.UTF_8);
            long event = awaitEvent(reloads);
            int status = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/tags/" + tag + "/"))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            System.out.printf("tag edit: reload event %.0f ms, new tag page served (%d) %.0f ms, server CPU %.0f ms%n",
                    (event - t0) / 1e6, status, (System.nanoTime() - t0) / 1e6, (cpuTicks(server.pid()) - cpu0) * 10.0);
            System.out.printf("server CPU after the edits: %.1f s%n", cpuSeconds(server.pid()));
            System.out.println("server memory: " + peak(server.pid()));
            if (!coldPeaks.isEmpty()) {
                long serverPeak = peakKiB(server.pid());
                long coldMedian = coldPeaks.stream().sorted().toList().get(coldPeaks.size() / 2);
                System.out.printf("server peak %d KiB / cold build peak %d KiB (median of %d: %s) = %.2f%n", serverPeak,
                        coldMedian, coldPeaks.size(), coldPeaks, (double) serverPeak / coldMedian);
            }
            Thread.sleep(20_000); // the server collects a large site's build garbage when idle for 10 s
            System.out.println("server memory 20 s after the last edit: " + peak(server.pid()));
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            if (Files.isExecutable(jcmd)) {
                // what the server really holds, apart from heap the JVM has not given back since the first build
                new ProcessBuilder(jcmd.toString(), Long.toString(server.pid()), "GC.run").redirectErrorStream(true)
                        .start().waitFor();
                System.out.println("server memory after a full GC (jcmd GC.run): " + peak(server.pid()));
            }

            if (Files.isExecutable(Path.of("/usr/bin/wrk"))) {
                Process wrk = new ProcessBuilder("wrk", "-t2", "-c50", "-d10s", url).redirectErrorStream(true).start();
                System.out.println("wrk -t2 -c50 -d10s " + url);
                System.out.print(new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                wrk.waitFor();
                System.out.println("server memory after wrk: " + peak(server.pid()));
            } else {
                System.out.println("wrk not installed: skipping requests/s");
            }
        } finally { // the article is put back by the shutdown hook above, once the server no longer watches it
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
            server.destroyForcibly();
            deleteTree(serverCache);
        }
    }

    /** Opens the live-reload stream on a raw socket; the arrival time of each reload event lands in the queue. */
    private static BlockingQueue<Long> events(int port) throws IOException {
        BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();
        Socket socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        out.write(("GET /__dateline/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        Thread reader = new Thread(() -> {
            try {
                InputStream in = socket.getInputStream();
                StringBuilder line = new StringBuilder();
                for (int b = in.read(); b >= 0; b = in.read()) {
                    if (b == '\n') {
                        if (line.toString().equals("event: reload")) {
                            reloads.add(System.nanoTime());
                        }
                        line.setLength(0);
                    } else if (b != '\r') {
                        line.append((char) b);
                    }
                }
            } catch (IOException e) {
                // closed
            }
        });
        reader.setDaemon(true);
        reader.start();
        return reloads;
    }

    private static long awaitEvent(BlockingQueue<Long> reloads) throws InterruptedException {
        Long at = reloads.poll(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        if (at == null) {
            throw new IllegalStateException("no reload event");
        }
        return at;
    }

    private static String next(BlockingQueue<String> lines) throws InterruptedException {
        String line = lines.poll(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new IllegalStateException("the server printed nothing");
        }
        return line;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * The peak resident memory (GNU time's %M, KiB) of BENCH_COLD_RUNS (default 3) cold builds of the
     * corpus into a fresh folder, the figure the server's peak is held to: each with a new, empty cache
     * folder, as the server's first build, or with {@code --no-cache} when the server runs so
     * (BENCH_SERVE_CACHE=none). So both do the same work, and a cache left by an earlier run changes nothing.
     */
    private static List<Long> coldBuilds(List<String> dateline, Path corpus, boolean noCache)
            throws IOException, InterruptedException {
        int runs = Integer.parseInt(System.getenv().getOrDefault("BENCH_COLD_RUNS", "3"));
        List<Long> peaks = new ArrayList<>();
        if (runs > 0 && !Files.isExecutable(Path.of("/usr/bin/time"))) {
            System.out.println("GNU time not installed (/usr/bin/time): skipping the cold builds");
            return peaks;
        }
        Path out = Files.createTempDirectory("serve-bench-cold");
        Path times = out.resolveSibling(out.getFileName() + ".time");
        Path cache = out.resolveSibling(out.getFileName() + ".cache");
        try {
            for (int i = 1; i <= runs; i++) {
                deleteTree(out);
                deleteTree(cache);
                List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %M", "-o", times.toString()));
                command.addAll(dateline);
                command.addAll(List.of("build", "--quiet", "--source", corpus.toString(), "--output",
                        out.resolve("site").toString()));
                command.addAll(cacheOptions(noCache, cache));
                Process build = new ProcessBuilder(command).redirectErrorStream(true).start();
                String log = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (build.waitFor() != 0) {
                    throw new IllegalStateException("cold build failed:\n" + log);
                }
                String[] fields = Files.readString(times, StandardCharsets.UTF_8).trim().split("\\s+");
                peaks.add(Long.parseLong(fields[fields.length - 1]));
                System.out.printf("cold build %d (build %s): %s s, peak %s KiB%n", i, String.join(" ", cacheOptions(noCache, cache)), fields[fields.length - 2],
                        fields[fields.length - 1]);
            }
        } finally {
            deleteTree(out);
            deleteTree(cache);
            Files.deleteIfExists(times);
        }
        return peaks;
    }

    private static List<String> cacheOptions(boolean noCache, Path cache) {
        return noCache ? List.of("--no-cache") : List.of("--cache-dir", cache.toString());
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Collections.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /**
     * Waits until process {@code pid} has used (almost) no CPU for 1 s, at most 60 s; how long it waited.
     * "Almost": at most one clock tick (10 ms) in each tenth of a second.
     */
    private static double awaitIdle(long pid) throws IOException, InterruptedException {
        long start = System.nanoTime();
        long last = cpuTicks(pid);
        for (int still = 0; still < 10 && System.nanoTime() - start < 60_000_000_000L; ) {
            Thread.sleep(100);
            long now = cpuTicks(pid);
            still = now - last <= 1 ? still + 1 : 0;
            last = now;
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The user and system CPU time of process {@code pid}, in clock ticks (1/100 s on Linux). */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.UTF_8);
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime and stime, fields 14 and 15 of stat
    }

    private static double cpuSeconds(long pid) throws IOException {
        return cpuTicks(pid) / 100.0;
    }

    private static long peakKiB(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            Matcher field = Pattern.compile("VmHWM:\\s+(\\d+) kB").matcher(line);
            if (field.matches()) {
                return Long.parseLong(field.group(1));
            }
        }
        return -1;
    }

    /** The peak resident memory since the start (the first build included) and what is resident now. */
    private static String peak(long pid) throws IOException {
        String peak = "unknown";
        String now = "unknown";
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            Matcher field = Pattern.compile("(VmHWM|VmRSS):\\s+(\\d+) kB").matcher(line);
            if (field.matches() && field.group(1).equals("VmHWM")) {
                peak = field.group(2);
            } else if (field.matches()) {
                now = field.group(2);
            }
        }
        return peak + " KiB peak (VmHWM), " + now + " KiB now (VmRSS)";
    }
}
