package org.dateline.syndicate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.dateline.config.Publisher;
import org.dateline.config.SiteConfig;

/**
 * A feed as Atom 1.0 (RFC 4287). The publisher is the feed's author, so every entry has one even
 * when the article names none; ids are absolute IRIs (see {@link Feed#atomId}); the body is
 * {@code type="html"} content.
 */
final class AtomFeed {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    static final String TYPE = "application/atom+xml";

    /** The {@code updated} date of a feed without entries, so that it, too, is the same in every build. */
    private static final OffsetDateTime NEVER = Instant.EPOCH.atOffset(ZoneOffset.UTC);

    private AtomFeed() {
    }

    static String write(Feed feed, List<FeedEntry> entries, SiteConfig config, Links links) {
        Xml xml = new Xml();
        xml.open("feed", "xmlns", NAMESPACE, "xml:lang", config.language());
        xml.element("title", feed.title(), "type", "text");
        if (!feed.description().equals(feed.title())) {
            xml.element("subtitle", feed.description(), "type", "text");
        }
        xml.empty("link", "rel", "alternate", "type", "text/html", "href", links.page(feed.folder()));
        xml.empty("link", "rel", "self", "type", TYPE, "href", links.page(feed.file(Feed.ATOM)));
        xml.element("id", Feed.atomId(links, feed.file(Feed.ATOM)));
        xml.element("updated", Feed.rfc3339(entries.stream().map(FeedEntry::modified).max(Feed.CHRONOLOGICAL)
                .orElse(NEVER)));
        Publisher publisher = config.publisher();
        xml.open("author");
        xml.element("name", publisher.name());
        if (!publisher.url().isEmpty()) {
            xml.element("uri", Links.ascii(publisher.url()));
        }
        xml.close("author");
        xml.element("generator", "Dateline");
        if (!publisher.logo().isEmpty()) {
            xml.element("logo", links.resolve(publisher.logo(), "/"));
        }
        for (FeedEntry entry : entries) {
            entry(xml, entry, links);
        }
        xml.close("feed");
        return xml.toString();
    }

    private static void entry(Xml xml, FeedEntry entry, Links links) {
        xml.open("entry");
        xml.element("title", entry.title(), "type", "text");
        xml.empty("link", "rel", "alternate", "type", "text/html", "href", entry.url());
        xml.element("id", links.absolute() ? entry.url() : Feed.atomId(links, entry.url()));
        xml.element("published", Feed.rfc3339(entry.published()));
        xml.element("updated", Feed.rfc3339(entry.modified()));
        for (FeedEntry.Person author : entry.authors()) {
            xml.open("author");
            xml.element("name", author.name());
            if (!author.url().isEmpty()) {
                xml.element("uri", author.url());
            }
            xml.close("author");
        }
        for (FeedEntry.Category category : entry.categories()) {
            xml.empty("category", "term", category.name());
        }
        if (!entry.summary().isEmpty()) {
            xml.element("summary", entry.summary(), "type", "text");
        }
        if (!entry.contentHtml().isEmpty()) {
            xml.element("content", entry.contentHtml(), "type", "html");
        }
        xml.close("entry");
    }
}
