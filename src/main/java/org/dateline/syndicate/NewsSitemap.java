package org.dateline.syndicate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.assemble.Article;
import org.dateline.assemble.Site;
import org.dateline.config.SiteConfig;

/**
 * {@code /news-sitemap.xml} by Google's rules for news sitemaps: only articles published in the two
 * days before the build, at most 1,000, newest first, each with the publication's name and
 * language, the publication date and the title. With no article in the window there is no file,
 * because the sitemap schema does not allow a {@code urlset} without a {@code url}.
 */
final class NewsSitemap {

    static final String FILE = "news-sitemap.xml";
    static final String NAMESPACE = "http://www.google.com/schemas/sitemap-news/0.9";
    static final Duration WINDOW = Duration.ofDays(2);
    static final int MAX_URLS = 1000;

    private final Site site;
    private final Links links;
    private final Instant builtAt;

    NewsSitemap(Site site, Links links, Instant builtAt) {
        this.site = site;
        this.links = links;
        this.builtAt = builtAt;
    }

    /** The articles in the window, newest first. */
    List<Article> articles() {
        Instant from = builtAt.minus(WINDOW);
        return site.articles().stream()
                .filter(a -> !a.published().toInstant().isBefore(from) && !a.published().toInstant().isAfter(builtAt))
                .limit(MAX_URLS)
                .toList();
    }

    /** The file's text, or empty when no article is recent enough. */
    Optional<String> text() {
        List<Article> articles = articles();
        if (articles.isEmpty()) {
            return Optional.empty();
        }
        SiteConfig config = site.config();
        String language = language(config.locale());
        Xml xml = new Xml();
        xml.open("urlset", "xmlns", Sitemaps.NAMESPACE, "xmlns:news", NAMESPACE);
        for (Article article : articles) {
            xml.open("url");
            xml.element("loc", links.page(article.path()));
            xml.open("news:news");
            xml.open("news:publication");
            xml.element("news:name", config.publisher().name());
            xml.element("news:language", language);
            xml.close("news:publication");
            xml.element("news:publication_date", Feed.rfc3339(article.published()));
            xml.element("news:title", article.title());
            xml.close("news:news");
            xml.close("url");
        }
        xml.close("urlset");
        return Optional.of(xml.toString());
    }

    /**
     * The language as Google News wants it: an ISO 639 code ({@code en-GB} → {@code en}), except
     * Chinese, which is {@code zh-cn} (simplified) or {@code zh-tw} (traditional).
     */
    static String language(Locale locale) {
        String language = locale.getLanguage();
        if (!language.equals("zh")) {
            return language;
        }
        boolean traditional = locale.getScript().equals("Hant")
                || (locale.getScript().isEmpty() && List.of("TW", "HK", "MO").contains(locale.getCountry()));
        return traditional ? "zh-tw" : "zh-cn";
    }
}
