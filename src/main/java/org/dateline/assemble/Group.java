package org.dateline.assemble;

import java.util.List;
import java.util.Objects;

/**
 * A section, author or tag: its display name, slug, site path and articles, newest first.
 *
 * @param path the site path of its listing page, e.g. {@code /world/}, {@code /authors/selin-atay/}
 */
public record Group(String name, String slug, String path, List<Article> articles) {
    public Group {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(path, "path");
        articles = List.copyOf(articles);
    }
}
