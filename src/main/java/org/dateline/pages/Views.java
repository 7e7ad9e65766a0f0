package org.dateline.pages;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.assemble.Archives;
import org.dateline.assemble.Article;
import org.dateline.assemble.Group;
import org.dateline.assemble.GroupIndex;
import org.dateline.assemble.Groups;
import org.dateline.assemble.Site;
import org.dateline.assemble.Urls;
import org.dateline.config.Listing;
import org.dateline.config.ListingKind;
import org.dateline.config.Publisher;
import org.dateline.config.SiteConfig;
import org.dateline.diag.DatelineException;
import org.dateline.image.ImageInfo;
import org.dateline.image.ImageSizer;
import org.dateline.load.AuthorProfile;
import org.dateline.parse.ArticleMeta;
import org.dateline.parse.Notice;
import org.dateline.render.ArticleBody;
import org.dateline.render.RenderedArticle;
import org.dateline.syndicate.FeedLinkView;
import org.dateline.syndicate.FeedLinks;
import org.dateline.syndicate.SocialView;
import org.dateline.syndicate.StructuredData;
import org.dateline.template.Watched;

/**
 * The values templates see. Every name here is a template variable documented in README.md; absent
 * optional values are "" (text), an empty list, or null (objects), so {@code {% if x is not empty %}}
 * tests them. A {@code url} is "" when there is no page to link to. Safe to use from several threads
 * (the articles' pages are listed on the build's workers): each article has one view, made once.
 */
public final class Views {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private final Site site;
    private final SiteConfig config;
    private final Urls urls;
    private final Listing listing;
    private final DateTimeFormatter display;
    private final DateTimeFormatter monthName;
    private final GroupIndex groups;
    private final Set<String> expired = new HashSet<>();
    private final Map<String, ArticleView> articleViews = new java.util.concurrent.ConcurrentHashMap<>();
    private final Archives archives;
    private SiteView siteView;
    private final FeedLinks feedLinks;
    private final StructuredData structuredData;
    private final Optional<ImageSizer> images;
    private java.util.function.Predicate<String> wanted = path -> true;

    public Views(Site site) {
        this(site, Optional.empty());
    }

    /** @param images the site's local images, for the size and resized copies of lead images and author photos */
    public Views(Site site, Optional<ImageSizer> images) {
        this.images = images;
        this.site = site;
        this.config = site.config();
        this.urls = site.urls();
        this.listing = config.listing();
        this.display = config.dateFormatter();
        this.monthName = DateTimeFormatter.ofPattern("LLLL uuuu", config.locale());
        this.groups = new GroupIndex(site);
        site.expired().forEach(a -> expired.add(a.outputPath()));
        this.archives = new Archives(site.articles());
        this.feedLinks = new FeedLinks(site);
        this.structuredData = new StructuredData(site, groups);
    }

    /**
     * Views of {@code site} that take each article's view from {@code earlier}, except the views of the
     * articles at {@code changed} (output paths). Only for a site of the same shape as {@code earlier}'s
     * (the same articles in the same places, groups and counts; only the changed articles' content
     * differs), whose other articles' views are then equal. Listing pages whose output path
     * {@code wanted} refuses are not made.
     */
    public Views(Site site, Optional<ImageSizer> images, Views earlier, Set<String> changed,
                 java.util.function.Predicate<String> wanted) {
        this(site, images);
        this.wanted = wanted;
        articleViews.putAll(earlier.articleViews); // one bulk copy, then the few changed ones out
        changed.forEach(articleViews::remove);
    }

    /** These views, making only the listing pages whose output path {@code wanted} accepts. */
    Views wanting(java.util.function.Predicate<String> wanted) {
        this.wanted = wanted;
        return this;
    }

    /** Whether the page at {@code outputPath} is to be made (all are, but for a rebuild of a few pages). */
    boolean wanted(String outputPath) {
        return wanted.test(outputPath);
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

    /**
     * A section: {@code url} is the path of its listing page; {@code description} comes from its
     * {@code _index.md} ("" when none).
     */
    public record SectionView(String name, String slug, String url, String description) {
    }

    /**
     * An author: {@code role}, {@code bio}, {@code photo} and {@code links} come from data/authors.yaml;
     * {@code photoWidth}, {@code photoHeight} (0 when unknown) and {@code photoSrcset} ("" without
     * resized copies) from the photo's file. {@code count} is {@link Watched}: every article's view holds its
     * authors', and the bundled theme shows it only in the authors' directory. Printed, the name.
     */
    public record AuthorView(String name, String slug, String url, String role, String bio, String photo,
                             int photoWidth, int photoHeight, String photoSrcset, List<LinkView> links,
                             @Watched int count) {
        @Override
        public String toString() {
            return name;
        }
    }

    public record TagView(String name, String slug, String url, int count) {
    }

    /**
     * A tag as an article shows it ({@code article.tags}): without the tag's count, which changes
     * whenever any article joins or leaves the tag and would make every page showing any of its
     * articles one to render again after such an edit; {@code tag.peb} and {@code tags.peb} show it.
     */
    public record ArticleTagView(String name, String slug, String url) {
    }

    public record LinkView(String name, String url) {
    }

    /**
     * A lead image: {@code width} and {@code height} from its file (0 when unknown: another host, an
     * SVG without a size), {@code srcset} its resized copies ("" without) and {@code sizes} the
     * article column's width, for the {@code sizes} attribute.
     */
    public record ImageView(String src, String alt, String caption, String credit, int width, int height,
                            String srcset, String sizes) {
    }

    /** The article column of the default theme, for {@code sizes}: as wide as the viewport less its padding, at most 42rem. */
    public static final String COLUMN_SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

    public record HeadingView(int level, String id, String text) {
    }

    /** One entry of a corrections or updates log. */
    public record NoticeView(DateView date, String text) {
    }

    /**
     * A year ({@code month} 0) or month of the archive, with the number of articles in it: {@link Watched}, as
     * every page's navigation holds the years and an added article changes one's count. Printed, its name.
     */
    public record ArchiveView(String name, int year, int month, String url, @Watched int count) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Where a page is in its listing; {@code prev} and {@code next} are "" at the ends. */
    public record PaginationView(int number, int total, String prev, String next, String first, String last) {
    }

    /** The previous (older) and next (newer) article of the same section, or null. */
    public record NeighboursView(ArticleView previous, ArticleView next) {
    }

    /**
     * The components of {@link ArticleView} made from the body, with the methods that show every component
     * (a record's {@code hashCode} and {@code equals}). The others are made from the front matter, the
     * description and the article's place in the site, so a page whose templates read none of these from any
     * value ({@code TemplateReach.readsNone}) shows nothing that an edit of an
     * article's body alone changes. Printed whole, a view shows its title ({@link ArticleView#toString}).
     */
    public static final Set<String> BODY_PARTS = Set.of("body", "headings", "wordCount", "readingMinutes",
            "hashCode", "equals");

    /** {@code article}: everything about one article. */
    public record ArticleView(String title, String url, String permalink, SectionView section,
                              List<AuthorView> authors, List<String> authorNames, DateView published,
                              DateView updated, DateView modified, String source, String description,
                              String standfirst, String location, ImageView image, List<ArticleTagView> tags, ArticleBody body,
                              List<HeadingView> headings, int wordCount, int readingMinutes,
                              Map<String, Object> params, List<NoticeView> corrections, List<NoticeView> updates,
                              DateView expires, boolean expired) {

        /**
         * The headline: what a template printing a whole view ({@code {{ article }}}, a filter that joins
         * views) shows, where a record's text would show its body's key and word count too, which a body
         * edit changes on pages that read none of {@link #BODY_PARTS}.
         */
        @Override
        public String toString() {
            return title;
        }
    }

    public synchronized SiteView site() {
        if (siteView == null) {
            siteView = new SiteView(config.title(), config.description(), config.baseUrl(), config.language(),
                    config.timeZone().getId(), config.publisher(), config.params(), urls.path("/"), "Dateline",
                    listing.has(ListingKind.SECTION) ? site.sections().stream().map(this::section).toList() : List.of(),
                    site.authors().isEmpty() || !listing.has(ListingKind.AUTHOR) ? "" : urls.path(Groups.AUTHORS),
                    site.tags().isEmpty() || !listing.has(ListingKind.TAG) ? "" : urls.path(Groups.TAGS),
                    listing.has(ListingKind.ARCHIVE) ? archives.years().stream().map(this::archive).toList() : List.of(),
                    config.footerMenu().stream().map(item -> new MenuItemView(item.title(),
                            item.url().startsWith("/") ? urls.path(item.url()) : item.url())).toList());
        }
        return siteView;
    }

    public SectionView section(Group group) {
        return new SectionView(group.name(), group.slug(), listing.has(ListingKind.SECTION) ? urls.path(group.path()) : "",
                sectionDescription(group.slug()));
    }

    /** The description a section's {@code _index.md} gives, or "". */
    String sectionDescription(String slug) {
        return listing.sectionFile(slug).map(Listing.SectionFile::description).orElse("");
    }

    public AuthorView author(Group group) {
        return author(group.name(), group.slug());
    }

    public TagView tag(Group group) {
        return new TagView(group.name(), group.slug(), listing.has(ListingKind.TAG) ? urls.path(group.path()) : "",
                group.articles().size());
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
                .map(this::section).orElse(new SectionView(meta.section(), article.sectionSlug(), "", ""));
        List<AuthorView> authorViews = groups.authors(article).stream()
                .map(name -> author(name.name(), name.slug())).toList();
        List<ArticleTagView> tagViews = groups.tags(article).stream()
                .map(name -> groups.tag(name.slug()).map(group -> new ArticleTagView(group.name(), group.slug(),
                        listing.has(ListingKind.TAG) ? urls.path(group.path()) : ""))
                        .orElse(new ArticleTagView(name.name(), name.slug(), "")))
                .toList();
        ImageView image = meta.image().map(i -> {
            Optional<ImageInfo> info = imageInfo(i.src());
            return new ImageView(urls.userPath(i.src()), i.alt(), i.caption(), i.credit(),
                    info.map(ImageInfo::width).orElse(0), info.map(ImageInfo::height).orElse(0),
                    info.map(this::srcset).orElse(""), COLUMN_SIZES);
        }).orElse(null);
        List<HeadingView> headings = content.headings().stream()
                .map(h -> new HeadingView(h.level(), h.id(), h.text())).toList();
        return new ArticleView(meta.title(), urls.path(article.path()), urls.absolute(article.path()), section,
                authorViews, meta.authors(), date(article.published()),
                article.updated().map(this::date).orElse(null), date(article.modified()),
                meta.source(), content.description(), meta.description(), meta.location(), image, tagViews,
                content.body(), headings, content.wordCount(), Math.max(1, (content.wordCount() + 229) / 230),
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
        String url = group == null || !listing.has(ListingKind.AUTHOR) ? "" : urls.path(group.path());
        int count = group == null ? 0 : group.articles().size();
        if (profile == null) {
            return new AuthorView(name, slug, url, "", "", "", 0, 0, "", List.of(), count);
        }
        Optional<ImageInfo> photo = imageInfo(profile.photo());
        return new AuthorView(name, slug, url, profile.role(), profile.bio(), urls.userPath(profile.photo()),
                photo.map(ImageInfo::width).orElse(0), photo.map(ImageInfo::height).orElse(0),
                photo.map(this::srcset).orElse(""),
                profile.links().stream().map(l -> new LinkView(l.name(), l.url())).toList(), count);
    }

    /** A local image's size and copies; empty for other hosts, and for a broken image (already an error of the build). */
    private Optional<ImageInfo> imageInfo(String written) {
        if (written.isEmpty() || images.isEmpty()) {
            return Optional.empty();
        }
        try {
            return images.get().inspect(written);
        } catch (DatelineException e) {
            return Optional.empty();
        }
    }

    /** {@code srcset} with the site's base path in front of each copy. */
    private String srcset(ImageInfo info) {
        if (info.variants().isEmpty()) {
            return "";
        }
        List<String> candidates = new ArrayList<>();
        for (ImageInfo.Variant variant : info.variants()) {
            candidates.add(urls.userPath(ImageInfo.url(variant.path())) + " " + variant.width() + "w");
        }
        candidates.add(urls.userPath(ImageInfo.url(info.path())) + " " + info.width() + "w");
        return String.join(", ", candidates);
    }
}
