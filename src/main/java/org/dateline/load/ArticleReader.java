package org.dateline.load;

import java.nio.file.Path;
import org.dateline.config.TextDecoder;
import org.dateline.diag.DatelineException;
import org.dateline.diag.SourcePosition;

/**
 * Reads the text of an article the scan found ({@link ArticleSource}), with the scan's checks (a link
 * out of the site folder, {@code max_file_size}, UTF-8). The text must still be the one the scan read:
 * the build's cache keys and the site's fingerprint were made from that one, so an article edited
 * after the scan is an error at its path, and the next build reads it anew.
 *
 * <p>How it knows: when the scan took a {@link ArticleSource#settled settled} stat of the file and the
 * file read now has that very stat after it was read, no write reached it since (every write sets the
 * status-change time, later than a settled file's: see {@link FileStat}), so its bytes are the scan's
 * and are not hashed a second time. Otherwise they are hashed and compared with the scan's digest.
 * Safe to use from the build's worker threads.
 */
public final class ArticleReader {

    private final Path siteRoot;
    private final SiteFileReader files;
    private final TextDecoder decoder = new TextDecoder();
    private final ArticleDigest.Hasher hasher;
    private volatile SiteFileReader.RealFolders realRoot;

    /** @param siteRoot the site folder, absolute, as the scan was given it */
    public ArticleReader(Path siteRoot, long maxFileBytes) {
        this(siteRoot, maxFileBytes, ArticleDigest.Hasher.DIRECT);
    }

    /** @param hasher how bytes are hashed: tests count the calls */
    ArticleReader(Path siteRoot, long maxFileBytes, ArticleDigest.Hasher hasher) {
        this.siteRoot = siteRoot;
        this.files = new SiteFileReader(maxFileBytes);
        this.hasher = hasher;
    }

    /** An article's text, and the {@link ArticleDigest#LASTING} digest of its bytes. */
    public record Lasting(SourceFile file, String digest) {
    }

    /** The article's text, decoded as the scan decoded it; a {@link DatelineException} if it changed or cannot be read. */
    public SourceFile read(ArticleSource article) {
        return read(article, "the article changed while the site was being built");
    }

    /** As {@link #read(ArticleSource)}, with {@code whenChanged} as the message if the article changed. */
    public SourceFile read(ArticleSource article, String whenChanged) {
        String rel = article.relPath();
        return new SourceFile(rel, decoder.decode(rel, bytes(article, whenChanged)));
    }

    /**
     * As {@link #read(ArticleSource)}, with the lasting digest of the bytes read, for a key that
     * outlives the build when the scan's digest was a {@link ArticleSource#quick quick} one (it is not
     * computed again when the scan's was lasting).
     */
    public Lasting readLasting(ArticleSource article) {
        String rel = article.relPath();
        byte[] bytes = bytes(article, "the article changed while the site was being built");
        String lasting = article.quick() ? hasher.digest(ArticleDigest.LASTING, bytes) : article.digest();
        return new Lasting(new SourceFile(rel, decoder.decode(rel, bytes)), lasting);
    }

    /** The article's bytes, checked to be the scan's. */
    private byte[] bytes(ArticleSource article, String whenChanged) {
        String rel = article.relPath();
        SiteFileReader.Read read = files.readAndStat(realRoot(), siteRoot.resolve(rel), rel,
                SourceScanner.CONTENT_DIR + "/", SourceScanner.TOO_LARGE_HINT, article.settled().isPresent());
        byte[] bytes = read.bytes();
        boolean untouched = article.settled().isPresent() && read.after().equals(article.settled());
        if (!untouched && !hasher.digest(ArticleDigest.of(article.digest()), bytes).equals(article.digest())) {
            throw DatelineException.at(SourcePosition.of(rel), whenChanged, "build the site again");
        }
        return bytes;
    }

    private SiteFileReader.RealFolders realRoot() {
        SiteFileReader.RealFolders known = realRoot;
        if (known == null) {
            known = SiteFileReader.realRoot(siteRoot);
            realRoot = known;
        }
        return known;
    }
}
