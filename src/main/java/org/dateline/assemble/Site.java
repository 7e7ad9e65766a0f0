package org.dateline.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dateline.config.SiteConfig;
import org.dateline.load.AuthorProfile;

/**
 * The assembled site: configuration, URLs, the articles in listings and feeds newest first (ties by
 * title, then source path, so every build orders them the same), the expired articles whose pages are
 * kept but which are listed nowhere, and the sections (in the configured navigation order), authors
 * and tags (by slug) of the listed articles.
 *
 * @param articles the articles that listings and feeds show, newest first
 * @param expired articles past their {@code expires} date: they keep their page, nothing lists them
 * @param profiles {@code data/authors.yaml} entries by author slug
 * @param pages standalone pages (About, Corrections policy…) from {@code content/pages/}: each has its
 *     own page and a place in the sitemap, and is in no listing, feed, news sitemap or related-story box
 */
public record Site(SiteConfig config, Urls urls, List<Article> articles, List<Article> expired, List<Group> sections,
                   List<Group> authors, List<Group> tags, Map<String, AuthorProfile> profiles, List<Article> pages) {
    public Site {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(urls, "urls");
        articles = List.copyOf(articles);
        expired = List.copyOf(expired);
        sections = List.copyOf(sections);
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        profiles = Map.copyOf(profiles);
        pages = List.copyOf(pages);
    }

    /** A site without standalone pages. */
    public Site(SiteConfig config, Urls urls, List<Article> articles, List<Article> expired, List<Group> sections,
                List<Group> authors, List<Group> tags, Map<String, AuthorProfile> profiles) {
        this(config, urls, articles, expired, sections, authors, tags, profiles, List.of());
    }

    /** A site without expired articles or author profiles. */
    public Site(SiteConfig config, Urls urls, List<Article> articles, List<Group> sections, List<Group> authors,
                List<Group> tags) {
        this(config, urls, articles, List.of(), sections, authors, tags, Map.of());
    }

    /** Every article that gets a page, listed or expired, newest first. */
    public List<Article> allArticles() {
        if (expired.isEmpty()) {
            return articles; // already newest first, and immutable
        }
        List<Article> all = new ArrayList<>(articles);
        all.addAll(expired);
        all.sort(SiteAssembler.NEWEST_FIRST);
        return all;
    }

    /** The listing group of the article's section, if it has one with a page. */
    public Optional<Group> section(Article article) {
        return sections.stream().filter(s -> s.slug().equals(article.sectionSlug())).findFirst();
    }
}
