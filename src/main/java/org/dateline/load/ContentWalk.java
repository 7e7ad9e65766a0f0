package org.dateline.load;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
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

    private static final String CONTENT = SourceScanner.CONTENT_DIR + "/";
    /** The platform's name separator, as {@link Path#toString} writes it. */
    static final char SEPARATOR = java.io.File.separatorChar;
    /**
     * The Unix view's attributes the walk reads: the mode tells a file's type, where {@code isRegularFile} and
     * {@code isDirectory} were two more names to parse and look up and two more entries in each file's map.
     */
    private static final String UNIX = "unix:size,lastModifiedTime,ctime,ino,dev,mode";
    /** The type bits of a mode, and the types of a regular file and a folder (POSIX's {@code S_IF*}). */
    private static final int TYPE = 0170000, REGULAR = 0100000, FOLDER = 0040000;

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

    /**
     * One path's attributes: what the walk needs, and the article's stat when asked for and it is a regular
     * file (else null). {@code key} tells a folder from its ancestors (loops): its device and inode, else the
     * file key of its basic attributes; only folders have one, as only a folder can be an ancestor.
     */
    private record Seen(Path path, boolean folder, boolean regular, Object key, FileStat stat) {
    }

    /** An entry of a folder, and its path below {@code content}: ordered by that. */
    private record Child(String relative, Seen seen) implements Comparable<Child> {
        @Override
        public int compareTo(Child other) {
            return relative.compareTo(other.relative);
        }
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
        List<Seen> ancestors = new ArrayList<>();
        if (root.folder()) {
            walk.folder(root, "", true, ancestors);
        } else {
            walk.file(root, below(content, walk.base, content), true);
        }
        walk.visible.sort(java.util.Comparator.comparing(SourceScanner.Found::file));
        walk.sectionFiles.sort(null);
        walk.listed.sort(null);
        return new Walk(List.copyOf(walk.visible), List.copyOf(walk.sectionFiles), List.copyOf(walk.listed));
    }

    /**
     * @param relative the folder's path below {@code content} ("" for it)
     * @param shown whether no name in {@code relative} is hidden or skipped
     */
    private void folder(Seen folder, String relative, boolean shown, List<Seen> ancestors) throws IOException {
        for (Seen ancestor : ancestors) {
            if (folder.key() != null && ancestor.key() != null ? folder.key().equals(ancestor.key())
                    : Files.isSameFile(folder.path(), ancestor.path())) {
                throw new FileSystemLoopException(folder.path().toString());
            }
        }
        listed.add(relative);
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder.path())) {
            for (Path entry : stream) {
                entries.add(entry);
            }
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        Seen[] seen = attributes(entries);
        Child[] children = new Child[seen.length];
        for (int i = 0; i < seen.length; i++) {
            children[i] = new Child(below(seen[i].path(), base, content), seen[i]);
        }
        // visited in the order of their text, so the lists come out (nearly) sorted and their sorts below are
        // a pass each: sorting 10,000 files' paths took 20-80 ms of a fresh JVM's walk
        Arrays.sort(children);
        ancestors.add(folder);
        for (Child child : children) {
            Seen entry = child.seen();
            String below = child.relative();
            boolean entryShown = shown && shown(below, below.lastIndexOf(SEPARATOR) + 1);
            if (entry.folder()) {
                folder(entry, below, entryShown, ancestors);
            } else {
                file(entry, below, entryShown);
                if (shown && !entryShown && entry.regular()) {
                    sectionFile(entry.path(), below);
                }
            }
        }
        ancestors.remove(ancestors.size() - 1);
    }

    // one file a call: compiled after a few hundred calls, where a loop run once stays in the interpreter
    private void file(Seen file, String relative, boolean shown) {
        listed.add(relative);
        if (shown) {
            // as SourceScanner.relative() has it; by concat, not +: an indified concatenation runs through method
            // handles that a fresh JVM interprets for hundreds of the 10,000 files
            String rel = CONTENT.concat(relative);
            // a name's suffix is its path's: neither suffix holds a separator
            visible.add(new SourceScanner.Found(file.path(), SEPARATOR == '/' ? rel : rel.replace(SEPARATOR, '/'),
                    Optional.ofNullable(file.stat()), SourceScanner.isMarkdown(rel)));
        }
    }

    /** Keeps {@code file}, hidden in a visible folder, when it is an {@code _index.md}. */
    private void sectionFile(Path file, String relative) {
        if (SourceScanner.isSectionFile(relative.substring(relative.lastIndexOf(SEPARATOR) + 1))) {
            sectionFiles.add(file);
        }
    }

    /**
     * The attributes of a folder's {@code entries}, in their order: on two threads (this one and the common
     * pool's) when the folder holds many, as a stat through the Unix view's map costs ~10 us of CPU a file in
     * a fresh JVM, where the stat itself is ~1 us.
     */
    private Seen[] attributes(List<Path> entries) throws IOException {
        Seen[] seen = new Seen[entries.size()];
        int half = entries.size() / 2;
        if (half < SPLIT) {
            attributes(entries, 0, entries.size(), seen);
            return seen;
        }
        java.util.concurrent.ForkJoinTask<?> other = java.util.concurrent.ForkJoinPool.commonPool().submit(() -> {
            attributes(entries, half, entries.size(), seen);
            return null;
        });
        try {
            attributes(entries, 0, half, seen);
        } finally {
            try {
                other.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while walking " + content);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return seen;
    }

    /** Below this many entries in each half, a folder's are stat'ed on one thread. */
    private static final int SPLIT = 32;

    private void attributes(List<Path> entries, int from, int to, Seen[] into) throws IOException {
        for (int i = from; i < to; i++) {
            into[i] = attributes(entries.get(i));
        }
    }

    /** {@code path}'s attributes, following a link; a link that cannot be followed, as itself. */
    private Seen attributes(Path path) throws IOException {
        if (stats) {
            try {
                Map<String, Object> read = Files.readAttributes(path, UNIX);
                int type = (Integer) read.get("mode") & TYPE;
                boolean regular = type == REGULAR;
                boolean folder = type == FOLDER;
                long inode = (Long) read.get("ino"), device = (Long) read.get("dev");
                FileStat stat = regular ? new FileStat((Long) read.get("size"), nanos(read.get("lastModifiedTime")),
                        nanos(read.get("ctime")), inode, device) : null;
                return new Seen(path, folder, regular, folder ? List.of(device, inode) : null, stat);
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
        return new Seen(path, attributes.isDirectory(), attributes.isRegularFile(), attributes.fileKey(), null);
    }

    private static long nanos(Object time) {
        return ((FileTime) time).to(TimeUnit.NANOSECONDS);
    }

    /**
     * {@code path} (the walk's, below {@code content}, whose text is {@code base}) relative to {@code content},
     * as {@code relativize} would give it: cut from its text, which starts with the folder's, as
     * {@code relativize} was the walk's top frame in a profile of an edit of a 10,000-article site.
     */
    private static String below(Path path, String base, Path content) {
        String text = path.toString();
        if (text.length() == base.length() && text.equals(base)) {
            return "";
        }
        return text.length() > base.length() + 1 && text.startsWith(base) && text.charAt(base.length()) == SEPARATOR
                && !base.isEmpty() && base.charAt(base.length() - 1) != SEPARATOR
                ? text.substring(base.length() + 1) : content.relativize(path).toString();
    }

    /**
     * Whether the name that starts at {@code start} in {@code relative} (a path below {@code content/}) is
     * neither hidden nor skipped: its folder's names are told by the walk, which walks them first.
     */
    private static boolean shown(String relative, int start) {
        if (start >= relative.length()) {
            return true;
        }
        char first = relative.charAt(start);
        return first != '.' && (first != '_' || relative.length() - start == SourceScanner.JEKYLL_POSTS.length()
                && relative.startsWith(SourceScanner.JEKYLL_POSTS, start));
    }
}
