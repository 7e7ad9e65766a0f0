package org.dateline.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.assemble.Group;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;
import org.dateline.config.ListingKind;

/**
 * One listing per section, from {@code section.peb}, with {@code section}; the page's description is
 * the one the section's {@code _index.md} gives.
 */
final class SectionPages implements RouteSource {

    static final String TEMPLATE = "section.peb";

    @Override
    public List<Route> routes(Site site, Views views) {
        if (!site.config().listing().has(ListingKind.SECTION)) {
            return List.of();
        }
        List<Route> routes = new ArrayList<>();
        for (Group group : site.sections()) {
            Listings.Listing listing = new Listings.Listing("section", TEMPLATE, group.name(),
                    views.sectionDescription(group.slug()), group.path(), "section \"" + group.name() + "\"");
            routes.addAll(Listings.routes(site, views, listing, group.articles(),
                    () -> Map.of("section", views.section(group))));
        }
        return routes;
    }
}
