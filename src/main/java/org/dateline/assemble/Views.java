package org.dateline.assemble;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.dateline.config.Publisher;
import org.dateline.config.SiteConfig;
import org.dateline.parse.ArticleMeta;
import org.dateline.parse.Slugs;
import org.dateline.render.RenderedArticle;

/**
 * The values templates see. Every name here is a template variable documented in README.md; absent
 * optional values are "" (text), an empty list, or null (objects), so {@code {% if x %}} tests them.
 */
public final class Views {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final Site site;
    private final SiteConfig config;
    private final Urls urls;
    private final DateTimeFormatter display;
    private final FeedLinks feedLinks;

    public Views(Site site) {
        this.site = site;
        this.config = site.config();
        this.urls = site.urls();
        this.display = config.dateFormatter();
        this.feedLinks = new FeedLinks(site);
    }

    /** {@code site}: the whole site's settings. */
    public record SiteView(String title, String description, String baseUrl, String language, String timeZone,
                           Publisher publisher, Map<String, Object> params, String home, String generator,
                           List<SectionView> sections) {
    }

    /**
     * {@code page}: the page being rendered.
     *
     * @param feeds the feeds its head links to
     * @param social what its Open Graph and Twitter card tags say
     * @param structuredData its JSON-LD (article pages), already serialised and escaped; "" on other pages
     */
    public record PageView(String kind, String title, String description, String url, String canonical,
                           List<FeedLinkView> feeds, SocialView social, String structuredData) {
    }

    /** A date: {@code iso} for {@code datetime} attributes, {@code display} in {@code date_format}. */
    public record DateView(String iso, String display, String date, int year, int month, int day) {
    }

    /** A section, author or tag: {@code url} is the path of its listing page. */
    public record SectionView(String name, String slug, String url) {
    }

    public record AuthorView(String name, String slug, String url) {
    }

    public record TagView(String name, String slug, String url) {
    }

    public record ImageView(String src, String alt, String caption, String credit) {
    }

    public record HeadingView(int level, String id, String text) {
    }

    /** {@code article}: everything about one article. */
    public record ArticleView(String title, String url, String permalink, SectionView section,
                              List<AuthorView> authors, List<String> authorNames, DateView published,
                              DateView updated, DateView modified, String source, String description,
                              String standfirst, String location, ImageView image, List<TagView> tags, String body,
                              List<HeadingView> headings, int wordCount, int readingMinutes,
                              Map<String, Object> params) {
    }

    public SiteView site() {
        return new SiteView(config.title(), config.description(), config.baseUrl(), config.language(),
                config.timeZone().getId(), config.publisher(), config.params(), urls.path("/"), "Dateline",
                site.sections().stream().map(this::section).toList());
    }

    public SectionView section(Group group) {
        return new SectionView(group.name(), group.slug(), urls.path(group.path()));
    }

    public PageView page(String kind, String title, String description, String sitePath) {
        return new PageView(kind, title, description, urls.path(sitePath), urls.absolute(sitePath),
                feedLinks.forPage(sitePath), SocialView.website(config, new Links(urls), sitePath), "");
    }

    /** {@code page} for an article's own page: with its social card and structured data. */
    public PageView articlePage(Article article, ArticleView view) {
        Links links = new Links(urls);
        return new PageView("article", view.title(), view.description(), urls.path(article.path()),
                urls.absolute(article.path()), feedLinks.forPage(article.path()),
                SocialView.article(config, links, article, view),
                new StructuredData(site, this, links).forArticle(article, view));
    }

    public DateView date(OffsetDateTime value) {
        OffsetDateTime local = value.atZoneSameInstant(config.timeZone()).toOffsetDateTime();
        return new DateView(local.format(ISO), local.format(display), local.toLocalDate().toString(),
                local.getYear(), local.getMonthValue(), local.getDayOfMonth());
    }

    public ArticleView article(Article article) {
        RenderedArticle content = article.content();
        ArticleMeta meta = content.meta();
        SectionView section = site.section(article).map(this::section).orElse(null);
        List<AuthorView> authors = meta.authors().stream().map(Slugs::slugify)
                .map(slug -> new AuthorView(nameOf(site.authors(), slug), slug, urls.path(Groups.AUTHORS + slug + "/")))
                .toList();
        List<TagView> tags = meta.tags().stream().map(Slugs::slugify)
                .map(slug -> new TagView(nameOf(site.tags(), slug), slug, urls.path(Groups.TAGS + slug + "/")))
                .toList();
        ImageView image = meta.image().map(i -> new ImageView(i.src(), i.alt(), i.caption(), i.credit())).orElse(null);
        List<HeadingView> headings = content.headings().stream()
                .map(h -> new HeadingView(h.level(), h.id(), h.text())).toList();
        return new ArticleView(meta.title(), urls.path(article.path()), urls.absolute(article.path()), section,
                authors, meta.authors(), date(article.published()),
                article.updated().map(this::date).orElse(null), date(article.modified()),
                meta.source(), content.description(), meta.description(), meta.location(), image, tags,
                content.bodyHtml(), headings, content.wordCount(), Math.max(1, (content.wordCount() + 229) / 230),
                meta.params());
    }

    /** The group's display name for {@code slug} (the spelling that won, when two collided). */
    private static String nameOf(List<Group> groups, String slug) {
        return groups.stream().filter(g -> g.slug().equals(slug)).map(Group::name).findFirst().orElse(slug);
    }
}
