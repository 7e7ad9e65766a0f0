package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --cache-dir} and {@code --no-cache}, parsed as {@code build} and {@code serve} parse them. */
class CacheOptionsTest {

    private static Optional<Path> folder(String... args) {
        CommandSpec command = CommandSpec.create();
        CacheOptions cache = new CacheOptions(command);
        new CommandLine(command).parseArgs(args);
        return cache.folder(Path.of("/sites/paper"));
    }

    @Test
    void theCacheIsInTheSiteFolderByDefault() {
        assertEquals(Optional.of(Path.of("/sites/paper/.dateline-cache")), folder());
    }

    @Test
    void cacheDirMovesIt() {
        assertEquals(Optional.of(Path.of("/var/cache/paper")), folder("--cache-dir", "/var/cache/paper/../paper"));
    }

    @Test
    void noCacheMeansNoneEvenWithCacheDir() {
        assertEquals(Optional.empty(), folder("--no-cache"));
        assertEquals(Optional.empty(), folder("--cache-dir", "/var/cache/paper", "--no-cache"));
    }
}
