package org.dateline.assemble;

import java.util.List;
import java.util.Map;

/** The front page, from {@code index.peb}: every listed article, newest first, the first as the lead. */
final class FrontPages implements RouteSource {

    static final String TEMPLATE = "index.peb";

    @Override
    public List<Route> routes(Site site, Views views) {
        Listings.Listing listing = new Listings.Listing("home", TEMPLATE, site.config().title(),
                site.config().description(), "/", "home page");
        return Listings.routes(site, views, listing, site.articles(), Map.of());
    }
}
