package org.dateline.syndicate;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dateline.config.SiteConfig;
import org.dateline.markup.Markup;

/**
 * A feed as RSS 2.0: dates in RFC 822 with their offset, authors as {@code dc:creator} (RSS's own
 * {@code author} wants an e-mail address), the whole body as {@code content:encoded}, and the
 * updated date as {@code dcterms:modified}. {@code description} is HTML by RSS convention, so the
 * plain-text summary is HTML-escaped before it is XML-escaped.
 */
final class RssFeed {

    static final String TYPE = "application/rss+xml";

    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME;

    private RssFeed() {
    }

    static String write(Feed feed, List<FeedEntry> entries, SiteConfig config, Links links) {
        Xml xml = new Xml();
        xml.open("rss", "version", "2.0", "xmlns:atom", AtomFeed.NAMESPACE,
                "xmlns:content", "http://purl.org/rss/1.0/modules/content/",
                "xmlns:dc", "http://purl.org/dc/elements/1.1/", "xmlns:dcterms", "http://purl.org/dc/terms/");
        xml.open("channel");
        xml.element("title", feed.title());
        xml.element("link", links.page(feed.folder()));
        xml.element("description", feed.description());
        xml.element("language", config.language());
        if (!entries.isEmpty()) {
            xml.element("lastBuildDate", entries.stream().map(FeedEntry::modified).max(Feed.CHRONOLOGICAL)
                    .orElseThrow().format(RFC_822));
        }
        xml.element("generator", "Dateline");
        xml.empty("atom:link", "href", links.page(feed.file(Feed.RSS)), "rel", "self", "type", TYPE);
        for (FeedEntry entry : entries) {
            xml.open("item");
            xml.element("title", entry.title());
            xml.element("link", entry.url());
            xml.element("guid", entry.url(), "isPermaLink", String.valueOf(links.absolute()));
            xml.element("pubDate", entry.published().format(RFC_822));
            xml.element("dcterms:modified", Feed.rfc3339(entry.modified()));
            for (FeedEntry.Person author : entry.authors()) {
                xml.element("dc:creator", author.name());
            }
            for (FeedEntry.Category category : entry.categories()) {
                xml.element("category", category.name());
            }
            if (!entry.summary().isEmpty()) {
                xml.element("description", Markup.escape(entry.summary()));
            }
            if (!entry.contentHtml().isEmpty()) {
                xml.element("content:encoded", entry.contentHtml());
            }
            xml.close("item");
        }
        xml.close("channel");
        xml.close("rss");
        return xml.toString();
    }
}
