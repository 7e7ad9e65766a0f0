package org.dateline.syndicate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.config.Publisher;
import org.dateline.config.SiteConfig;

/**
 * A feed as JSON Feed 1.1 (https://jsonfeed.org/version/1.1): {@code content_html} with the whole
 * body, or {@code content_text} with the summary under {@code feed_content: summary}; the section
 * and tags as {@code tags}.
 */
final class JsonFeed {

    static final String TYPE = "application/feed+json";
    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private JsonFeed() {
    }

    static String write(Feed feed, List<FeedEntry> entries, SiteConfig config, Links links) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", VERSION);
        json.put("title", feed.title());
        json.put("home_page_url", links.page(feed.folder()));
        json.put("feed_url", links.page(feed.file(Feed.JSON)));
        json.put("description", feed.description());
        json.put("language", config.language());
        Publisher publisher = config.publisher();
        json.put("authors", List.of(person(publisher.name(), publisher.url().isEmpty() ? "" : Links.ascii(publisher.url()))));
        List<Object> items = new ArrayList<>();
        for (FeedEntry entry : entries) {
            items.add(item(entry));
        }
        json.put("items", items);
        return Json.write(json) + "\n";
    }

    private static Map<String, Object> item(FeedEntry entry) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", entry.url());
        item.put("url", entry.url());
        item.put("title", entry.title());
        if (entry.contentHtml().isEmpty()) {
            item.put("content_text", entry.summary());
        } else {
            item.put("content_html", entry.contentHtml());
            if (!entry.summary().isEmpty()) {
                item.put("summary", entry.summary());
            }
        }
        if (!entry.image().isEmpty()) {
            item.put("image", entry.image());
        }
        item.put("date_published", Feed.rfc3339(entry.published()));
        item.put("date_modified", Feed.rfc3339(entry.modified()));
        if (!entry.authors().isEmpty()) {
            item.put("authors", entry.authors().stream().map(a -> person(a.name(), a.url())).toList());
        }
        List<String> tags = entry.categories().stream().map(FeedEntry.Category::name).distinct().toList();
        if (!tags.isEmpty()) {
            item.put("tags", tags);
        }
        return item;
    }

    private static Map<String, Object> person(String name, String url) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", name);
        if (!url.isEmpty()) {
            person.put("url", url);
        }
        return person;
    }
}
