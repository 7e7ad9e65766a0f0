package org.dateline.assemble;

import java.util.List;
import java.util.Locale;
import org.dateline.config.SiteConfig;

/**
 * {@code page.social}: what Open Graph and Twitter cards say about a page. URLs are absolute, or ""
 * when there is no base URL (the protocols accept no others).
 *
 * @param type {@code article} or {@code website}
 * @param url the page's absolute URL, or ""
 * @param image the lead image's absolute URL, or ""
 * @param locale {@code og:locale}: the site language as {@code language_TERRITORY} ({@code en-GB} → {@code en_GB})
 * @param card the Twitter card: {@code summary_large_image} with an image, else {@code summary}
 * @param publishedTime for articles, else ""
 * @param authors for articles: the absolute URLs of the authors' pages (none without a base URL)
 * @param section for articles: the section's name, or ""
 * @param tags for articles: the tags' names
 */
public record SocialView(String type, String url, String image, String imageAlt, String locale, String card,
                         String publishedTime, String modifiedTime, List<String> authors, String section,
                         List<String> tags) {

    public SocialView {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
    }

    /** Any page that is not an article. */
    static SocialView website(SiteConfig config, Links links, String sitePath) {
        return new SocialView("website", links.absolute() ? links.page(sitePath) : "", "", "", locale(config),
                "summary", "", "", List.of(), "", List.of());
    }

    static SocialView article(SiteConfig config, Links links, Article article, Views.ArticleView view) {
        String image = view.image() == null ? "" : links.resolve(view.image().src(), article.path());
        if (!image.startsWith("http://") && !image.startsWith("https://")) {
            image = "";
        }
        List<String> authors = links.absolute()
                ? view.authors().stream().map(a -> links.page(Groups.AUTHORS + a.slug() + "/")).toList()
                : List.of();
        return new SocialView("article", links.absolute() ? links.page(article.path()) : "", image,
                image.isEmpty() ? "" : view.image().alt(), locale(config),
                image.isEmpty() ? "summary" : "summary_large_image", view.published().iso(), view.modified().iso(),
                authors, view.section() == null ? "" : view.section().name(),
                view.tags().stream().map(Views.TagView::name).toList());
    }

    private static String locale(SiteConfig config) {
        Locale locale = config.locale();
        return locale.getCountry().isEmpty() ? locale.getLanguage() : locale.getLanguage() + "_" + locale.getCountry();
    }
}
