package org.dateline.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.assemble.Article;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;

/**
 * One page per standalone page ({@code content/pages/}), from {@code page.peb}, with {@code page}
 * (kind {@code "standalone"}) and {@code article} (its title, body, dates, as on article pages), but
 * no {@code related} or {@code neighbours}: a standalone page belongs to no listing.
 */
final class StandalonePageRoutes implements RouteSource {

    static final String TEMPLATE = "page.peb";

    @Override
    public List<Route> routes(Site site, Views views) {
        List<Route> routes = new ArrayList<>();
        for (Article page : site.pages()) {
            Views.ArticleView view = views.article(page);
            Map<String, Object> context = new HashMap<>();
            context.put("site", views.site());
            context.put("page", views.page("standalone", view.title(), view.description(), page.path()));
            context.put("article", view);
            routes.add(new Route(page.outputPath(), TEMPLATE, context, page.file()));
        }
        return routes;
    }
}
