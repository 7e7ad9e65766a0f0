package org.dateline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.pipeline.BuildPipeline;
import org.dateline.pipeline.BuildRequest;
import org.dateline.pipeline.BuildResult;
import org.dateline.diag.Reporter;

/**
 * Fixture sites for tests: copies {@code src/test/resources/sites/NAME/} into a temporary folder
 * (so a test may edit it), writes extra files, and builds it with a fixed clock.
 */
public final class TestSites {

    /** The clock every test build uses unless it says otherwise: 2024-07-01T12:00Z. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-07-01T12:00:00Z"), ZoneOffset.UTC);

    private TestSites() {
    }

    /** Copies fixture {@code name} into {@code into}/site and returns that folder. */
    public static Path copy(String name, Path into) {
        Path target = into.resolve("site");
        try {
            Path source = Path.of(TestSites.class.getResource("/sites/" + name).toURI());
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path path : walk.toList()) {
                    Path destination = target.resolve(source.relativize(path).toString());
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(destination);
                    } else {
                        Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no fixture site " + name, e);
        }
        return target;
    }

    /** An empty site folder with just {@code site.yaml} text, for tests that write their own files. */
    public static Path empty(Path into, String siteYaml) {
        Path target = into.resolve("site");
        write(target, "site.yaml", siteYaml);
        return target;
    }

    /** Writes {@code text} as UTF-8 to {@code site/relative}, creating folders. */
    public static Path write(Path site, String relative, String text) {
        try {
            Path file = site.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of {@code relative} in the site. */
    public static String read(Path site, String relative) {
        try {
            return Files.readString(site.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code file}, which must exist; a failure is unchecked, for lambdas that edit a site. */
    public static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces {@code from} by {@code to} in {@code relative}, which must hold it. */
    public static void replace(Path site, String relative, String from, String to) {
        String text = read(site, relative);
        if (!text.contains(from)) {
            throw new AssertionError(relative + " has no " + from);
        }
        write(site, relative, text.replace(from, to));
    }

    /** A build request for {@code site} into {@code site/../out}, with the fixed clock. */
    public static BuildRequest request(Path site) {
        return new BuildRequest(site, site.resolveSibling("out"), false, false, Optional.empty(), CLOCK);
    }

    /** Builds {@code site} into {@code site/../out} and returns the rendered output. */
    public static RenderedSite build(Path site) {
        BuildRequest request = request(site);
        BuildResult result = new BuildPipeline(Reporter.silent(), 2).build(request);
        return new RenderedSite(request.output(), result);
    }
}
