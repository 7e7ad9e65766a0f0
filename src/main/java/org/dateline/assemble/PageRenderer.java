package org.dateline.assemble;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.dateline.template.TemplateEngine;

/**
 * Lists the pages of a {@link Site} as {@link Route}s and renders each through the templates.
 * Routes are independent, so the build renders them in parallel.
 */
public final class PageRenderer {

    public static final String ARTICLE_TEMPLATE = "article.peb";
    public static final String HOME_TEMPLATE = "index.peb";

    private final TemplateEngine templates;

    public PageRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    public List<Route> routes(Site site) {
        Views views = new Views(site.config(), site.urls());
        Views.SiteView siteView = views.site();
        List<Route> routes = new ArrayList<>();
        List<Views.ArticleView> listed = new ArrayList<>();
        for (Article article : site.articles()) {
            Views.ArticleView view = views.article(article);
            listed.add(view);
            Map<String, Object> context = new HashMap<>();
            context.put("site", siteView);
            context.put("page", views.page("article", view.title(), view.description(), article.path()));
            context.put("article", view);
            routes.add(new Route(article.outputPath(), ARTICLE_TEMPLATE, context, article.file()));
        }
        Map<String, Object> home = new HashMap<>();
        home.put("site", siteView);
        home.put("page", views.page("home", site.config().title(), site.config().description(), "/"));
        home.put("articles", List.copyOf(listed));
        routes.add(new Route("index.html", HOME_TEMPLATE, home, "home page"));
        return routes;
    }

    /** Renders one route; a template error names the template, and the page it was rendering. */
    public OutputFile render(Route route) {
        try {
            String html = templates.render(route.template(), route.context());
            return new OutputFile(route.outputPath(), html.getBytes(StandardCharsets.UTF_8), route.origin());
        } catch (DatelineException e) {
            throw new DatelineException(e.problems().stream().map(p -> withPage(p, route)).toList());
        }
    }

    private static Problem withPage(Problem problem, Route route) {
        SourcePosition position = problem.position();
        return new Problem(problem.severity(), position, problem.message() + " (rendering " + route.outputPath() + ")",
                problem.hint());
    }
}
