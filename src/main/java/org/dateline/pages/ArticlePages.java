package org.dateline.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.assemble.Parallel;
import org.dateline.assemble.Relations;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;

/**
 * One page per article, listed or expired, from {@code article.peb}, with {@code article},
 * {@code related} (up to four articles) and {@code neighbours} (previous and next in its section).
 */
final class ArticlePages implements RouteSource {

    static final String TEMPLATE = "article.peb";

    private final Parallel parallel;

    /** @param parallel where each article's context is made: its views, related articles and JSON-LD */
    ArticlePages(Parallel parallel) {
        this.parallel = parallel;
    }

    @Override
    public List<Route> routes(Site site, Views views) {
        Views.SiteView siteView = views.site();
        Relations relations = new Relations(site);
        return parallel.map(site.allArticles(), article -> {
            Views.ArticleView view = views.article(article);
            Map<String, Object> context = new HashMap<>();
            context.put("site", siteView);
            context.put("page", views.articlePage(article, view));
            context.put("article", view);
            context.put("related", relations.related(article).stream().map(views::article).toList());
            context.put("neighbours", new Views.NeighboursView(
                    relations.previous(article).map(views::article).orElse(null),
                    relations.next(article).map(views::article).orElse(null)));
            return new Route(article.outputPath(), TEMPLATE, context, article.file());
        });
    }
}
