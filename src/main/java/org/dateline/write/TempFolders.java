package org.dateline.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A temporary folder of one process: {@code <prefix><pid>-<random>} (the dev server's
 * {@code dateline-serve-}, the engine's scratch folder for resized images {@code dateline-images-}, the
 * cold check's {@code dateline-cold-}), named after the process, so that one killed without a chance to
 * clean up (SIGKILL, a crash, a power cut) is noticed: the next process with the same prefix removes
 * every such folder whose process is no longer alive. Links inside a folder are removed, never followed.
 */
public final class TempFolders {

    /** The dev server's folders. */
    public static final String SERVE = "dateline-serve-";
    /** The engine's resized images when there is no cache. */
    public static final String IMAGES = "dateline-images-";
    /** The cold build {@code --verify-incremental} compares with. */
    public static final String COLD = "dateline-cold-";

    private TempFolders() {
    }

    /** The system's temporary folder. */
    public static Path systemRoot() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** Removes what dead processes left in {@code root} under {@code prefix}, then makes this process's folder there (its real path). */
    public static Path create(Path root, String prefix) throws IOException {
        removeAbandoned(root, prefix);
        return Files.createTempDirectory(root, prefix + ProcessHandle.current().pid() + "-").toRealPath();
    }

    /** Deletes the folders in {@code root} under {@code prefix} whose process is gone; a live one's is never touched. */
    public static void removeAbandoned(Path root, String prefix) {
        Pattern named = Pattern.compile(Pattern.quote(prefix) + "(\\d{1,18})-.+");
        List<Path> abandoned = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, prefix + "*")) {
            for (Path folder : folders) {
                Matcher name = named.matcher(folder.getFileName().toString());
                if (name.matches() && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                        && ProcessHandle.of(Long.parseLong(name.group(1))).isEmpty()) {
                    abandoned.add(folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            return; // best effort: an unreadable temporary folder is no reason to stop
        }
        abandoned.forEach(TempFolders::delete);
    }

    /** Deletes {@code folder} and everything in it, best effort, never following a link. */
    public static void delete(Path folder) {
        delete(folder, java.util.Optional.empty());
    }

    /**
     * Deletes {@code folder} and everything in it, best effort, never following a link; {@code last}
     * (a file directly in it) goes only after everything else, so a folder half deleted when the
     * process is killed still holds it.
     */
    static void delete(Path folder, java.util.Optional<Path> last) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (last.filter(file::equals).isEmpty()) {
                        Files.deleteIfExists(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (dir.equals(folder) && last.isPresent()) {
                        Files.deleteIfExists(last.get());
                    }
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: what is left is tried again by the next process (or the system's cleaning)
        }
    }
}
