package org.dateline.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The site folder with links resolved, once per scan, for {@link #read}. */
    static Path realRoot(Path siteRoot) {
        try {
            return siteRoot.toRealPath();
        } catch (IOException e) {
            throw new DatelineException(Problem.error(SourcePosition.of(siteRoot.toString()),
                    "cannot read the site folder: " + e.getMessage(), "check that it exists and is readable"), e);
        }
    }

    /**
     * The text of {@code file}, shown in messages as {@code rel}; {@code realSiteRoot} comes from
     * {@link #realRoot}.
     *
     * @param folder where the file belongs, for the hint on a link that leads out ({@code content/})
     * @param tooLargeHint what to do about a file over the limit
     */
    String read(Path realSiteRoot, Path file, String rel, String folder, String tooLargeHint) {
        return decoder.decode(rel, bytes(realSiteRoot, file, rel, folder, tooLargeHint));
    }

    /** The bytes of {@code file}, with the checks of {@link #read} but the decoding. */
    byte[] bytes(Path realSiteRoot, Path file, String rel, String folder, String tooLargeHint) {
        return bytes(realSiteRoot, file, rel, folder, tooLargeHint, false).bytes();
    }

    /**
     * The bytes of {@code file} as {@link #bytes} reads them, and the stat of the file they were read
     * from (its real path), taken after they were read when {@code stat} asks for it.
     */
    Read readAndStat(Path realSiteRoot, Path file, String rel, String folder, String tooLargeHint, boolean stat) {
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

    private Read bytes(Path realSiteRoot, Path file, String rel, String folder, String tooLargeHint, boolean stat) {
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(realSiteRoot)) {
                throw DatelineException.at(SourcePosition.of(rel), "symbolic link points outside the site folder",
                        "copy the file into " + folder + " instead of linking to it");
            }
            long size = Files.size(file);
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
