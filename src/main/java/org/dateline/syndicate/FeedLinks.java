package org.dateline.syndicate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.assemble.Group;
import org.dateline.assemble.Site;

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
        for (List<Group> groups : List.of(site.sections(), site.authors(), site.tags())) {
            groups.forEach(group -> groupsByPath.putIfAbsent(group.path(), group));
        }
        this.siteFeeds = links(site.config().title(), "/");
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
        return List.of(
                new FeedLinkView(title + " (RSS)", RssFeed.TYPE, links.page(folder + Feed.RSS)),
                new FeedLinkView(title + " (Atom)", AtomFeed.TYPE, links.page(folder + Feed.ATOM)),
                new FeedLinkView(title + " (JSON Feed)", JsonFeed.TYPE, links.page(folder + Feed.JSON)));
    }
}
