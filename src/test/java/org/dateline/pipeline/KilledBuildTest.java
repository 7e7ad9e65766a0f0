package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dateline.diag.Reporter;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL while it writes (a crash, an OOM killer, a CI timeout) leaves the
 * previous output exactly as it was, and the next build cleans up and succeeds. The build runs in
 * a child JVM with this test's class path ({@link StallingBuild}), which stops its page workers
 * once 50 pages are in the staging folder and says so; then it is killed.
 */
class KilledBuildTest {

    private static final int ARTICLES = 120;

    @TempDir
    Path tmp;

    @Test
    void killingTheJvmWhileItWritesLosesNothing() throws Exception {
        Path site = generate(tmp.resolve("site"));
        Path out = tmp.resolve("out");
        build(site, out);
        Map<String, String> before = snapshot(out);
        TestSites.write(site, "content/world/late-news.md", article("Late news", 0));

        // the child stops all its page workers once 50 pages are in staging, and says so: killed mid-write, every time
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StallingBuild.class.getName(),
                site.toString(), out.toString(), "50")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader said = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals(StallingBuild.WRITING, said.readLine(), "the child build never reached its 50th page");
        }
        child.destroyForcibly().waitFor();
        assertTrue(staging(out).isPresent(), "the killed build left its staging folder");
        assertEquals(before, snapshot(out), "the previous output changed");

        BuildResult next = build(site, out);
        assertEquals(ARTICLES + 1, next.articles());
        assertTrue(Files.exists(out.resolve("world/2024/05/01/late-news/index.html")));
        assertEquals(Optional.empty(), staging(out), "the next build cleaned up");
    }

    private static BuildResult build(Path site, Path out) {
        return new BuildPipeline(Reporter.silent(), 2).build(new BuildRequest(site, out, false, false,
                Optional.empty(), TestSites.CLOCK));
    }

    private static Path generate(Path site) {
        TestSites.write(site, "site.yaml", "title: Killed build\n");
        for (int i = 0; i < ARTICLES; i++) {
            TestSites.write(site, "content/world/story-" + i + ".md", article("Story " + i, i));
        }
        return site;
    }

    private static String article(String title, int i) {
        return "---\ntitle: " + title + "\ndate: 2024-05-01T10:" + String.format("%02d", i % 60) + ":00Z\n---\n"
                + "A short paragraph of copy.\n";
    }

    private static Optional<Path> staging(Path out) throws IOException {
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(".out.staging-")).findFirst();
        }
    }

    private static Map<String, String> snapshot(Path root) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), HexFormat.of().formatHex(sha.digest(read(file))));
            }
        }
        return files;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
