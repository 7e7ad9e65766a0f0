package org.dateline.syndicate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.assemble.Article;
import org.dateline.assemble.GroupIndex;
import org.dateline.assemble.Groups;
import org.dateline.assemble.Site;
import org.dateline.config.ListingKind;
import org.dateline.config.SiteConfig;
import org.dateline.parse.LeadImage;

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
    public static SocialView website(Site site, String sitePath) {
        Links links = new Links(site.urls());
        return new SocialView("website", links.absolute() ? links.page(sitePath) : "", "", "", locale(site.config()),
                "summary", "", "", List.of(), "", List.of());
    }

    /** An article's page. */
    public static SocialView article(Site site, GroupIndex index, Article article) {
        Links links = new Links(site.urls());
        Optional<LeadImage> lead = article.content().meta().image();
        String image = lead.map(i -> links.resolve(site.urls().userPath(i.src()), article.path())).orElse("");
        if (!image.startsWith("http://") && !image.startsWith("https://")) {
            image = "";
        }
        List<String> authors = links.absolute() && site.config().listing().has(ListingKind.AUTHOR)
                ? index.authors(article).stream().map(a -> links.page(Groups.AUTHORS + a.slug() + "/")).toList()
                : List.of();
        return new SocialView("article", links.absolute() ? links.page(article.path()) : "", image,
                image.isEmpty() ? "" : lead.get().alt(), locale(site.config()),
                image.isEmpty() ? "summary" : "summary_large_image",
                Feed.rfc3339(article.published(), site.config().timeZone()),
                Feed.rfc3339(article.modified(), site.config().timeZone()),
                authors, index.sectionName(article), index.tags(article).stream().map(GroupIndex.Name::name).toList());
    }

    private static String locale(SiteConfig config) {
        Locale locale = config.locale();
        return locale.getCountry().isEmpty() ? locale.getLanguage() : locale.getLanguage() + "_" + locale.getCountry();
    }
}
