package org.dateline.assemble;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.dateline.template.TemplateEngine;

/**
 * Lists the pages of a {@link Site} as {@link Route}s and renders each through the templates; then
 * the sitemaps, made from every other route.
 * Routes are independent, so the build renders them in parallel.
 */
public final class PageRenderer {

    private final TemplateEngine templates;
    private final Instant builtAt;
    private final List<RouteSource> sources = List.of(new ArticlePages(), new HomePage(), new FeedFiles());

    /** @param builtAt the moment of the build ("now"), for what depends on it, such as the news sitemap */
    public PageRenderer(TemplateEngine templates, Instant builtAt) {
        this.templates = templates;
        this.builtAt = builtAt;
    }

    /** Every page of the site, in a stable order. */
    public List<Route> routes(Site site) {
        Views views = new Views(site);
        List<Route> routes = new ArrayList<>();
        for (RouteSource source : sources) {
            routes.addAll(source.routes(site, views));
        }
        routes.addAll(new Sitemaps(builtAt).routes(site, List.copyOf(routes)));
        return routes;
    }

    /** Renders one route; a template error names the template, and the page it was rendering. */
    public OutputFile render(Route route) {
        if (route.generated().isPresent()) {
            return new OutputFile(route.outputPath(), route.generated().get().get().getBytes(StandardCharsets.UTF_8),
                    route.origin());
        }
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
