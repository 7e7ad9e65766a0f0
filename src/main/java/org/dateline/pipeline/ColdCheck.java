package org.dateline.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dateline.diag.Reporter;
import org.dateline.write.TempFolders;

/**
 * The debugging check behind {@code build --verify-incremental}: builds the same request cold (no
 * cache, a fresh engine) into a temporary folder and names the first file in which the two outputs
 * differ, so a cache or incremental bug is reported with the page it broke.
 */
public final class ColdCheck {

    private ColdCheck() {
    }

    /** The first path (in sorted order) that one output has and the other lacks or holds other bytes in. */
    public static Optional<String> firstDifference(BuildRequest request, int threads) {
        Path cold;
        try {
            cold = TempFolders.create(TempFolders.systemRoot(), TempFolders.COLD).resolve("site");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BuildRequest coldRequest = new BuildRequest(request.source(), cold, request.drafts(), request.future(),
                request.baseUrl(), request.clock(), Optional.empty());
        try (Engine engine = new Engine(coldRequest, Reporter.silent(), threads)) {
            engine.build();
            return firstDifference(request.output(), cold);
        } finally {
            TempFolders.delete(cold.getParent());
        }
    }

    static Optional<String> firstDifference(Path one, Path other) {
        TreeSet<String> paths = new TreeSet<>(files(one));
        paths.addAll(files(other));
        for (String path : paths) {
            try {
                Path a = one.resolve(path);
                Path b = other.resolve(path);
                if (!Files.isRegularFile(a) || !Files.isRegularFile(b)
                        || !Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b))) {
                    return Optional.of(path);
                }
            } catch (IOException e) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    private static TreeSet<String> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            TreeSet<String> files = new TreeSet<>();
            walk.filter(Files::isRegularFile).forEach(file -> files.add(root.relativize(file).toString().replace('\\', '/')));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
