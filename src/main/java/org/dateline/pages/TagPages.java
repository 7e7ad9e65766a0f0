package org.dateline.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.assemble.Group;
import org.dateline.assemble.Groups;
import org.dateline.assemble.Permalinks;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;
import org.dateline.config.ListingKind;

/**
 * One listing per tag, from {@code tag.peb} with {@code tag}, and the index of tags with their counts
 * at {@code /tags/}, from {@code tags.peb} with {@code tags}. No tags, no index.
 */
final class TagPages implements RouteSource {

    static final String TEMPLATE = "tag.peb";
    static final String INDEX_TEMPLATE = "tags.peb";

    @Override
    public List<Route> routes(Site site, Views views) {
        if (!site.config().listing().has(ListingKind.TAG)) {
            return List.of();
        }
        List<Route> routes = new ArrayList<>();
        if (site.tags().isEmpty()) {
            return routes;
        }
        if (views.wanted(Permalinks.outputPath(Groups.TAGS))) { // a view of every tag: made only when wanted
            routes.add(new Route(Permalinks.outputPath(Groups.TAGS), INDEX_TEMPLATE, Map.of(
                    "site", views.site(),
                    "page", views.page("tags", "Tags", "", Groups.TAGS),
                    "tags", site.tags().stream().map(views::tag).toList()), "tags index"));
        }
        for (Group group : site.tags()) {
            Listings.Listing listing = new Listings.Listing("tag", TEMPLATE, group.name(), "", group.path(),
                    "tag \"" + group.name() + "\"");
            routes.addAll(Listings.routes(site, views, listing, group.articles(),
                    () -> Map.of("tag", views.tag(group))));
        }
        return routes;
    }
}
