package org.dateline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A folder's whole content, for asserting that a failed build left it byte for byte as it was. */
public final class FileTree {

    private static final String FOLDER = "(folder)";

    private FileTree() {
    }

    /** Every file and folder below {@code root}, relative with {@code /}: a file maps to its bytes (Base64). */
    public static Map<String, String> snapshot(Path root) {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(p -> !p.equals(root)).toList()) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                tree.put(relative, Files.isDirectory(path) ? FOLDER
                        : Base64.getEncoder().encodeToString(Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tree;
    }

    /** Every file below {@code root}, relative with {@code /}, sorted. */
    public static List<String> files(Path root) {
        return snapshot(root).entrySet().stream().filter(e -> !e.getValue().equals(FOLDER)).map(Map.Entry::getKey)
                .toList();
    }

    /** The names in {@code folder}, sorted: to check that no staging or old tree was left beside an output. */
    public static List<String> names(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
