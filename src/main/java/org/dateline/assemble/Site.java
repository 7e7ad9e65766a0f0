package org.dateline.assemble;

import java.util.List;
import java.util.Objects;
import org.dateline.config.SiteConfig;

/**
 * The assembled site: configuration, URLs and the published articles, newest first (ties by title,
 * then source path, so every build orders them the same).
 */
public record Site(SiteConfig config, Urls urls, List<Article> articles) {
    public Site {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(urls, "urls");
        articles = List.copyOf(articles);
    }
}
