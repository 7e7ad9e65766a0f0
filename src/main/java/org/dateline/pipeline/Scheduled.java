package org.dateline.pipeline;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.dateline.assemble.Article;
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

    /**
     * The earliest {@code expires} of a listed article: then a rebuild takes it out of the listings. A loop, not a
     * stream: every build asks, a fresh JVM's edit too, where a stream's steps per article run in the interpreter.
     */
    static Optional<Scheduled> nextExpiry(Site site) {
        Scheduled earliest = null;
        for (Article article : site.articles()) {
            Optional<OffsetDateTime> expires = article.content().meta().expires();
            if (expires.isPresent()) {
                Scheduled at = new Scheduled(expires.get().toInstant(), article.file());
                if (earliest == null || EARLIEST.compare(at, earliest) < 0) {
                    earliest = at;
                }
            }
        }
        return Optional.ofNullable(earliest);
    }
}
