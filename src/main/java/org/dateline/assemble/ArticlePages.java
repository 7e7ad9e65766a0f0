package org.dateline.assemble;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One page per article, from {@code article.peb}. */
final class ArticlePages implements RouteSource {

    static final String TEMPLATE = "article.peb";

    @Override
    public List<Route> routes(Site site, Views views) {
        Views.SiteView siteView = views.site();
        List<Route> routes = new ArrayList<>();
        for (Article article : site.articles()) {
            Views.ArticleView view = views.article(article);
            Map<String, Object> context = new HashMap<>();
            context.put("site", siteView);
            context.put("page", views.articlePage(article, view));
            context.put("article", view);
            routes.add(new Route(article.outputPath(), TEMPLATE, context, article.file()));
        }
        return routes;
    }
}
