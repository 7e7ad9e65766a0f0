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
 * One listing per author, from {@code author.peb} with {@code author}, and the index of authors at
 * {@code /authors/}, from {@code authors.peb} with {@code authors}. No authors, no index.
 */
final class AuthorPages implements RouteSource {

    static final String TEMPLATE = "author.peb";
    static final String INDEX_TEMPLATE = "authors.peb";

    @Override
    public List<Route> routes(Site site, Views views) {
        if (!site.config().listing().has(ListingKind.AUTHOR)) {
            return List.of();
        }
        List<Route> routes = new ArrayList<>();
        if (site.authors().isEmpty()) {
            return routes;
        }
        if (views.wanted(Permalinks.outputPath(Groups.AUTHORS))) { // a view of every author: made only when wanted
            routes.add(new Route(Permalinks.outputPath(Groups.AUTHORS), INDEX_TEMPLATE, Map.of(
                    "site", views.site(),
                    "page", views.page("authors", "Authors", "", Groups.AUTHORS),
                    "authors", site.authors().stream().map(views::author).toList()), "authors index"));
        }
        for (Group group : site.authors()) {
            Views.AuthorView author = views.author(group);
            Listings.Listing listing = new Listings.Listing("author", TEMPLATE, group.name(), author.bio(), group.path(),
                    "author \"" + group.name() + "\"");
            routes.addAll(Listings.routes(site, views, listing, group.articles(), () -> Map.of("author", author)));
        }
        return routes;
    }
}
