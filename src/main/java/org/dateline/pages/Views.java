package org.dateline.pages;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.assemble.Archives;
import org.dateline.assemble.Article;
import org.dateline.assemble.Group;
import org.dateline.assemble.GroupIndex;
import org.dateline.assemble.Groups;
import org.dateline.assemble.Site;
import org.dateline.assemble.Urls;
import org.dateline.config.Publisher;
import org.dateline.config.SiteConfig;
import org.dateline.load.AuthorProfile;
import org.dateline.parse.ArticleMeta;
import org.dateline.parse.Notice;
import org.dateline.render.RenderedArticle;
import org.dateline.syndicate.FeedLinkView;
import org.dateline.syndicate.FeedLinks;
import org.dateline.syndicate.SocialView;
import org.dateline.syndicate.StructuredData;

/**
 * The values templates see. Every name here is a template variable documented in README.md; absent
 * optional values are "" (text), an empty list, or null (objects), so {@code {% if x is not empty %}}
 * tests them. A {@code url} is "" when there is no page to link to. Not thread-safe: the routes of a
 * site are listed on one thread, and rendering only reads the finished views.
 */
public final class Views {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private final Site site;
    private final SiteConfig config;
    private final Urls urls;
    private final DateTimeFormatter display;
    private final DateTimeFormatter monthName;
    private final GroupIndex groups;
    private final Set<String> expired = new HashSet<>();
    private final Map<String, ArticleView> articleViews = new HashMap<>();
    private final Archives archives;
    private SiteView siteView;
    private final FeedLinks feedLinks;
    private final StructuredData structuredData;

    public Views(Site site) {
        this.site = site;
        this.config = site.config();
        this.urls = site.urls();
        this.display = config.dateFormatter();
        this.monthName = DateTimeFormatter.ofPattern("LLLL uuuu", config.locale());
        this.groups = new GroupIndex(site);
        site.expired().forEach(a -> expired.add(a.outputPath()));
        this.archives = new Archives(site.articles());
        this.feedLinks = new FeedLinks(site);
        this.structuredData = new StructuredData(site, groups);
    }

    /** The site's sections, authors and tags by slug. */
    GroupIndex groups() {
        return groups;
    }

    /** {@code site}: the whole site's settings and navigation. */
    public record SiteView(String title, String description, String baseUrl, String language, String timeZone,
                           Publisher publisher, Map<String, Object> params, String home, String generator,
                           List<SectionView> sections, String authorsUrl, String tagsUrl, List<ArchiveView> archives,
                           List<MenuItemView> footerMenu) {
    }

    /** A link of {@code site.footerMenu}: a site path already carries the base path. */
    public record MenuItemView(String title, String url) {
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

    /** An author: {@code role}, {@code bio}, {@code photo} and {@code links} come from data/authors.yaml. */
    public record AuthorView(String name, String slug, String url, String role, String bio, String photo,
                             List<LinkView> links, int count) {
    }

    public record TagView(String name, String slug, String url, int count) {
    }

    public record LinkView(String name, String url) {
    }

    public record ImageView(String src, String alt, String caption, String credit) {
    }

    public record HeadingView(int level, String id, String text) {
    }

    /** One entry of a corrections or updates log. */
    public record NoticeView(DateView date, String text) {
    }

    /** A year ({@code month} 0) or month of the archive, with the number of articles in it. */
    public record ArchiveView(String name, int year, int month, String url, int count) {
    }

    /** Where a page is in its listing; {@code prev} and {@code next} are "" at the ends. */
    public record PaginationView(int number, int total, String prev, String next, String first, String last) {
    }

    /** The previous (older) and next (newer) article of the same section, or null. */
    public record NeighboursView(ArticleView previous, ArticleView next) {
    }

    /** {@code article}: everything about one article. */
    public record ArticleView(String title, String url, String permalink, SectionView section,
                              List<AuthorView> authors, List<String> authorNames, DateView published,
                              DateView updated, DateView modified, String source, String description,
                              String standfirst, String location, ImageView image, List<TagView> tags, String body,
                              List<HeadingView> headings, int wordCount, int readingMinutes,
                              Map<String, Object> params, List<NoticeView> corrections, List<NoticeView> updates,
                              DateView expires, boolean expired) {
    }

    public SiteView site() {
        if (siteView == null) {
            siteView = new SiteView(config.title(), config.description(), config.baseUrl(), config.language(),
                    config.timeZone().getId(), config.publisher(), config.params(), urls.path("/"), "Dateline",
                    site.sections().stream().map(this::section).toList(),
                    site.authors().isEmpty() ? "" : urls.path(Groups.AUTHORS),
                    site.tags().isEmpty() ? "" : urls.path(Groups.TAGS),
                    archives.years().stream().map(this::archive).toList(),
                    config.footerMenu().stream().map(item -> new MenuItemView(item.title(),
                            item.url().startsWith("/") ? urls.path(item.url()) : item.url())).toList());
        }
        return siteView;
    }

    public SectionView section(Group group) {
        return new SectionView(group.name(), group.slug(), urls.path(group.path()));
    }

    public AuthorView author(Group group) {
        return author(group.name(), group.slug());
    }

    public TagView tag(Group group) {
        return new TagView(group.name(), group.slug(), urls.path(group.path()), group.articles().size());
    }

    public PageView page(String kind, String title, String description, String sitePath) {
        return new PageView(kind, title, description, urls.path(sitePath), urls.absolute(sitePath),
                feedLinks.forPage(sitePath), SocialView.website(site, sitePath), "");
    }

    /** {@code page} for an article's own page: with its social card and structured data. */
    public PageView articlePage(Article article, ArticleView view) {
        return new PageView("article", view.title(), view.description(), urls.path(article.path()),
                urls.absolute(article.path()), feedLinks.forPage(article.path()),
                SocialView.article(site, groups, article), structuredData.forArticle(article));
    }

    public DateView date(OffsetDateTime value) {
        OffsetDateTime local = value.atZoneSameInstant(config.timeZone()).toOffsetDateTime();
        return new DateView(local.format(ISO), local.format(display), local.toLocalDate().toString(),
                local.getYear(), local.getMonthValue(), local.getDayOfMonth());
    }

    PaginationView pagination(Paginator.Slice slice) {
        String base = slice.basePath();
        return new PaginationView(slice.number(), slice.total(),
                slice.number() > 1 ? urls.path(Paginator.path(base, slice.number() - 1)) : "",
                slice.number() < slice.total() ? urls.path(Paginator.path(base, slice.number() + 1)) : "",
                urls.path(base), urls.path(Paginator.path(base, slice.total())));
    }

    ArchiveView archive(Archives.Period period) {
        String name = period.month() == 0 ? String.valueOf(period.year())
                : YearMonth.of(period.year(), period.month()).format(monthName);
        return new ArchiveView(name, period.year(), period.month(), urls.path(period.path()), period.articles().size());
    }

    Archives archives() {
        return archives;
    }

    public ArticleView article(Article article) {
        return articleViews.computeIfAbsent(article.outputPath(), path -> newArticle(article));
    }

    private ArticleView newArticle(Article article) {
        RenderedArticle content = article.content();
        ArticleMeta meta = content.meta();
        SectionView section = meta.section().isEmpty() ? null : groups.section(article.sectionSlug())
                .map(this::section).orElse(new SectionView(meta.section(), article.sectionSlug(), ""));
        List<AuthorView> authorViews = groups.authors(article).stream()
                .map(name -> author(name.name(), name.slug())).toList();
        List<TagView> tagViews = groups.tags(article).stream()
                .map(name -> groups.tag(name.slug()).map(this::tag).orElse(new TagView(name.name(), name.slug(), "", 0)))
                .toList();
        ImageView image = meta.image()
                .map(i -> new ImageView(urls.userPath(i.src()), i.alt(), i.caption(), i.credit())).orElse(null);
        List<HeadingView> headings = content.headings().stream()
                .map(h -> new HeadingView(h.level(), h.id(), h.text())).toList();
        return new ArticleView(meta.title(), urls.path(article.path()), urls.absolute(article.path()), section,
                authorViews, meta.authors(), date(article.published()),
                article.updated().map(this::date).orElse(null), date(article.modified()),
                meta.source(), content.description(), meta.description(), meta.location(), image, tagViews,
                content.bodyHtml(), headings, content.wordCount(), Math.max(1, (content.wordCount() + 229) / 230),
                meta.params(), notices(meta.corrections()), notices(meta.updates()),
                meta.expires().map(this::date).orElse(null), expired.contains(article.outputPath()));
    }

    private List<NoticeView> notices(List<Notice> notices) {
        return notices.stream().map(n -> new NoticeView(date(n.date()), n.text())).toList();
    }

    /** An author by slug: the listing page if there is one, the profile from data/authors.yaml if any. */
    private AuthorView author(String name, String slug) {
        Group group = groups.author(slug).orElse(null);
        AuthorProfile profile = site.profiles().get(slug);
        String url = group == null ? "" : urls.path(group.path());
        int count = group == null ? 0 : group.articles().size();
        if (profile == null) {
            return new AuthorView(name, slug, url, "", "", "", List.of(), count);
        }
        return new AuthorView(name, slug, url, profile.role(), profile.bio(), urls.userPath(profile.photo()),
                profile.links().stream().map(l -> new LinkView(l.name(), l.url())).toList(), count);
    }
}
