package org.dateline.serve;

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
 * The server's temporary folder: {@code dateline-serve-<pid>-<random>} in the system's temporary
 * folder, named after the process, so that a server that was killed without a chance to clean up
 * (SIGKILL, a crash, a power cut) is noticed: the next server removes every such folder whose
 * process is no longer alive. Links inside a folder are removed, never followed.
 */
final class TempFolders {

    static final String PREFIX = "dateline-serve-";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{1,18})-.+");

    private TempFolders() {
    }

    /** Removes what dead servers left in {@code root}, then makes this server's folder there (its real path). */
    static Path create(Path root) throws IOException {
        removeAbandoned(root);
        return Files.createTempDirectory(root, PREFIX + ProcessHandle.current().pid() + "-").toRealPath();
    }

    /** Deletes the folders in {@code root} of servers whose process is gone; a live one's is never touched. */
    static void removeAbandoned(Path root) {
        List<Path> abandoned = new ArrayList<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, PREFIX + "*")) {
            for (Path folder : folders) {
                Matcher name = NAME.matcher(folder.getFileName().toString());
                if (name.matches() && Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                        && ProcessHandle.of(Long.parseLong(name.group(1))).isEmpty()) {
                    abandoned.add(folder);
                }
            }
        } catch (IOException | RuntimeException e) {
            return; // best effort: an unreadable temporary folder is no reason not to serve
        }
        abandoned.forEach(TempFolders::delete);
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: the system cleans its temporary folder eventually
        }
    }
}
