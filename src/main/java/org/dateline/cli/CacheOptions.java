package org.dateline.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.dateline.pipeline.BuildRequest;
import picocli.CommandLine.Option;

/** {@code --cache-dir DIR} and {@code --no-cache}, the same for {@code build} and {@code serve}. */
final class CacheOptions {

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "Where to keep the build cache (default:"
            + " .dateline-cache in the site folder). CI may keep this folder between runs.")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Neither read nor write the build cache: parse and render everything"
            + " (wins over --cache-dir).")
    boolean noCache;

    /** The cache folder for the site folder {@code site}, or empty for none. */
    Optional<Path> folder(Path site) {
        if (noCache) {
            return Optional.empty();
        }
        return Optional.of(cacheDir != null ? cacheDir.toAbsolutePath().normalize() : BuildRequest.defaultCache(site));
    }
}
