package org.dateline.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One walk of {@code content/}, each path's attributes read once, by one stat following links, on
 * every core (the common pool), a folder's entries at a time. When the scan keeps the articles' stats
 * ({@link KnownArticles}), that stat is the one a {@link FileStat} is made of, read through the Unix
 * view: a walk that read the basic attributes and then each article's {@link FileStat#of} took two
 * stats of each of 10,000 articles, about 50 ms of CPU of a body edit. Linked folders are followed,
 * as {@link Files#walkFileTree} with {@code FOLLOW_LINKS} does: a link that cannot be followed is
 * visited as the link itself, and a folder that is its own ancestor is a {@link FileSystemLoopException}.
 */
final class ContentWalk {

    /** The platform's name separator, as {@link Path#toString} writes it. */
    static final char SEPARATOR = java.io.File.separatorChar;
    private static final String UNIX = "unix:size,lastModifiedTime,ctime,ino,dev,isRegularFile,isDirectory";

    /**
     * What one walk of {@code content/} found.
     *
     * @param visible the files (not folders) that are not hidden or skipped, sorted by path
     * @param sectionFiles the {@code _index.md} files, in {@code content/} itself and in visible folders,
     *     sorted by path (they are skipped as articles because their name starts with {@code _})
     * @param listed every path walked, relative to {@code content/}: see {@link SourceScanner#listed()}
     */
    record Walk(List<SourceScanner.Found> visible, List<Path> sectionFiles, List<String> listed) {
    }

    /** One path's attributes: what the walk needs, and the article's stat when asked for and it is a regular file. */
    private record Seen(Path path, boolean folder, boolean regular, Object key, Optional<FileStat> stat) {
    }

    private final Path content;
    private final String base;
    private final boolean stats;
    private final List<SourceScanner.Found> visible = new ArrayList<>();
    private final List<Path> sectionFiles = new ArrayList<>();
    private final List<String> listed = new ArrayList<>();

    private ContentWalk(Path content, boolean stats) {
        this.content = content;
        this.base = content.toString();
        this.stats = stats;
    }

    /**
     * Walks {@code content} (a folder).
     *
     * @param stats whether each visible file's {@link FileStat} is taken ({@link SourceScanner.Found#stat})
     */
    static Walk of(Path content, boolean stats) throws IOException {
        ContentWalk walk = new ContentWalk(content, stats);
        Seen root = walk.attributes(content);
        Deque<Seen> ancestors = new ArrayDeque<>();
        if (root.folder()) {
            walk.folder(root, ancestors);
        } else {
            walk.file(root);
        }
        walk.visible.sort(java.util.Comparator.comparing(SourceScanner.Found::file));
        walk.sectionFiles.sort(null);
        walk.listed.sort(null);
        return new Walk(List.copyOf(walk.visible), List.copyOf(walk.sectionFiles), List.copyOf(walk.listed));
    }

    private void folder(Seen folder, Deque<Seen> ancestors) throws IOException {
        for (Seen ancestor : ancestors) {
            if (folder.key() != null && ancestor.key() != null ? folder.key().equals(ancestor.key())
                    : Files.isSameFile(folder.path(), ancestor.path())) {
                throw new FileSystemLoopException(folder.path().toString());
            }
        }
        listed.add(below(folder.path()));
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder.path())) {
            stream.forEach(entries::add);
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        List<Seen> seen;
        try {
            seen = entries.size() < 2 ? entries.stream().map(this::attributesUnchecked).toList()
                    : entries.parallelStream().map(this::attributesUnchecked).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        ancestors.push(folder);
        for (Seen entry : seen) {
            if (entry.folder()) {
                folder(entry, ancestors);
            } else {
                file(entry);
            }
        }
        ancestors.pop();
    }

    private void file(Seen file) {
        String relative = below(file.path());
        listed.add(relative);
        int name = relative.lastIndexOf(SEPARATOR) + 1;
        if (visible(relative)) {
            // as SourceScanner.relative() has it
            visible.add(new SourceScanner.Found(file.path(), SourceScanner.CONTENT_DIR + "/" + relative.replace('\\', '/'),
                    file.stat()));
        } else if (SourceScanner.isSectionFile(relative.substring(name)) && file.regular()
                && visible(relative.substring(0, Math.max(0, name - 1)))) {
            sectionFiles.add(file.path());
        }
    }

    private Seen attributesUnchecked(Path path) {
        try {
            return attributes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code path}'s attributes, following a link; a link that cannot be followed, as itself. */
    private Seen attributes(Path path) throws IOException {
        if (stats) {
            try {
                Map<String, Object> read = Files.readAttributes(path, UNIX);
                boolean regular = Boolean.TRUE.equals(read.get("isRegularFile"));
                Long inode = (Long) read.get("ino"), device = (Long) read.get("dev");
                Optional<FileStat> stat = regular ? Optional.of(new FileStat((Long) read.get("size"),
                        nanos(read.get("lastModifiedTime")), nanos(read.get("ctime")), inode, device)) : Optional.empty();
                return new Seen(path, Boolean.TRUE.equals(read.get("isDirectory")), regular, List.of(device, inode), stat);
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException
                     | NullPointerException e) {
                // no Unix view, or a link that cannot be followed: the basic attributes tell, without a stat
            }
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        }
        return new Seen(path, attributes.isDirectory(), attributes.isRegularFile(), attributes.fileKey(), Optional.empty());
    }

    private static long nanos(Object time) {
        return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }

    /**
     * {@code path} (the walk's, below {@code content}) relative to {@code content}, as {@code relativize}
     * would give it: cut from its text, which starts with the folder's ({@code base}), as {@code relativize}
     * was the walk's top frame in a profile of an edit of a 10,000-article site.
     */
    private String below(Path path) {
        String text = path.toString();
        if (text.length() == base.length() && text.equals(base)) {
            return "";
        }
        return text.length() > base.length() + 1 && text.startsWith(base) && text.charAt(base.length()) == SEPARATOR
                && !base.isEmpty() && base.charAt(base.length() - 1) != SEPARATOR
                ? text.substring(base.length() + 1) : content.relativize(path).toString();
    }

    /** Whether no name in {@code relative} (a path below {@code content/}, "" for the folder itself) is hidden or skipped. */
    private static boolean visible(String relative) {
        int start = 0;
        while (start < relative.length()) {
            int end = relative.indexOf(SEPARATOR, start);
            end = end < 0 ? relative.length() : end;
            char first = relative.charAt(start);
            boolean posts = end - start == SourceScanner.JEKYLL_POSTS.length()
                    && relative.startsWith(SourceScanner.JEKYLL_POSTS, start);
            if (first == '.' || first == '_' && !posts) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }
}
