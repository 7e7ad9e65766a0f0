package org.dateline.load;

import java.nio.file.Path;
import java.util.function.Function;
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
 */
public final class ArticleReader {

    private final Path siteRoot;
    private final SiteFileReader files;
    private final TextDecoder decoder = new TextDecoder();
    private final Function<byte[], String> digest;
    private volatile Path realRoot;

    /** @param siteRoot the site folder, absolute, as the scan was given it */
    public ArticleReader(Path siteRoot, long maxFileBytes) {
        this(siteRoot, maxFileBytes, ArticleSource::digest);
    }

    /** @param digest how bytes are hashed ({@link ArticleSource#digest}): tests count the calls */
    ArticleReader(Path siteRoot, long maxFileBytes, Function<byte[], String> digest) {
        this.siteRoot = siteRoot;
        this.files = new SiteFileReader(maxFileBytes);
        this.digest = digest;
    }

    /** The article's text, decoded as the scan decoded it; a {@link DatelineException} if it changed or cannot be read. */
    public SourceFile read(ArticleSource article) {
        return read(article, "the article changed while the site was being built");
    }

    /** As {@link #read(ArticleSource)}, with {@code whenChanged} as the message if the article changed. */
    public SourceFile read(ArticleSource article, String whenChanged) {
        String rel = article.relPath();
        SiteFileReader.Read read = files.readAndStat(realRoot(), siteRoot.resolve(rel), rel,
                SourceScanner.CONTENT_DIR + "/", SourceScanner.TOO_LARGE_HINT, article.settled().isPresent());
        byte[] bytes = read.bytes();
        boolean untouched = article.settled().isPresent() && read.after().equals(article.settled());
        if (!untouched && !digest.apply(bytes).equals(article.digest())) {
            throw DatelineException.at(SourcePosition.of(rel), whenChanged, "build the site again");
        }
        return new SourceFile(rel, decoder.decode(rel, bytes));
    }

    private Path realRoot() {
        Path known = realRoot;
        if (known == null) {
            known = SiteFileReader.realRoot(siteRoot);
            realRoot = known;
        }
        return known;
    }
}
