package org.dateline.write;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The output kept beside the live one ({@code .NAME.previous}), which the next build that keeps
 * outputs brings up to date ({@link Staging}) instead of hard-linking every file into a new folder.
 */
public final class KeptOutput {

    private KeptOutput() {
    }

    /**
     * Keeps a copy of the live output {@code output} beside it, every file a hard link to the live one
     * (copied where links are not supported), unless an output is kept there already: the dev server
     * does this after its first build, so that its first rebuild touches only what changed, as later
     * ones do, rather than linking every file of the site into a new staging folder.
     *
     * @param live what the live output holds, as its build recorded it
     * @return whether the copy was made: it then holds exactly the live output's files
     */
    public static boolean keep(Path output, OutputManifest live) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path kept = OutputWriter.previous(target);
        if (!live.output().equals(target.toString()) || live.entries().isEmpty()
                || Files.exists(kept, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path copy = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + OutputWriter.STAGING);
        try {
            Files.copy(target.resolve(OutputFolder.MARKER), copy.resolve(OutputFolder.MARKER));
            Set<Path> folders = new java.util.HashSet<>();
            for (String path : live.entries().keySet()) {
                Path file = OutputWriter.inside(copy, path);
                if (folders.add(file.getParent())) {
                    Files.createDirectories(file.getParent());
                }
                OutputWriter.linkOrCopy(file, OutputWriter.inside(target, path));
            }
            Files.move(copy, kept, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            OutputWriter.deleteTree(copy);
            throw e;
        }
    }

    /**
     * What the output kept beside {@code target} ({@code .NAME.previous}) holds ({@link #listing}); empty when
     * there is none or it cannot be listed (the next build then walks it, as with no listing).
     */
    static java.util.Optional<OutputManifest> listed(Path target) {
        Path kept = OutputWriter.previous(target);
        try {
            return Files.isDirectory(kept, LinkOption.NOFOLLOW_LINKS)
                    ? java.util.Optional.of(listing(kept, target.toString())) : java.util.Optional.empty();
        } catch (IOException | java.io.UncheckedIOException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * What the folder {@code kept} holds, as a manifest of {@code output} whose keys are unknown (""): every
     * entry but a folder, by its path inside {@code kept}, with its size and modification time; the marker
     * file left out, as a build's manifest leaves it out.
     */
    static OutputManifest listing(Path kept, String output) throws IOException {
        java.util.Map<String, OutputManifest.Entry> files = new java.util.HashMap<>();
        Files.walkFileTree(kept, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String path = kept.relativize(file).toString().replace(File.separatorChar, '/');
                if (!path.equals(OutputFolder.MARKER)) {
                    files.put(path, new OutputManifest.Entry("", attributes.size(), attributes.lastModifiedTime().toMillis()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return new OutputManifest(output, files);
    }

    /**
     * As {@link #prune}, of a kept output that holds exactly {@code held} (what its manifest recorded, see
     * {@link Staging#keptHolds}): deletes those of them this build did not produce, then the folders they
     * leave empty, and looks at no other file. A walk of all 14,000 files of the 10,000-article site to find
     * a dozen took a fresh-JVM body edit 0.6 s, in the build after the one that followed a page's removal (a
     * tag taken off an article). A path this build made a folder of (a page {@code c} that became
     * {@code c/index.html}) is its own and left alone.
     */
    static void prune(Path staging, Set<String> held, Set<String> produced) throws IOException {
        java.util.TreeSet<Path> folders = new java.util.TreeSet<>(java.util.Comparator.reverseOrder()); // children first
        for (String path : held) {
            if (produced.contains(path)) {
                continue;
            }
            Path file = OutputWriter.inside(staging, path);
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Files.deleteIfExists(file);
            for (Path folder = file.getParent(); folder != null && !folder.equals(staging); folder = folder.getParent()) {
                folders.add(folder);
            }
        }
        for (Path folder : folders) {
            boolean empty;
            try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                empty = !entries.iterator().hasNext();
            } catch (java.nio.file.NoSuchFileException | java.nio.file.NotDirectoryException e) {
                continue;
            }
            if (empty) {
                Files.delete(folder);
            }
        }
    }

    /** Deletes from a kept output every file this build did not produce, then the folders left empty. */
    static void prune(Path staging, Set<String> produced) throws IOException {
        // what each folder being visited still holds, counted on the way: no second listing per folder
        Deque<int[]> kept = new ArrayDeque<>();
        Files.walkFileTree(staging, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                kept.push(new int[1]);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String path = staging.relativize(file).toString().replace(File.separatorChar, '/');
                if (!path.equals(OutputFolder.MARKER) && !produced.contains(path)) {
                    Files.delete(file);
                } else {
                    kept.peek()[0]++;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                int left = kept.pop()[0];
                if (!folder.equals(staging) && left == 0) {
                    Files.delete(folder);
                } else if (!kept.isEmpty()) {
                    kept.peek()[0]++;
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

}
