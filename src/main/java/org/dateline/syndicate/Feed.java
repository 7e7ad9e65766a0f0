package org.dateline.syndicate;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.dateline.assemble.Article;
import org.dateline.assemble.Group;
import org.dateline.assemble.Site;
import org.dateline.config.Feeds;
import org.dateline.config.ListingKind;

/**
 * One feed of the site: the whole site's, or a section's, author's or tag's. Its three files
 * ({@code feed.xml}, {@code atom.xml}, {@code feed.json}) sit in {@code folder}, beside its page.
 *
 * @param title e.g. "The Courier", or "World | The Courier" for the World section
 * @param folder the site path of its folder and of the page it belongs to, e.g. {@code /} or {@code /world/}
 * @param articles every article of the feed, newest first (the files hold the {@link #newest} of them)
 * @param kind the kind of listing the feed belongs to
 */
record Feed(String title, String description, String folder, List<Article> articles, ListingKind kind) {

    /**
     * The most entries an author's or a tag's feed holds, whatever {@code feed_size} says: a site has
     * hundreds of them, each read by few, and twenty entries each made them a twentieth of the output.
     */
    static final int GROUP_FEED_SIZE = 10;

    static final String RSS = "feed.xml";
    static final String ATOM = "atom.xml";
    static final String JSON = "feed.json";

    /** RFC 3339 (and W3C datetime), as Atom, JSON Feed and sitemaps want it: {@code 2024-05-31T14:05:00+03:00}. */
    static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    Feed {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(folder, "folder");
        articles = List.copyOf(articles);
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * The site's feed first, then one per section, author and tag, in the site's order; only those
     * of the listings {@code feed_listings} names.
     */
    static List<Feed> all(Site site) {
        Feeds settings = site.config().feeds();
        String title = site.config().title();
        String description = site.config().description().isEmpty() ? title : site.config().description();
        List<Feed> feeds = new ArrayList<>();
        if (settings.has(ListingKind.FRONT)) {
            feeds.add(new Feed(title, description, "/", site.articles(), ListingKind.FRONT));
        }
        Map<ListingKind, List<Group>> kinds = new LinkedHashMap<>();
        kinds.put(ListingKind.SECTION, site.sections());
        kinds.put(ListingKind.AUTHOR, site.authors());
        kinds.put(ListingKind.TAG, site.tags());
        kinds.forEach((kind, groups) -> {
            if (settings.has(kind)) {
                for (Group group : groups) {
                    String groupTitle = title(group, site);
                    // a section's _index.md may describe it
                    String groupDescription = kind == ListingKind.SECTION ? site.config().listing().sectionFile(group.slug())
                            .map(file -> file.description()).filter(d -> !d.isEmpty()).orElse(groupTitle) : groupTitle;
                    feeds.add(new Feed(groupTitle, groupDescription, group.path(), group.articles(), kind));
                }
            }
        });
        return feeds;
    }

    /** Orders dates by the instant they name, whatever their offsets. */
    static final java.util.Comparator<OffsetDateTime> CHRONOLOGICAL = OffsetDateTime.timeLineOrder();

    static String rfc3339(OffsetDateTime date) {
        int year = date.getYear();
        int offset = date.getOffset().getTotalSeconds();
        if (year < 0 || year > 9999 || offset % 60 != 0) {
            return date.format(RFC_3339); // a sign or an offset's seconds: rare enough for the formatter
        }
        // by hand what RFC_3339 writes, which a feed or sitemap of every article asks for thousands of times
        char[] out = new char[25];
        digits(out, 0, year, 4);
        out[4] = '-';
        digits(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, date.getHour(), 2);
        out[13] = ':';
        digits(out, 14, date.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, date.getSecond(), 2);
        if (offset == 0) {
            out[19] = 'Z';
            return new String(out, 0, 20);
        }
        int minutes = Math.abs(offset) / 60;
        out[19] = offset < 0 ? '-' : '+';
        digits(out, 20, minutes / 60, 2);
        out[22] = ':';
        digits(out, 23, minutes % 60, 2);
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The moment as its local time in {@code zone} says it: {@code 2024-05-31T14:05:00+03:00}. */
    static String rfc3339(OffsetDateTime date, java.time.ZoneId zone) {
        return rfc3339(date.atZoneSameInstant(zone).toOffsetDateTime());
    }

    /**
     * An identifier that is an absolute IRI, as Atom requires, also without a base URL: then a
     * name-based {@code urn:uuid:} made from the site path, the same in every build.
     */
    static String atomId(Links links, String sitePath) {
        if (links.absolute()) {
            return links.page(sitePath);
        }
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("dateline:" + sitePath).getBytes(StandardCharsets.UTF_8));
    }

    /** The title of a section's, author's or tag's feed, as its page's title reads: "World | The Courier". */
    static String title(Group group, Site site) {
        return group.name() + " | " + site.config().title();
    }

    /** The site path of one of its files: {@code /world/} and {@code feed.xml} → {@code /world/feed.xml}. */
    String file(String name) {
        return folder + name;
    }

    /** The articles its files hold: the newest {@code feed_size}, at most {@link #GROUP_FEED_SIZE} for an author or a tag. */
    List<Article> newest(int feedSize) {
        int size = kind == ListingKind.AUTHOR || kind == ListingKind.TAG ? Math.min(feedSize, GROUP_FEED_SIZE) : feedSize;
        return articles.subList(0, Math.min(articles.size(), size));
    }
}
