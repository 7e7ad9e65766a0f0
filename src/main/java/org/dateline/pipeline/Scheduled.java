package org.dateline.pipeline;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.dateline.assemble.Site;

/**
 * A moment at which a rebuild will change the site, and the article that makes it change.
 *
 * @param file the article's source path relative to the site root
 */
public record Scheduled(Instant at, String file) {

    /** Earliest first; ties by file, so the choice does not depend on thread timing. */
    static final Comparator<Scheduled> EARLIEST = Comparator.comparing(Scheduled::at).thenComparing(Scheduled::file);

    public Scheduled {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(file, "file");
    }

    /** The earliest {@code expires} of a listed article: then a rebuild takes it out of the listings. */
    static Optional<Scheduled> nextExpiry(Site site) {
        return site.articles().stream()
                .flatMap(article -> article.content().meta().expires()
                        .map(expires -> new Scheduled(expires.toInstant(), article.file())).stream())
                .min(EARLIEST);
    }
}
