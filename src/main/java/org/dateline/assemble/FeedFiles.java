package org.dateline.assemble;

import java.util.ArrayList;
import java.util.List;

/**
 * The site's feeds, and a section's, author's or tag's beside its page: {@code feed.xml} (RSS 2.0),
 * {@code atom.xml} (Atom 1.0) and {@code feed.json} (JSON Feed 1.1) in {@code /}, {@code /world/},
 * {@code /authors/selin-atay/}, {@code /tags/harbour/}.
 */
final class FeedFiles implements RouteSource {

    @Override
    public List<Route> routes(Site site, Views views) {
        FeedEntries entries = new FeedEntries(site, views);
        Links links = entries.links();
        List<Route> routes = new ArrayList<>();
        for (Feed feed : Feed.all(site)) {
            String origin = "feed of " + feed.folder();
            routes.add(Route.generated(output(feed, Feed.RSS),
                    () -> RssFeed.write(feed, entries.newest(feed), site.config(), links), origin));
            routes.add(Route.generated(output(feed, Feed.ATOM),
                    () -> AtomFeed.write(feed, entries.newest(feed), site.config(), links), origin));
            routes.add(Route.generated(output(feed, Feed.JSON),
                    () -> JsonFeed.write(feed, entries.newest(feed), site.config(), links), origin));
        }
        return routes;
    }

    private static String output(Feed feed, String name) {
        return feed.file(name).substring(1);
    }

    /**
     * The feeds a page links to in its head: those of the section, author or tag whose page is at
     * {@code sitePath} first, then the whole site's.
     */
    static List<FeedLinkView> linksFor(Site site, String sitePath) {
        Links links = new Links(site.urls());
        List<FeedLinkView> found = new ArrayList<>();
        for (List<Group> groups : List.of(site.sections(), site.authors(), site.tags())) {
            for (Group group : groups) {
                if (group.path().equals(sitePath)) {
                    add(found, Feed.title(group, site), group.path(), links);
                }
            }
        }
        add(found, site.config().title(), "/", links);
        return found;
    }

    private static void add(List<FeedLinkView> found, String title, String folder, Links links) {
        found.add(new FeedLinkView(title + " (RSS)", RssFeed.TYPE, links.page(folder + Feed.RSS)));
        found.add(new FeedLinkView(title + " (Atom)", AtomFeed.TYPE, links.page(folder + Feed.ATOM)));
        found.add(new FeedLinkView(title + " (JSON Feed)", JsonFeed.TYPE, links.page(folder + Feed.JSON)));
    }
}
