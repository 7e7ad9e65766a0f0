package org.dateline.assemble;

import java.util.List;
import java.util.Objects;
import org.dateline.config.SiteConfig;

/**
 * The assembled site: configuration, URLs, the published articles newest first (ties by title,
 * then source path, so every build orders them the same), and their sections (in the configured
 * navigation order), authors and tags (by slug).
 */
public record Site(SiteConfig config, Urls urls, List<Article> articles, List<Group> sections, List<Group> authors,
                   List<Group> tags) {
    public Site {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(urls, "urls");
        articles = List.copyOf(articles);
        sections = List.copyOf(sections);
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }

    /** The section an article belongs to, if it has one. */
    public java.util.Optional<Group> section(Article article) {
        return sections.stream().filter(s -> s.slug().equals(article.sectionSlug())).findFirst();
    }
}
