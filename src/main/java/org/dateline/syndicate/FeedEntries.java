package org.dateline.syndicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.assemble.Article;
import org.dateline.assemble.GroupIndex;
import org.dateline.assemble.Groups;
import org.dateline.assemble.Site;
import org.dateline.config.ListingKind;
import org.dateline.parse.ArticleMeta;
import org.dateline.render.AbsoluteLinks;
import org.dateline.render.RenderedArticle;

/**
 * Makes each article's {@link FeedEntry} once, on first use, and keeps it for every other feed
 * that holds the article; safe to use from the build's worker threads.
 */
final class FeedEntries {

    private final Site site;
    private final GroupIndex index;
    private final Links links;
    private final Map<String, FeedEntry> made = new ConcurrentHashMap<>();
    private final Map<String, FeedEntry> summaries = new ConcurrentHashMap<>();

    FeedEntries(Site site, GroupIndex index) {
        this.site = site;
        this.index = index;
        this.links = new Links(site.urls());
    }

    Links links() {
        return links;
    }

    /** The feed's newest entries ({@link Feed#newest}), newest first. */
    List<FeedEntry> newest(Feed feed) {
        boolean full = site.config().feeds().fullContent(feed.kind());
        return feed.newest(site.config().feeds().size()).stream().map(a -> entry(a, full)).toList();
    }

    private FeedEntry entry(Article article, boolean full) {
        return (full ? made : summaries).computeIfAbsent(article.outputPath(), path -> make(article, full));
    }

    private FeedEntry make(Article article, boolean full) {
        RenderedArticle content = article.content();
        ArticleMeta meta = content.meta();
        String url = links.page(article.path());
        boolean authorPages = site.config().listing().has(ListingKind.AUTHOR);
        List<FeedEntry.Person> authors = index.authors(article).stream()
                .map(author -> new FeedEntry.Person(author.name(), authorPages
                        ? links.page(Groups.AUTHORS + author.slug() + "/") : ""))
                .toList();
        List<FeedEntry.Category> categories = new ArrayList<>();
        site.section(article).ifPresent(section ->
                categories.add(new FeedEntry.Category(section.name(), links.page(section.path()))));
        index.tags(article).forEach(tag -> categories.add(new FeedEntry.Category(tag.name(), links.page(Groups.TAGS + tag.slug() + "/"))));
        String body = full ? AbsoluteLinks.rewrite(content.bodyHtml(), url) : "";
        String image = meta.image().map(i -> links.resolve(site.urls().userPath(i.src()), article.path())).orElse("");
        return new FeedEntry(url, meta.title(), content.description(), body, image, article.published(),
                article.modified(), authors, categories);
    }
}
