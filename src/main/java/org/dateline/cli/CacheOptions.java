package org.dateline.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.dateline.cli.Specs.Value;
import org.dateline.pipeline.BuildRequest;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --cache-dir DIR} and {@code --no-cache}, the same for {@code build} and {@code serve}. */
final class CacheOptions {

    private final Value<Path> cacheDir;

    private final Value<Boolean> noCache;

    /** Adds both options to {@code command}, where its own options have come so far. */
    CacheOptions(CommandSpec command) {
        cacheDir = Specs.option(command, Path.class, null, OptionSpec.builder("--cache-dir").paramLabel("DIR")
                .description("Where to keep the build cache (default: .dateline-cache in the site folder). CI may"
                        + " keep this folder between runs."));
        noCache = Specs.flag(command, OptionSpec.builder("--no-cache").description("Neither read nor write the build"
                + " cache: parse and render everything (wins over --cache-dir)."));
    }

    /** The cache folder for the site folder {@code site}, or empty for none. */
    Optional<Path> folder(Path site) {
        if (noCache.value()) {
            return Optional.empty();
        }
        Path dir = cacheDir.value();
        return Optional.of(dir != null ? dir.toAbsolutePath().normalize() : BuildRequest.defaultCache(site));
    }
}
