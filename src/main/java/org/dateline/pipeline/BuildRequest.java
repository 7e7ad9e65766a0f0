package org.dateline.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build.
 *
 * @param source the site folder
 * @param output where the finished site goes
 * @param drafts include articles marked {@code draft: true}
 * @param future include articles dated after {@code clock}'s now
 * @param baseUrl overrides {@code base_url} from site.yaml
 * @param clock "now", for scheduling; injected so builds are reproducible
 * @param cacheDir the persistent build cache, or empty for none ({@code --no-cache}): the engine then
 *     keeps its cache in memory only, for as long as it lives
 */
public record BuildRequest(Path source, Path output, boolean drafts, boolean future, Optional<String> baseUrl,
                           Clock clock, Optional<Path> cacheDir) {
    public BuildRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(cacheDir, "cacheDir");
    }

    /** A request with the cache in its default place, {@code .dateline-cache/} in the site folder. */
    public BuildRequest(Path source, Path output, boolean drafts, boolean future, Optional<String> baseUrl,
                        Clock clock) {
        this(source, output, drafts, future, baseUrl, clock, Optional.of(defaultCache(source)));
    }

    /** The default cache folder for a site: {@code .dateline-cache} inside it. */
    public static Path defaultCache(Path source) {
        return source.resolve(Engine.CACHE_DIR);
    }

    /** The default output folder for a site: {@code target/site} inside it. */
    public static Path defaultOutput(Path source) {
        return source.resolve("target").resolve("site");
    }
}
