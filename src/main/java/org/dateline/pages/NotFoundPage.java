package org.dateline.pages;

import java.util.List;
import java.util.Map;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;

/**
 * {@code 404.html}, from {@code 404.peb}, with {@code articles}: the five newest. Static hosts serve it
 * for any missing path, so every link on it is site-absolute.
 */
final class NotFoundPage implements RouteSource {

    static final String TEMPLATE = "404.peb";
    static final int LATEST = 5;

    @Override
    public List<Route> routes(Site site, Views views) {
        List<Views.ArticleView> latest = site.articles().stream().limit(LATEST).map(views::article).toList();
        return List.of(new Route("404.html", TEMPLATE, Map.of(
                "site", views.site(),
                "page", views.page("not-found", "Page not found", "", "/404.html"),
                "articles", latest), "404 page"));
    }
}
