package org.dateline.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.Future;
import org.dateline.assemble.Parallel;
import org.dateline.config.ConfigLoader;
import org.dateline.diag.Problems;
import org.dateline.parse.MarkdownParser;

/**
 * Readies, on the second core, what a build's first steps use, while the command line's own start-up
 * (picocli's classes and the command specs, ~0.05 s of a fresh JVM's one thread) keeps the first core busy: the
 * classes of a site's configuration (YAML, the time-zone rules, the language list), SHA-256's provider,
 * flexmark's parser and the common pool. Nothing it makes is kept or read: the build makes its own,
 * finding the classes initialised (and the first methods compiled). A build that gets there first only
 * waits for a class the other thread is initialising, as it would have initialised it itself.
 */
public final class WarmStart {

    /** A configuration that reaches the loader's usual paths: its text is parsed and dropped. */
    private static final String CONFIG = "title: Warm\nbase_url: https://warm.example.org/\nlanguage: en\n"
            + "time_zone: America/New_York\n"; // a named region, as most sites give: loads the zone-rules provider

    private WarmStart() {
    }

    /** Starts readying on a daemon thread of its own and returns at once, with the readying's end to wait for. */
    public static Future<?> begin() {
        return Parallel.aside("dateline-warm-start", () -> {
            warm();
            return Thread.currentThread().getName() + (Thread.currentThread().isDaemon() ? " (daemon)" : "");
        });
    }

    private static void warm() {
        new MarkdownParser(); // in the order the build comes to them: the engine makes one first
        try {
            MessageDigest.getInstance("SHA-256").digest(CONFIG.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            // the build reports it where it asks
        }
        try {
            new ConfigLoader().parse(CONFIG, new Problems());
        } catch (RuntimeException e) {
            // a sample the loader refuses still readied its classes
        }
        java.util.stream.IntStream.range(0, 2).parallel().sum(); // starts the common pool
    }
}
