package org.dateline.pages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.dateline.assemble.Article;
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
        return routes(site, views, new Relations(site));
    }

    /** Every article's page, with the relations of {@code site}. */
    List<Route> routes(Site site, Views views, Relations relations) {
        return routes(site, views, path -> true, true, relations);
    }

    /**
     * The pages of the articles whose output path {@code wanted} accepts, in no particular order, with
     * the relations of {@code site}.
     */
    List<Route> routes(Site site, Views views, Predicate<String> wanted, Relations relations) {
        return routes(site, views, wanted, false, relations);
    }

    private List<Route> routes(Site site, Views views, Predicate<String> wanted, boolean all, Relations relations) {
        Views.SiteView siteView = views.site();
        // every article in order, or (for a few wanted pages) only those, in no particular order
        List<Article> articles = all ? site.allArticles() : java.util.stream.Stream.of(site.articles(), site.expired())
                .flatMap(List::stream).filter(article -> wanted.test(article.outputPath())).toList();
        if (articles.isEmpty()) {
            return List.of(); // no article's page wanted (a fresh start's robots file)
        }
        return parallel.map(articles, article -> {
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
