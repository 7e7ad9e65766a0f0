package org.dateline.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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

    /**
     * The wanted pages of the listing ({@link Views#wanted}). Only a wanted page is cut from the
     * articles and given views, and {@code variables} (the listing's own views) are made only when
     * one is: a rebuild of a few pages passes over every listing of the site, most with no page wanted.
     */
    static List<Route> routes(Site site, Views views, Listing listing, List<Article> articles,
                              Supplier<Map<String, Object>> variables) {
        Paginator paginator = new Paginator(site.config().listing().pageSize());
        int total = paginator.total(articles.size());
        List<Route> routes = new ArrayList<>();
        Map<String, Object> own = null;
        for (int number = 1; number <= total; number++) {
            String outputPath = Permalinks.outputPath(Paginator.path(listing.basePath(), number));
            if (!views.wanted(outputPath)) {
                continue;
            }
            Paginator.Slice slice = paginator.page(listing.basePath(), articles, number, total);
            if (own == null) {
                own = variables.get();
            }
            Map<String, Object> context = new HashMap<>(own);
            context.put("site", views.site());
            context.put("page", views.page(listing.kind(), listing.title(), listing.description(), slice.path()));
            context.put("articles", slice.articles().stream().map(views::article).toList());
            context.put("pagination", views.pagination(slice));
            String origin = number == 1 ? listing.origin() : listing.origin() + ", page " + number;
            routes.add(new Route(outputPath, listing.template(), context, origin));
        }
        return routes;
    }
}
