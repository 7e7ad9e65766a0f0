package org.dateline.pages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.dateline.assemble.Article;
import org.dateline.assemble.Relations;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;

/**
 * One page per article, listed or expired, from {@code article.peb}, with {@code article},
 * {@code related} (up to four articles) and {@code neighbours} (previous and next in its section).
 */
final class ArticlePages implements RouteSource {

    static final String TEMPLATE = "article.peb";

    @Override
    public List<Route> routes(Site site, Views views) {
        return routes(site, views, path -> true);
    }

    /** The pages of the articles whose output path {@code wanted} accepts. */
    List<Route> routes(Site site, Views views, Predicate<String> wanted) {
        Views.SiteView siteView = views.site();
        Relations relations = new Relations(site);
        List<Route> routes = new ArrayList<>();
        for (Article article : site.allArticles()) {
            if (!wanted.test(article.outputPath())) {
                continue;
            }
            Views.ArticleView view = views.article(article);
            Map<String, Object> context = new HashMap<>();
            context.put("site", siteView);
            context.put("page", views.articlePage(article, view));
            context.put("article", view);
            context.put("related", relations.related(article).stream().map(views::article).toList());
            context.put("neighbours", new Views.NeighboursView(
                    relations.previous(article).map(views::article).orElse(null),
                    relations.next(article).map(views::article).orElse(null)));
            routes.add(new Route(article.outputPath(), TEMPLATE, context, article.file()));
        }
        return routes;
    }
}
