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
import java.util.LinkedHashMap;
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

    static final String STAGING = ".staging-";
    private static final String OLD = ".old-";
    /** The output of the build before the live one, kept beside it to be brought up to date by the next build. */
    static final String PREVIOUS = ".previous";

    /** Writes {@code site} and the static files of {@code staticDir} (plus the theme's) to {@code output}. */
    public WriteReport write(SiteOutput site, Path staticDir, Path output, Path siteRoot) {
        return write(site, staticDir, List.of(), output, siteRoot);
    }

    /** As {@link #write(SiteOutput, Path, Path, Path)}, plus files copied as they are (page bundles' files). */
    public WriteReport write(SiteOutput site, Path staticDir, List<CopiedFile> copies, Path output, Path siteRoot) {
        Map<String, String> origins = new LinkedHashMap<>();
        site.files().forEach(file -> origins.put(file.path(), file.origin()));
        try (Staging staging = new Staging(output, siteRoot, staticDir, copies, origins, OutputManifest.EMPTY)) {
            for (OutputFile file : site.files()) {
                staging.write(file.path(), "", file.bytes());
            }
            return staging.commit();
        }
    }

    /**
     * A static file may not have a page's path, nor be a folder of one or have one as its folder:
     * that would fail halfway through writing, with a staging path in the message.
     *
     * @param pages every page's output path, with what makes it
     */
    static void checkCollisions(Map<String, String> pages, StaticFiles statics) {
        if (apart(pages.keySet(), statics.files().keySet())) {
            return;
        }
        Map<String, String> pageFolders = new HashMap<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            StaticFiles.Source clash = statics.files().get(page.getKey());
            if (clash != null) {
                throw DatelineException.at(SourcePosition.of(clash.origin()), "static file has the same path as the"
                        + " page " + page.getKey() + " from " + page.getValue(), "rename or move one of them");
            }
            for (String folder = parent(page.getKey()); !folder.isEmpty(); folder = parent(folder)) {
                pageFolders.putIfAbsent(folder, page.getKey());
            }
        }
        for (Map.Entry<String, StaticFiles.Source> entry : statics.files().entrySet()) {
            String page = pageFolders.get(entry.getKey());
            for (String folder = parent(entry.getKey()); page == null && !folder.isEmpty(); folder = parent(folder)) {
                page = pages.containsKey(folder) ? folder : null;
            }
            if (page != null) {
                throw DatelineException.at(SourcePosition.of(entry.getValue().origin()), "static file is in the way of"
                        + " the page " + page + " from " + pages.get(page) + ": one path is a folder of the other",
                        "rename or move one of them");
            }
        }
    }

    /**
     * Whether no page can collide with a static file: a page and a static file that have the same path,
     * or one of which is a folder of the other, have the same first name, and no page's first name is a
     * static file's. The check that names the collision files a folder of every page (14,000 after an
     * edit of a 10,000-article site) against a few dozen static files; this one looks at each page's
     * first name in place.
     */
    private static boolean apart(java.util.Set<String> pages, java.util.Set<String> statics) {
        java.util.Set<String> firsts = new java.util.HashSet<>();
        for (String file : statics) {
            int slash = file.indexOf('/');
            firsts.add(slash < 0 ? file : file.substring(0, slash));
        }
        for (String page : pages) {
            int slash = page.indexOf('/');
            int end = slash < 0 ? page.length() : slash;
            for (String first : firsts) {
                if (first.length() == end && page.startsWith(first)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {@code a/b/c} → {@code a/b}; {@code a} → "". */
    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** Makes {@code link} a hard link to {@code existing}, or a copy of it where links are not supported. */
    static void linkOrCopy(Path link, Path existing) throws IOException {
        try {
            Files.createLink(link, existing);
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            Files.copy(existing, link, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Whether {@code file} holds exactly {@code content}; false if it cannot be read. */
    static boolean holds(Path file, byte[] content) {
        try {
            return java.util.Arrays.equals(Files.readAllBytes(file), content);
        } catch (IOException e) {
            return false;
        }
    }

    /** Resolves {@code relative} below {@code root}, refusing anything that would land outside it. */
    static Path inside(Path root, String relative) {
        if (plain(relative)) {
            return root.resolve(relative); // already normal: a rebuild resolves ~40,000 such paths
        }
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalStateException("output path escapes the output folder: " + relative);
        }
        return path;
    }

    /**
     * Whether {@code relative} is names joined by single {@code /}, none of them {@code .} or {@code ..}
     * and no backslash: below any folder, and normal as it is.
     */
    private static boolean plain(String relative) {
        int start = 0;
        while (true) {
            int slash = relative.indexOf('/', start);
            int end = slash < 0 ? relative.length() : slash;
            if (end == start || relative.charAt(start) == '.' && (end == start + 1
                    || end == start + 2 && relative.charAt(start + 1) == '.')) {
                return false; // empty (a leading, doubled or trailing slash, or nothing), "." or ".."
            }
            if (slash < 0) {
                return relative.indexOf('\\') < 0;
            }
            start = slash + 1;
        }
    }

    static void swap(Path staging, Path target) throws IOException {
        swap(staging, target, false);
    }

    /**
     * Renames {@code staging} to {@code target}; the output it replaces is deleted, or with {@code keep}
     * kept as {@link #previous} for the next build to bring up to date instead of linking every file anew.
     */
    static void swap(Path staging, Path target, boolean keep) throws IOException {
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
        Path previous = previous(target);
        if (keep && !Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
            move(old, previous);
        } else {
            deleteTree(old);
        }
    }

    /** Where the output before the live one is kept: {@code .NAME.previous} beside the output folder {@code NAME}. */
    static Path previous(Path target) {
        return target.resolveSibling("." + target.getFileName() + PREVIOUS);
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

    /** Deletes {@code root} and everything below it; nothing when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
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
