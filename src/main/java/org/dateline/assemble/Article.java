package org.dateline.assemble;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.dateline.render.RenderedArticle;

/**
 * An article placed in the site: its rendered content, where it lives, and its dates in the site's
 * time zone.
 *
 * @param path the site-relative URL path, e.g. {@code /world/2024/05/31/polls-close/}
 * @param outputPath the file below the output folder, e.g. {@code world/2024/05/31/polls-close/index.html}
 */
public record Article(RenderedArticle content, String sectionSlug, String path, String outputPath,
                      OffsetDateTime published, Optional<OffsetDateTime> updated) {
    public Article {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sectionSlug, "sectionSlug");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(outputPath, "outputPath");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(updated, "updated");
    }

    public String title() {
        return content.meta().title();
    }

    public String file() {
        return content.file();
    }

    /** The latest of published and updated. */
    public OffsetDateTime modified() {
        return updated.orElse(published);
    }
}
