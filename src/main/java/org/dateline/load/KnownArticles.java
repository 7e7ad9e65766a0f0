package org.dateline.load;

import java.util.Optional;

/**
 * What an earlier scan recorded of the site's articles: for a path, the stat its file had and the
 * digest of the bytes read then ({@link FileStat}). A scan takes the digest of an article whose stat is
 * the recorded one instead of reading it.
 */
public interface KnownArticles {

    /** No earlier scan: every article is read. */
    KnownArticles NONE = (relPath, stat) -> Optional.empty();

    /** The digest recorded for {@code relPath} when its file had {@code stat}, if that is what was recorded. */
    Optional<String> digest(String relPath, FileStat stat);

    /** An article's stat and the digest of its bytes, as a scan found them. */
    record Seen(FileStat stat, String digest) {
    }
}
