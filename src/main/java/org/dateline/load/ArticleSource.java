package org.dateline.load;

import java.util.Objects;
import java.util.Optional;

/**
 * One article found by the scan, without its text: its path relative to the site root (with
 * {@code /}), the digest of its bytes as the scan read them (checked to be UTF-8; SHA-256 where the digest
 * outlives the build, a quicker one where it does not: see {@link ArticleDigest}), and the file's
 * stat taken before those bytes were read when it had {@link FileStat#settled settled} by the scan.
 * The text is read again only where the article is parsed ({@link ArticleReader}), so that a build never
 * holds every article's text at once; it is hashed again there only when the file's stat is not the
 * settled one.
 *
 * @param settled the stat the scan took, when the file had last changed long enough before the scan;
 *     empty when it had not, when the file system has no Unix view, for a digest not read by a scan, and
 *     for a {@link #quick} digest (taking it again costs less than a stat)
 */
public record ArticleSource(String relPath, String digest, Optional<FileStat> settled) {
    public ArticleSource {
        Objects.requireNonNull(relPath, "relPath");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(settled, "settled");
    }

    /** An article whose bytes are known only by their digest: a reader hashes them again. */
    public ArticleSource(String relPath, String digest) {
        this(relPath, digest, Optional.empty());
    }

    /**
     * Whether {@link #digest} is the quick kind, which must not key anything that outlives the build
     * ({@link ArticleDigest#QUICK}); {@link ArticleReader#readLasting} gives the lasting one.
     */
    public boolean quick() {
        return ArticleDigest.of(digest) == ArticleDigest.QUICK;
    }
}
