package org.dateline.syndicate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.assemble.Group;
import org.dateline.assemble.Site;
import org.dateline.config.FeedFormat;
import org.dateline.config.Feeds;
import org.dateline.config.ListingKind;

/**
 * The feeds a page links to in its head ({@code page.feeds}): those of the section, author or tag
 * whose page it is first, then the whole site's. Group pages are looked up by path, so a site with
 * many tags pays once, not once per page.
 */
public final class FeedLinks {

    private final Site site;
    private final Links links;
    private final Map<String, Group> groupsByPath = new HashMap<>();
    private final List<FeedLinkView> siteFeeds;

    public FeedLinks(Site site) {
        this.site = site;
        this.links = new Links(site.urls());
        Feeds feeds = site.config().feeds();
        Map<ListingKind, List<Group>> kinds = Map.of(ListingKind.SECTION, site.sections(),
                ListingKind.AUTHOR, site.authors(), ListingKind.TAG, site.tags());
        for (ListingKind kind : List.of(ListingKind.SECTION, ListingKind.AUTHOR, ListingKind.TAG)) {
            if (feeds.has(kind)) {
                kinds.get(kind).forEach(group -> groupsByPath.putIfAbsent(group.path(), group));
            }
        }
        this.siteFeeds = feeds.has(ListingKind.FRONT) ? links(site.config().title(), "/") : List.of();
    }

    /** The feed links for the page at {@code sitePath}. */
    public List<FeedLinkView> forPage(String sitePath) {
        Group group = groupsByPath.get(sitePath);
        if (group == null) {
            return siteFeeds;
        }
        List<FeedLinkView> found = new ArrayList<>(links(Feed.title(group, site), group.path()));
        found.addAll(siteFeeds);
        return List.copyOf(found);
    }

    private List<FeedLinkView> links(String title, String folder) {
        Feeds feeds = site.config().feeds();
        List<FeedLinkView> found = new ArrayList<>();
        if (feeds.has(FeedFormat.RSS)) {
            found.add(new FeedLinkView(title + " (RSS)", RssFeed.TYPE, links.page(folder + Feed.RSS)));
        }
        if (feeds.has(FeedFormat.ATOM)) {
            found.add(new FeedLinkView(title + " (Atom)", AtomFeed.TYPE, links.page(folder + Feed.ATOM)));
        }
        if (feeds.has(FeedFormat.JSON)) {
            found.add(new FeedLinkView(title + " (JSON Feed)", JsonFeed.TYPE, links.page(folder + Feed.JSON)));
        }
        return List.copyOf(found);
    }
}
