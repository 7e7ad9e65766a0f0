package org.dateline.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.dateline.config.TextDecoder;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;

/**
 * Reads one text file of the site the safe way: a symbolic link that leads outside the site folder
 * is refused, a file over {@code max_file_size} is refused before it is read, and the bytes must be
 * UTF-8 (a byte-order mark is dropped).
 */
final class SiteFileReader {

    private final TextDecoder decoder = new TextDecoder();
    private final long maxFileBytes;

    SiteFileReader(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    /** The site folder with links resolved, once per scan or build, for {@link #read}. */
    static RealFolders realRoot(Path siteRoot) {
        try {
            return new RealFolders(siteRoot.toRealPath());
        } catch (IOException e) {
            throw new DatelineException(Problem.error(SourcePosition.of(siteRoot.toString()),
                    "cannot read the site folder: " + e.getMessage(), "check that it exists and is readable"), e);
        }
    }

    /**
     * The site folder with links resolved, and each folder read from so far with its links resolved: a file's
     * real path is its folder's, taken once a scan or build, and its own name when it is no link. Each
     * {@code toRealPath} reads every name of the path with {@code readlink} (140,000 calls when the 10,000
     * articles of the benchmark corpus were read twice); now a folder's path is resolved once, and a file
     * costs one {@code lstat}, which also gives its size. A scan or build makes its own ({@link #realRoot}):
     * a folder made a link since is resolved anew by the next.
     */
    static final class RealFolders {
        private final Path root;
        private final java.util.Map<Path, Path> folders = new java.util.concurrent.ConcurrentHashMap<>();

        private RealFolders(Path root) {
            this.root = root;
        }

        /** The site folder, links resolved. */
        Path root() {
            return root;
        }

        /**
         * {@code file} with its links resolved, and the size of the file it names. When its folder or the
         * file itself cannot be read, the error is {@code file.toRealPath()}'s, which names {@code file}.
         */
        Real of(Path file) throws IOException {
            Path named;
            BasicFileAttributes attributes;
            try {
                Path folder = file.getParent();
                Path realFolder = folders.get(folder);
                if (realFolder == null) {
                    realFolder = folder.toRealPath();
                    folders.put(folder, realFolder);
                }
                named = realFolder.resolve(file.getFileName());
                attributes = Files.readAttributes(named, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                return resolved(file);
            }
            return attributes.isSymbolicLink() ? resolved(named) : new Real(named, attributes.size());
        }

        /** {@code path} resolved in full by {@code toRealPath}, and the size of what it names. */
        private static Real resolved(Path path) throws IOException {
            Path real = path.toRealPath();
            return new Real(real, Files.size(real));
        }
    }

    /** A file's real path, and its size. */
    record Real(Path path, long size) {
    }

    /**
     * The text of {@code file}, shown in messages as {@code rel}; {@code realSiteRoot} comes from
     * {@link #realRoot}.
     *
     * @param folder where the file belongs, for the hint on a link that leads out ({@code content/})
     * @param tooLargeHint what to do about a file over the limit
     */
    String read(RealFolders realSiteRoot, Path file, String rel, String folder, String tooLargeHint) {
        return decoder.decode(rel, bytes(realSiteRoot, file, rel, folder, tooLargeHint));
    }

    /** The bytes of {@code file}, with the checks of {@link #read} but the decoding. */
    byte[] bytes(RealFolders realSiteRoot, Path file, String rel, String folder, String tooLargeHint) {
        return bytes(realSiteRoot, file, rel, folder, tooLargeHint, false).bytes();
    }

    /**
     * The bytes of {@code file} as {@link #bytes} reads them, and the stat of the file they were read
     * from (its real path), taken after they were read when {@code stat} asks for it.
     */
    Read readAndStat(RealFolders realSiteRoot, Path file, String rel, String folder, String tooLargeHint, boolean stat) {
        return bytes(realSiteRoot, file, rel, folder, tooLargeHint, stat);
    }

    /** A file's bytes and, when asked for, its stat after they were read ({@link FileStat#of}). */
    static final class Read {
        private final byte[] bytes;
        private final java.util.Optional<FileStat> after;

        Read(byte[] bytes, java.util.Optional<FileStat> after) {
            this.bytes = bytes;
            this.after = after;
        }

        /** The bytes read, not copied: the caller owns them. */
        byte[] bytes() {
            return bytes;
        }

        java.util.Optional<FileStat> after() {
            return after;
        }
    }

    private Read bytes(RealFolders realSiteRoot, Path file, String rel, String folder, String tooLargeHint, boolean stat) {
        try {
            Real found = realSiteRoot.of(file);
            Path real = found.path();
            if (!real.startsWith(realSiteRoot.root())) {
                throw DatelineException.at(SourcePosition.of(rel), "symbolic link points outside the site folder",
                        "copy the file into " + folder + " instead of linking to it");
            }
            long size = found.size();
            if (size > maxFileBytes) {
                throw DatelineException.at(SourcePosition.of(rel), "file is " + size + " bytes, over the limit of "
                        + maxFileBytes + " bytes (max_file_size)", tooLargeHint);
            }
            byte[] bytes = Files.readAllBytes(real);
            return new Read(bytes, stat ? FileStat.of(real) : java.util.Optional.empty());
        } catch (IOException e) {
            throw new DatelineException(Problem.error(SourcePosition.of(rel), "cannot read file: " + e.getMessage(),
                    "check that the file exists and is readable"), e);
        }
    }
}
