package org.dateline.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.assemble.Article;
import org.dateline.assemble.Permalinks;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;

/**
 * The pages of one listing (front page, section, author, tag, archive): {@code page_size} articles
 * each, every page with {@code site}, {@code page}, {@code articles}, {@code pagination} and the
 * listing's own variables.
 */
final class Listings {

    private Listings() {
    }

    /** What a listing is: its page kind and template, its title and description, where it lives. */
    record Listing(String kind, String template, String title, String description, String basePath, String origin) {
    }

    static List<Route> routes(Site site, Views views, Listing listing, List<Article> articles,
                              Map<String, Object> variables) {
        Paginator paginator = new Paginator(site.config().listing().pageSize());
        List<Route> routes = new ArrayList<>();
        for (Paginator.Slice slice : paginator.pages(listing.basePath(), articles)) {
            if (!views.wanted(Permalinks.outputPath(slice.path()))) {
                continue;
            }
            Map<String, Object> context = new HashMap<>(variables);
            context.put("site", views.site());
            context.put("page", views.page(listing.kind(), listing.title(), listing.description(), slice.path()));
            context.put("articles", slice.articles().stream().map(views::article).toList());
            context.put("pagination", views.pagination(slice));
            String origin = slice.number() == 1 ? listing.origin() : listing.origin() + ", page " + slice.number();
            routes.add(new Route(Permalinks.outputPath(slice.path()), listing.template(), context, origin));
        }
        return routes;
    }
}
