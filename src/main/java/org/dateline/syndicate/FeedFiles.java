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
        for (Feed feed : Feed.all(site)) {
            if (!(settings.has(FeedFormat.RSS) && wanted.test(output(feed, Feed.RSS))
                    || settings.has(FeedFormat.ATOM) && wanted.test(output(feed, Feed.ATOM))
                    || settings.has(FeedFormat.JSON) && wanted.test(output(feed, Feed.JSON)))) {
                continue;
            }
            String origin = "feed of " + feed.folder();
            // what the text is made of: the feed and its newest articles (the configuration is keyed apart)
            // and the names its entries show, which other articles' spellings decide
            List<Article> newest = feed.newest(site.config().feeds().size());
            Map<String, Object> inputs = Map.of("feed", List.of(feed.title(), feed.description(), feed.folder(),
                    feed.kind()), "articles", newest, "names", newest.stream().map(article -> List.of(
                    index.sectionName(article), index.authors(article), index.tags(article))).toList());
            if (settings.has(FeedFormat.RSS)) {
                routes.add(Route.generated(output(feed, Feed.RSS),
                        () -> RssFeed.write(feed, entries.newest(feed), site.config(), links), origin, inputs));
            }
            if (settings.has(FeedFormat.ATOM)) {
                routes.add(Route.generated(output(feed, Feed.ATOM),
                        () -> AtomFeed.write(feed, entries.newest(feed), site.config(), links), origin, inputs));
            }
            if (settings.has(FeedFormat.JSON)) {
                routes.add(Route.generated(output(feed, Feed.JSON),
                        () -> JsonFeed.write(feed, entries.newest(feed), site.config(), links), origin, inputs));
            }
        }
        return routes;
    }

    private static String output(Feed feed, String name) {
        return feed.file(name).substring(1);
    }
}
