package org.dateline.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dateline.assemble.OutputFile;
import org.dateline.assemble.SiteOutput;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;

/**
 * Writes a finished site without ever leaving it half-written: every file goes into a staging
 * folder beside the output, which replaces the output by a rename only once complete. Files from
 * deleted articles disappear with the old tree. A build killed at any point leaves the previous
 * output in place (or restorable), and the next build cleans up after it.
 */
public final class OutputWriter {

    private static final String STAGING = ".staging-";
    private static final String OLD = ".old-";

    /** Writes {@code site} and the static files of {@code staticDir} (plus the theme's) to {@code output}. */
    public WriteReport write(SiteOutput site, Path staticDir, Path output, Path siteRoot) {
        return write(site, staticDir, List.of(), output, siteRoot);
    }

    /** As {@link #write(SiteOutput, Path, Path, Path)}, plus files copied as they are (page bundles' files). */
    public WriteReport write(SiteOutput site, Path staticDir, List<CopiedFile> copies, Path output, Path siteRoot) {
        OutputFolder.check(output, siteRoot);
        Path target = output.toAbsolutePath().normalize();
        StaticFiles statics = new StaticFiles().addTheme(OutputWriter.class.getClassLoader()).addSite(staticDir)
                .addCopies(copies);
        checkCollisions(site, statics);
        try {
            Files.createDirectories(target.getParent());
            recover(target);
            Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + STAGING);
            try {
                // first, so a staging folder left by a killed build is recognisably ours
                Files.writeString(staging.resolve(OutputFolder.MARKER), "This folder is written by Dateline and"
                        + " replaced whole on every build.\n");
                long bytes = writePages(site, staging) + writeStatic(statics, staging);
                swap(staging, target);
                return new WriteReport(output, site.files().size(), statics.files().size(), bytes);
            } finally {
                deleteTree(staging);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DatelineException(Problem.error(SourcePosition.of(output.toString()),
                    "cannot write the site: " + e.getMessage(), "check free disk space and permissions;"
                            + " the previous output is unchanged"), e);
        }
    }

    private static void checkCollisions(SiteOutput site, StaticFiles statics) {
        Map<String, OutputFile> pageFolders = new HashMap<>();
        Map<String, OutputFile> pages = new HashMap<>();
        for (OutputFile file : site.files()) {
            pages.put(file.path(), file);
            StaticFiles.Source clash = statics.files().get(file.path());
            if (clash != null) {
                throw DatelineException.at(SourcePosition.of(clash.origin()), "static file has the same path as the"
                        + " page " + file.path() + " from " + file.origin(), "rename or move one of them");
            }
            for (String folder = parent(file.path()); !folder.isEmpty(); folder = parent(folder)) {
                pageFolders.putIfAbsent(folder, file);
            }
        }
        // A file where the other side needs a folder would fail halfway through writing, with a staging path.
        for (Map.Entry<String, StaticFiles.Source> entry : statics.files().entrySet()) {
            OutputFile page = pageFolders.get(entry.getKey());
            for (String folder = parent(entry.getKey()); page == null && !folder.isEmpty(); folder = parent(folder)) {
                page = pages.get(folder);
            }
            if (page != null) {
                throw DatelineException.at(SourcePosition.of(entry.getValue().origin()), "static file is in the way of"
                        + " the page " + page.path() + " from " + page.origin() + ": one path is a folder of the other",
                        "rename or move one of them");
            }
        }
    }

    /** {@code a/b/c} → {@code a/b}; {@code a} → "". */
    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static long writePages(SiteOutput site, Path staging) throws IOException {
        long bytes = 0;
        for (OutputFile file : site.files()) {
            Path path = inside(staging, file.path());
            Files.createDirectories(path.getParent());
            try (OutputStream out = Files.newOutputStream(path)) {
                file.writeTo(out);
            }
            bytes += file.size();
        }
        return bytes;
    }

    private static long writeStatic(StaticFiles statics, Path staging) throws IOException {
        long bytes = 0;
        for (Map.Entry<String, StaticFiles.Source> entry : statics.files().entrySet()) {
            Path path = inside(staging, entry.getKey());
            Files.createDirectories(path.getParent());
            try (InputStream in = entry.getValue().open()) {
                bytes += Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return bytes;
    }

    /** Resolves {@code relative} below {@code root}, refusing anything that would land outside it. */
    static Path inside(Path root, String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalStateException("output path escapes the output folder: " + relative);
        }
        return path;
    }

    private static void swap(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(staging, target);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + OLD);
        Files.delete(old);
        move(target, old);
        try {
            move(staging, target);
        } catch (IOException e) {
            move(old, target);
            throw e;
        }
        deleteTree(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * Cleans up after a build that was killed: staging folders are removed, and an old tree is put
     * back if the output is missing (killed between the two renames) or deleted if it is not. Only
     * folders that are Dateline's (they hold the marker, or nothing) are ever touched.
     */
    static void recover(Path target) throws IOException {
        String name = target.getFileName().toString();
        Map<String, Path> leftovers = new TreeMap<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), "." + name + ".*")) {
            siblings.forEach(path -> leftovers.put(path.getFileName().toString(), path));
        }
        for (Map.Entry<String, Path> entry : leftovers.entrySet()) {
            String leftover = entry.getKey();
            Path path = entry.getValue();
            boolean ours = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
                    && (Files.exists(path.resolve(OutputFolder.MARKER)) || OutputFolder.isEmpty(path));
            if (!ours) {
                continue;
            }
            if (leftover.startsWith("." + name + OLD) && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                move(path, target);
            } else if (leftover.startsWith("." + name + STAGING) || leftover.startsWith("." + name + OLD)) {
                deleteTree(path);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
