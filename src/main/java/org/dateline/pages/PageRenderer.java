package org.dateline.pages;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.function.Predicate;
import org.dateline.assemble.OutputFile;
import org.dateline.assemble.Parallel;
import org.dateline.assemble.Relations;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;
import org.dateline.assemble.SiteAssembler;
import org.dateline.config.SiteConfig;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.diag.SourcePosition;
import org.dateline.load.SourceScanner;
import org.dateline.image.ImageSizer;
import org.dateline.render.RelativeLinks;
import org.dateline.syndicate.FeedFiles;
import org.dateline.syndicate.Sitemaps;
import org.dateline.template.TemplateEngine;

/**
 * Lists the pages of a {@link Site} as {@link Route}s and renders each through the templates; then
 * the sitemaps, made from every other route.
 * Routes are independent, so the build renders them in parallel.
 */
public final class PageRenderer {

    private final TemplateEngine templates;
    private final Instant builtAt;
    private final Optional<RelativeLinks> relativeLinks;
    private final Optional<ImageSizer> images;
    /** The views of the last site listed, for {@link #routes(Site, Predicate, Set)}. */
    private Optional<Views> lastViews = Optional.empty();
    /**
     * The relations of the last site whose article pages were listed, or that {@link #ahead} was given,
     * with that site: an edit that keeps every article in its place and its tags shares them.
     */
    private Optional<Map.Entry<Site, FutureTask<Relations>>> lastRelations = Optional.empty();
    /** The article pages, listed first. */
    private final ArticlePages articlePages;
    /** The other sources of pages, in the order they are listed after the article pages. */
    private final List<RouteSource> others;

    /**
     * @param builtAt the moment of the build ("now"), for what depends on it, such as the news sitemap
     * @param config with {@code relative_urls}, every HTML page but 404.html gets page-relative links
     */
    public PageRenderer(TemplateEngine templates, Instant builtAt, SiteConfig config) {
        this(templates, builtAt, config, Optional.empty());
    }

    /** @param images the site's local images: lead images and author photos get their size and resized copies */
    public PageRenderer(TemplateEngine templates, Instant builtAt, SiteConfig config, Optional<ImageSizer> images) {
        this(templates, builtAt, config, images, Parallel.SERIAL);
    }

    /** @param parallel where the articles' pages are listed (each with its views, related articles and JSON-LD) */
    public PageRenderer(TemplateEngine templates, Instant builtAt, SiteConfig config, Optional<ImageSizer> images,
                        Parallel parallel) {
        this.articlePages = new ArticlePages(parallel);
        this.others = List.of(new StandalonePageRoutes(), new FrontPages(), new SectionPages(), new AuthorPages(),
                new TagPages(), new ArchivePages(), new NotFoundPage(), new RobotsTxt(),
                (site, views) -> new FeedFiles().routes(site, views.groups(), views::wanted));
        this.images = images;
        this.templates = templates;
        this.builtAt = builtAt;
        this.relativeLinks = config.relativeUrls()
                ? Optional.of(new RelativeLinks(config.basePath())) : Optional.empty();
    }

    /**
     * Every page of the site, in a stable order. Two pages that would write one file (a section called
     * "Authors" and the authors index, an article whose permalink is a section's path) are an error
     * naming both; the first keeps the file.
     */
    public List<Route> routes(Site site, Problems problems) {
        Views views = new Views(site, images);
        lastViews = Optional.of(views);
        // listed after the article pages, the listings took ~70 ms of the 10,000-article cold build, the workers idle
        List<List<Route>> listed = listed(site, views, () -> articlePages.routes(site, views, relations(site)));
        List<Route> routes = new ArrayList<>();
        Map<String, Route> byPath = new HashMap<>();
        for (List<Route> made : listed) { // in the sources' order, which decides who keeps a contested path
            for (Route route : made) {
                Route earlier = byPath.putIfAbsent(SiteAssembler.pathKey(route.outputPath()), route);
                if (earlier == null) {
                    routes.add(route);
                } else {
                    problems.add(collision(earlier, route));
                }
            }
        }
        routes.addAll(new Sitemaps(builtAt).routes(site, List.copyOf(routes)));
        return routes;
    }

    /**
     * The routes of {@code site} whose output path {@code wanted} accepts, sitemaps left out, for a
     * site of the same shape as the last one this renderer listed, but for the content of the articles
     * at {@code changed} (output paths). Article pages are made only for those wanted, and the other
     * articles' views are the last ones: a rebuild that re-renders a few pages need not make the
     * page or view of every article.
     */
    public List<Route> routes(Site site, Predicate<String> wanted, Set<String> changed) {
        return routes(site, wanted, changed, relations(site));
    }

    /**
     * As above, with the relations of {@code site} (of the last site {@link #relations} gave, {@link
     * Relations#retagged} for an edit that moved no article), kept for the next edit.
     */
    public List<Route> routes(Site site, Predicate<String> wanted, Set<String> changed, Relations relations) {
        remember(site, relations);
        Views views = lastViews.map(last -> new Views(site, images, last, changed, wanted))
                .orElseGet(() -> new Views(site, images).wanting(wanted));
        lastViews = Optional.of(views);
        // a fresh JVM's edit waited ~100 ms for the edited article's related stories and first views while the
        // listings, ~40 ms of this thread's work, waited their turn
        List<Route> routes = new ArrayList<>();
        listed(site, views, () -> articlePages.routes(site, views, wanted, relations)).stream().flatMap(List::stream)
                .filter(route -> wanted.test(route.outputPath())).forEach(routes::add);
        return routes;
    }

    /**
     * Each source's routes, in the sources' order (the article pages first): the article pages, as {@code articles}
     * makes them, on a thread of their own (their contexts on the workers), the other sources' on this thread
     * meanwhile.
     */
    private List<List<Route>> listed(Site site, Views views, Callable<List<Route>> articles) {
        views.site(); // made once, here: two threads share the views from now on
        FutureTask<List<Route>> pages = Parallel.aside("dateline-article-routes", articles);
        List<List<Route>> listed = new ArrayList<>();
        try {
            for (RouteSource source : others) {
                listed.add(source.routes(site, views));
            }
        } finally {
            listed.add(0, Parallel.result(pages)); // never left running: it shares these views
        }
        return listed;
    }

    /**
     * The robots file's route alone, as {@link #routes(Site, Predicate, Set)} would give it for a wanted
     * {@code robots.txt}, for a site that a build has listed whole without error: its robots file is
     * then the only page at that path, so the other sources need not make every listing's routes
     * only to drop them (a fresh start makes the robots file to compare the navigation).
     */
    public List<Route> robots(Site site) {
        Predicate<String> wanted = ROBOTS::equals;
        Views views = lastViews.map(last -> new Views(site, images, last, Set.of(), wanted))
                .orElseGet(() -> new Views(site, images).wanting(wanted));
        lastViews = Optional.of(views);
        return new RobotsTxt().routes(site, views).stream().filter(route -> wanted.test(route.outputPath())).toList();
    }

    private static final String ROBOTS = "robots.txt";

    /**
     * Starts making the relations of {@code site} on a thread of their own, for the article pages of
     * the next {@link #routes}: a fresh start lists none (see {@link #robots}), and an edit's article
     * pages then waited ~40 ms of a fresh JVM for them while the other core was idle, as the edited
     * article was parsed on one worker.
     */
    public void ahead(Site site) {
        if (lastRelations.filter(last -> last.getKey() == site).isEmpty()) {
            lastRelations = Optional.of(Map.entry(site, Parallel.aside("dateline-relations", () -> new Relations(site))));
        }
    }

    /**
     * The relations of {@code site}: those of the last site listed or made {@link #ahead} when it is
     * that site (the same object), else made now. Read-only: the build's workers share them.
     */
    public Relations relations(Site site) {
        Optional<FutureTask<Relations>> known = lastRelations.filter(last -> last.getKey() == site).map(Map.Entry::getValue);
        if (known.isPresent()) {
            return Parallel.result(known.get());
        }
        Relations made = new Relations(site);
        remember(site, made);
        return made;
    }

    private void remember(Site site, Relations relations) {
        FutureTask<Relations> done = new FutureTask<>(() -> relations);
        done.run();
        lastRelations = Optional.of(Map.entry(site, done));
    }

    private static Problem collision(Route earlier, Route route) {
        String file = isSource(route.origin()) ? route.origin() : isSource(earlier.origin()) ? earlier.origin()
                : SourceScanner.CONTENT_DIR;
        return Problem.error(SourcePosition.of(file), describe(route) + " and " + describe(earlier)
                        + " both make the page " + route.outputPath(),
                "rename the section, author or tag, or change the article's `slug` or the `permalink` pattern");
    }

    private static String describe(Route route) {
        return isSource(route.origin()) ? "article " + route.origin() : route.origin();
    }

    private static boolean isSource(String origin) {
        return origin.startsWith(SourceScanner.CONTENT_DIR + "/");
    }

    /**
     * Renders one route. A template error is thrown as the template reports it; the build adds which
     * pages it broke, once for all of them.
     */
    public OutputFile render(Route route) {
        return new OutputFile(route.outputPath(), bytes(route), route.origin());
    }

    /** As {@link #render}, only the bytes: the build writes them as they are, without an {@link OutputFile}'s copies. */
    public byte[] bytes(Route route) {
        return page(route).output();
    }

    /**
     * As {@link #bytes}, and whether the page read a {@link org.dateline.template.Watched} component of its context;
     * a generated file (a feed, a sitemap: made by code, not a template) counts as reading every one.
     */
    public TemplateEngine.Watching<byte[]> page(Route route) {
        if (route.generated().isPresent()) {
            return new TemplateEngine.Watching<>(route.generated().get().get().getBytes(StandardCharsets.UTF_8), true);
        }
        return templates.watching(() -> rendered(route));
    }

    /** A template's page: not a generated one. */
    private byte[] rendered(Route route) {
        if (relativeLinks.isPresent() && route.outputPath().endsWith(".html") && !route.outputPath().equals("404.html")) {
            return relativeLinks.get().rewrite(templates.render(route.template(), route.context()), route.outputPath())
                    .getBytes(StandardCharsets.UTF_8);
        }
        return templates.renderUtf8(route.template(), route.context());
    }
}
