package org.dateline.assemble;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The front page, from {@code index.peb}: every article, newest first. */
final class HomePage implements RouteSource {

    static final String TEMPLATE = "index.peb";

    @Override
    public List<Route> routes(Site site, Views views) {
        Map<String, Object> home = new HashMap<>();
        home.put("site", views.site());
        home.put("page", views.page("home", site.config().title(), site.config().description(), "/"));
        home.put("articles", site.articles().stream().map(views::article).toList());
        return List.of(new Route("index.html", TEMPLATE, home, "home page"));
    }
}
