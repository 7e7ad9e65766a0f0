package org.dateline.pages;

import java.util.List;
import java.util.Map;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;
import org.dateline.config.ListingKind;

/** The front page, from {@code index.peb}: every listed article, newest first, the first as the lead. */
final class FrontPages implements RouteSource {

    static final String TEMPLATE = "index.peb";

    @Override
    public List<Route> routes(Site site, Views views) {
        if (!site.config().listing().has(ListingKind.FRONT)) {
            return List.of();
        }
        Listings.Listing listing = new Listings.Listing("home", TEMPLATE, site.config().title(),
                site.config().description(), "/", "home page");
        return Listings.routes(site, views, listing, site.articles(), Map::of);
    }
}
