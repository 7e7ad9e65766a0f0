package org.dateline.syndicate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.assemble.Article;
import org.dateline.assemble.GroupIndex;
import org.dateline.assemble.Groups;
import org.dateline.assemble.Site;
import org.dateline.config.ListingKind;
import org.dateline.config.Publisher;
import org.dateline.config.SiteConfig;
import org.dateline.parse.ArticleMeta;
import org.dateline.parse.Notice;
import org.dateline.render.RenderedArticle;

/**
 * An article page's JSON-LD: a schema.org {@code NewsArticle} and a {@code BreadcrumbList}
 * (home → section → article) in one {@code @graph}, written by {@link Json} so that it is safe to
 * put into a {@code <script>} element unescaped.
 */
public final class StructuredData {

    private final Site site;
    private final GroupIndex index;
    private final Links links;

    public StructuredData(Site site, GroupIndex index) {
        this.site = site;
        this.index = index;
        this.links = new Links(site.urls());
    }

    /** The JSON-LD of the article's page, serialised. */
    public String forArticle(Article article) {
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("@context", "https://schema.org");
        graph.put("@graph", List.of(newsArticle(article), breadcrumbs(article)));
        return Json.write(graph);
    }

    private Map<String, Object> newsArticle(Article article) {
        SiteConfig config = site.config();
        RenderedArticle content = article.content();
        ArticleMeta meta = content.meta();
        List<GroupIndex.Name> authors = index.authors(article);
        String section = index.sectionName(article);
        List<GroupIndex.Name> tags = index.tags(article);
        String url = links.page(article.path());
        Map<String, Object> news = new LinkedHashMap<>();
        news.put("@type", "NewsArticle");
        news.put("headline", meta.title());
        putIfPresent(news, "description", content.description());
        if (meta.image().isPresent()) {
            List<String> images = images(site.urls().userPath(meta.image().get().src()), article.path(),
                    config.imageCrops());
            news.put("image", images.size() == 1 ? images.get(0) : images);
        }
        news.put("datePublished", Feed.rfc3339(article.published(), config.timeZone()));
        news.put("dateModified", Feed.rfc3339(article.modified(), config.timeZone()));
        if (!authors.isEmpty()) {
            news.put("author", authors.stream()
                    .map(author -> person(author, meta)).toList());
        }
        news.put("publisher", publisher(config.publisher()));
        news.put("mainEntityOfPage", typed("WebPage", "@id", url));
        news.put("url", url);
        if (!section.isEmpty()) {
            news.put("articleSection", section);
        }
        if (!tags.isEmpty()) {
            news.put("keywords", tags.stream().map(GroupIndex.Name::name).toList());
        }
        news.put("inLanguage", config.language());
        putIfPresent(news, "dateline", meta.location());
        List<Notice> corrections = meta.corrections();
        if (!corrections.isEmpty()) {
            news.put("correction", corrections.stream().map(c -> typed("CorrectionComment", "text", c.text(),
                    "datePublished", Feed.rfc3339(c.date(), config.timeZone()))).toList());
        }
        return news;
    }

    private Map<String, Object> publisher(Publisher publisher) {
        Map<String, Object> organization = typed("Organization", "name", publisher.name());
        if (!publisher.url().isEmpty()) {
            organization.put("url", Links.ascii(publisher.url()));
        }
        if (!publisher.logo().isEmpty()) {
            organization.put("logo", typed("ImageObject", "url", links.resolve(publisher.logo(), "/")));
        }
        if (!publisher.correctionsPolicy().isEmpty()) {
            organization.put("correctionsPolicy", links.resolve(publisher.correctionsPolicy(), "/"));
        }
        if (!publisher.ethicsPolicy().isEmpty()) {
            organization.put("ethicsPolicy", links.resolve(publisher.ethicsPolicy(), "/"));
        }
        return organization;
    }

    private Map<String, Object> breadcrumbs(Article article) {
        List<Object> items = new ArrayList<>();
        items.add(crumb(1, site.config().title(), links.page("/")));
        if (site.config().listing().has(ListingKind.SECTION)) {
            site.section(article).ifPresent(section -> items.add(crumb(2, section.name(), links.page(section.path()))));
        }
        items.add(crumb(items.size() + 1, article.title(), links.page(article.path())));
        return typed("BreadcrumbList", "itemListElement", items);
    }

    private static Map<String, Object> crumb(int position, String name, String url) {
        Map<String, Object> item = typed("ListItem", "position", position);
        item.put("name", name);
        item.put("item", url);
        return item;
    }

    /** The lead image, then its crops: {@code /images/harbour.jpg} → {@code /images/harbour-16x9.jpg}. */
    private List<String> images(String src, String articlePath, List<String> crops) {
        List<String> images = new ArrayList<>();
        images.add(links.resolve(src, articlePath));
        for (String crop : crops) {
            images.add(links.resolve(cropOf(src, crop), articlePath));
        }
        return images;
    }

    static String cropOf(String src, String crop) {
        int end = src.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = src.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String path = src.substring(0, end);
        int dot = path.lastIndexOf('.');
        int insert = dot > path.lastIndexOf('/') + 1 ? dot : path.length();
        return path.substring(0, insert) + "-" + crop + path.substring(insert) + src.substring(end);
    }

    /** An author with the URL of their page, and the address their byline linked to ({@code sameAs}). */
    private Map<String, Object> person(GroupIndex.Name author, ArticleMeta meta) {
        Map<String, Object> person = site.config().listing().has(ListingKind.AUTHOR)
                ? typed("Person", "name", author.name(), "url", links.page(Groups.AUTHORS + author.slug() + "/"))
                : typed("Person", "name", author.name()); // no author pages: no link to one
        String own = meta.authorUrls().getOrDefault(author.name(), "");
        if (!own.isEmpty()) {
            person.put("sameAs", own);
        }
        return person;
    }

    private static Map<String, Object> typed(String type, Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("@type", type);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (!value.isEmpty()) {
            map.put(key, value);
        }
    }
}
