package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code --cache-dir} and {@code --no-cache}, parsed as {@code build} and {@code serve} parse them. */
class CacheOptionsTest {

    @Command(name = "any")
    static final class Holder {
        @Mixin
        CacheOptions cache = new CacheOptions();
    }

    private static Optional<Path> folder(String... args) {
        Holder holder = new Holder();
        new CommandLine(holder).parseArgs(args);
        return holder.cache.folder(Path.of("/sites/paper"));
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
