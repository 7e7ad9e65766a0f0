package org.dateline.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.render.AbsoluteLinks;

/**
 * Makes each article's {@link FeedEntry} once, on first use, and keeps it for every other feed
 * that holds the article; safe to use from the build's worker threads.
 */
final class FeedEntries {

    private final Site site;
    private final Views views;
    private final Links links;
    private final Map<String, FeedEntry> made = new ConcurrentHashMap<>();

    FeedEntries(Site site, Views views) {
        this.site = site;
        this.views = views;
        this.links = new Links(site.urls());
    }

    Links links() {
        return links;
    }

    /** The feed's newest {@code feed_size} entries, newest first. */
    List<FeedEntry> newest(Feed feed) {
        return feed.articles().stream().limit(site.config().feeds().size()).map(this::entry).toList();
    }

    private FeedEntry entry(Article article) {
        return made.computeIfAbsent(article.outputPath(), path -> make(article));
    }

    private FeedEntry make(Article article) {
        Views.ArticleView view = views.article(article);
        String url = links.page(article.path());
        List<FeedEntry.Person> authors = view.authors().stream()
                .map(author -> new FeedEntry.Person(author.name(), links.page(Groups.AUTHORS + author.slug() + "/")))
                .toList();
        List<FeedEntry.Category> categories = new ArrayList<>();
        site.section(article).ifPresent(section ->
                categories.add(new FeedEntry.Category(section.name(), links.page(section.path()))));
        view.tags().forEach(tag -> categories.add(new FeedEntry.Category(tag.name(), links.page(Groups.TAGS + tag.slug() + "/"))));
        String content = site.config().feeds().fullContent() ? AbsoluteLinks.rewrite(view.body(), url) : "";
        String image = view.image() == null ? "" : links.resolve(view.image().src(), article.path());
        return new FeedEntry(url, view.title(), view.description(), content, image, article.published(),
                article.modified(), authors, categories);
    }
}
