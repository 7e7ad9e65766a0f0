package org.dateline.syndicate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.assemble.Article;
import org.dateline.assemble.GroupIndex;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;
import org.dateline.config.FeedFormat;
import org.dateline.config.Feeds;
import org.dateline.config.SiteConfig;

/**
 * The site's feeds, and a section's, author's or tag's beside its page: {@code feed.xml} (RSS 2.0),
 * {@code atom.xml} (Atom 1.0) and {@code feed.json} (JSON Feed 1.1) in {@code /}, {@code /world/},
 * {@code /authors/selin-atay/}, {@code /tags/harbour/}.
 */
public final class FeedFiles {

    /** The routes of every feed file; each file's text is made when its route is rendered. */
    public List<Route> routes(Site site, GroupIndex index) {
        return routes(site, index, path -> true);
    }

    /**
     * The routes of the feed files whose output path {@code wanted} accepts, in the same order: a rebuild
     * after a front-matter edit wants a few of some 1,000 feeds, whose inputs (each feed's newest
     * articles and the names they show) need not be gathered for the others only to be dropped.
     */
    public List<Route> routes(Site site, GroupIndex index, java.util.function.Predicate<String> wanted) {
        FeedEntries entries = new FeedEntries(site, index);
        Links links = entries.links();
        List<Route> routes = new ArrayList<>();
        Feeds settings = site.config().feeds();
        List<Format> formats = FORMATS.stream().filter(format -> settings.has(format.format())).toList();
        for (Feed feed : Feed.all(site)) {
            if (formats.stream().noneMatch(format -> wanted.test(output(feed, format.file())))) {
                continue;
            }
            String origin = "feed of " + feed.folder();
            // what the text is made of: the feed and its newest articles (the configuration is keyed apart)
            // and the names its entries show, which other articles' spellings decide
            List<Article> newest = feed.newest(settings.size());
            Map<String, Object> inputs = Map.of("feed", List.of(feed.title(), feed.description(), feed.folder(),
                    feed.kind()), "articles", newest, "names", newest.stream().map(article -> List.of(
                    index.sectionName(article), index.authors(article), index.tags(article))).toList());
            for (Format format : formats) {
                routes.add(Route.generated(output(feed, format.file()),
                        () -> format.writer().write(feed, entries.newest(feed), site.config(), links), origin, inputs));
            }
        }
        return routes;
    }

    /** Writes one feed's file in one format. */
    private interface Writer {
        String write(Feed feed, List<FeedEntry> entries, SiteConfig config, Links links);
    }

    /** A format, the name of its file, and its writer. */
    private record Format(FeedFormat format, String file, Writer writer) {
    }

    /** Every format, in the order a feed's files are routed. */
    private static final List<Format> FORMATS = List.of(new Format(FeedFormat.RSS, Feed.RSS, RssFeed::write),
            new Format(FeedFormat.ATOM, Feed.ATOM, AtomFeed::write), new Format(FeedFormat.JSON, Feed.JSON, JsonFeed::write));

    private static String output(Feed feed, String name) {
        return feed.file(name).substring(1);
    }
}
