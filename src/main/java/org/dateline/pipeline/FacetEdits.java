package org.dateline.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dateline.assemble.Article;
import org.dateline.assemble.Group;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;
import org.dateline.assemble.SiteAssembler;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.load.AuthorData;
import org.dateline.load.AuthorProfile;
import org.dateline.parse.ArticleMeta;
import org.dateline.parse.Slugs;
import org.dateline.render.RenderedArticle;

/**
 * The dev server's quick way after a front-matter edit of published articles (tags, title,
 * description, authors, updated date, lead image text, params…), or an edit of the first paragraph
 * that gives their description: diff models, not files. The site is made again from the last one with
 * the edited articles in their place ({@link SiteAssembler#replace}: only the tags and authors they
 * had or have are grouped again), compared with the last one, and only the pages whose context can
 * differ are made, keyed and rendered again:
 * <ul>
 *   <li>the articles whose view changed: the edited ones, every article of a section or tag whose
 *       name or page changed, and of an author whose name, page or number of articles changed (an
 *       article's view shows its authors' counts), listed or not; then every page whose context reaches one of them
 *       ({@link RouteReach}): its own page, the listing pages, feeds and related-story boxes that
 *       show it;</li>
 *   <li>every page of a group (listing pages and feeds) that gained, lost or reordered articles or
 *       changed its name, and the tags or authors index when any tag or author did;</li>
 *   <li>pages that appear (a new tag's or author's pages and feeds, another page of a listing) or
 *       disappear (a tag page whose last article left), see {@link RouteOrder}; and the sitemaps,
 *       made again from every route.</li>
 * </ul>
 * Related stories get a diff of their own ({@link RelatedEdits}): an article's related stories are
 * made from the tag lists of its tags, its section and the order of the site, and an article view
 * shows no tag counts, so an article of a tag that gained or lost an article keeps its view but may
 * show other related stories. The previous and next article of a section do not change on this way
 * (order and sections stay). Every other page keeps its key and its file.
 *
 * <p>The whole way is taken, rather than modelled, when an edit moves an article (its path, section
 * or its spelling, publication date, expiry, or place in the newest-first order, so also a title
 * change between articles published at the same moment), changes the images it shows (in its body; or
 * a lead image of the site's own, whose resized copies the whole way makes; one on another host is
 * only text) or its old URLs ({@code aliases}; a title change of an article with aliases, whose
 * redirect pages show the title), changes what every page shows (the navigation: a section's name,
 * the first tag or author of the site), adds or removes pages on a site with redirects, makes two
 * pages share a file, or gives an error (the whole way reports it).
 */
final class FacetEdits {

    /** The planned rebuild, or empty for the whole way. See {@link BodyEdits#plan} for the parameters. */
    Optional<BodyEdits.Planned> plan(BodyEdits.Warm warm, ArticleStage.Result made,
                                     Map<RenderedArticle, RenderedArticle> replaced, Set<String> files,
                                     java.util.function.Function<Set<String>, Set<String>> readers, java.util.function.Function<RenderedArticle, Object> body,
                                     String inputs, Instant start, Workers workers) {
        PlannedBuild last = warm.plan();
        Site before = last.site();
        for (Map.Entry<RenderedArticle, RenderedArticle> edit : replaced.entrySet()) {
            ArticleMeta old = edit.getKey().meta(), now = edit.getValue().meta();
            String src = now.image().map(org.dateline.parse.LeadImage::src).orElse("");
            if (!old.expires().equals(now.expires()) || !old.aliases().equals(now.aliases())
                    || !old.aliases().isEmpty() && !old.title().equals(now.title())
                    || !src.equals(old.image().map(org.dateline.parse.LeadImage::src).orElse(""))
                    && !src.startsWith("https://") && !src.startsWith("http://")) {
                return Optional.empty();
            }
        }
        ArticleStage.Result done = BodyEdits.merge(last.done(), made, replaced, files, body);
        Problems problems = new Problems();
        List<AuthorProfile> profiles = new AuthorData(warm.config().safety().maxFileBytes()).read(last.source(), problems);
        SiteImages.checkPhotos(profiles, warm.images(), problems);
        Optional<Site> replacedSite = new SiteAssembler(warm.config(), start).replace(before, made.rendered(), profiles,
                problems);
        if (replacedSite.isEmpty() || problems.hasErrors()) {
            return Optional.empty();
        }
        Site after = replacedSite.get();
        // the groups that changed at all, and those whose view (name, page, count) changed
        Set<String> changedFolders = new HashSet<>();
        Set<String> viewChanged = new HashSet<>(files);
        Set<String> changedSlugs = new HashSet<>();
        // an article's view shows its tags' names and pages, not their counts (Views.ArticleTagView)
        boolean tagsChanged = diff(before.tags(), after.tags(), false, changedFolders, viewChanged, changedSlugs);
        boolean authorsChanged = diff(before.authors(), after.authors(), true, changedFolders, viewChanged, changedSlugs);
        diff(before.sections(), after.sections(), false, changedFolders, viewChanged, changedSlugs);
        // articles listed nowhere (expired) and standalone pages still show their tags' and authors' views
        Stream.concat(after.expired().stream(), after.pages().stream()).forEach(article -> {
            ArticleMeta meta = article.content().meta();
            if (Stream.of(meta.tags(), meta.authors(), List.of(meta.section())).flatMap(List::stream)
                    .map(Slugs::slugify).anyMatch(changedSlugs::contains)) {
                viewChanged.add(article.file());
            }
        });
        Set<String> read = new HashSet<>(viewChanged);
        read.add(RouteReach.ALL);
        Set<String> affected = readers.apply(read);
        // the relations of the last site, made ahead on a fresh start (PageRenderer.ahead), and of this one
        RelatedEdits.Changed related = RelatedEdits.changedPages(before, last.pages().relations(before), after, files);
        affected.addAll(related.pages());
        if (tagsChanged) {
            affected.add(RouteOrder.TAGS_INDEX);
        }
        if (authorsChanged) {
            affected.add(RouteOrder.AUTHORS_INDEX);
        }
        affected.add(RouteOrder.ROBOTS); // it shows the navigation, as every page does: compared below
        Set<String> changedViews = new HashSet<>();
        for (List<Article> articles : List.of(after.articles(), after.expired(), after.pages())) {
            for (Article article : articles) {
                if (viewChanged.contains(article.file())) {
                    changedViews.add(article.outputPath());
                }
            }
        }
        ArticlePaths articlePaths = new ArticlePaths(after);
        List<Route> listed = last.pages().routes(after, path -> affected.contains(path)
                || RouteOrder.folder(path, changedFolders) != null && !articlePaths.test(path), changedViews,
                related.relations());
        Optional<RouteOrder> order = RouteOrder.of(last.routes(), listed, affected, changedFolders, articlePaths);
        if (order.isEmpty()) {
            return Optional.empty(); // the navigation changed, or a page was not made where it was expected
        }
        return routes(warm, last, after, done, order.get(), problems, files, made, replaced, inputs, start, workers);
    }

    /**
     * Whether an output path is an article's page, asked only of paths in a changed group's folder
     * (an article's page there is rare): the set of every article's page is made at the first question,
     * where making it every time cost a fresh JVM's tag edit 10,000 adds.
     */
    private static final class ArticlePaths implements java.util.function.Predicate<String> {
        private final Site site;
        private Set<String> paths;

        ArticlePaths(Site site) {
            this.site = site;
        }

        @Override
        public boolean test(String path) {
            if (paths == null) {
                paths = new HashSet<>();
                Stream.of(site.articles(), site.expired(), site.pages()).flatMap(List::stream)
                        .forEach(article -> paths.add(article.outputPath()));
            }
            return paths.contains(path);
        }
    }

    /** The rest of {@link #plan}: the sitemaps, the keys, and the planned build. */
    private Optional<BodyEdits.Planned> routes(BodyEdits.Warm warm, PlannedBuild last, Site after,
                                               ArticleStage.Result done, RouteOrder order, Problems problems,
                                               Set<String> files, ArticleStage.Result made,
                                               Map<RenderedArticle, RenderedArticle> replaced, String inputs,
                                               Instant start, Workers workers) {
        if (!last.redirects().isEmpty() && (!order.added().isEmpty() || !order.removed().isEmpty())) {
            return Optional.empty(); // an old URL may take a path that is free now, or wanted: the whole way checks
        }
        List<Route> routes = new ArrayList<>(order.routes());
        Set<String> remade = new HashSet<>(order.remade());
        Set<String> removed = new HashSet<>(order.removed());
        List<Route> lastSitemaps = last.routes().stream().filter(RouteOrder::isSitemap).toList();
        List<Route> sitemaps = sitemaps(last.routes(), lastSitemaps, after, routes, remade, replaced, start);
        Set<String> sitemapPaths = new HashSet<>();
        sitemaps.forEach(route -> sitemapPaths.add(route.outputPath()));
        remade.addAll(sitemapPaths);
        lastSitemaps.stream().map(Route::outputPath).filter(path -> !sitemapPaths.contains(path)).forEach(removed::add);
        routes.addAll(sitemaps);
        ContextKeys keys = new ContextKeys(warm.salt(), done.keyed(), warm.templates(), warm.keyByPath()::get, last.refs());
        List<Route> changedRoutes = routes.stream().filter(route -> remade.contains(route.outputPath())).toList();
        List<String> changedKeys = workers.map(changedRoutes, keys::key);
        Map<String, String> keyByPath = new LinkedHashMap<>();
        for (Route route : routes) {
            keyByPath.put(route.outputPath(), warm.keyByPath().getOrDefault(route.outputPath(), ""));
        }
        for (int i = 0; i < changedRoutes.size(); i++) {
            keyByPath.put(changedRoutes.get(i).outputPath(), changedKeys.get(i));
        }
        last.redirects().forEach(file -> keyByPath.put(file.path(), warm.keyByPath().get(file.path())));
        List<Problem> warnings = warnings(warm.warnings(), files, made, problems);
        return Optional.of(new BodyEdits.Planned(new PlannedBuild(last.source(), last.staticDir(), done, after,
                last.pages(), routes, last.refs(), last.redirects(), last.copies(), last.skipped(), inputs, start),
                keyByPath, keys, remade, warnings, replaced, Set.copyOf(removed), false)); // the site's shape may have changed
    }

    /**
     * The sitemaps of {@code routes}: patched from the last {@code sitemap.xml} when its text is at hand
     * (the live output's on a fresh start, {@link LiveText}) and no edited article's dates changed.
     * Then an entry can differ only for a page made again: its URL is its path's, and its lastmod the
     * modified date of its article, or of the articles on a listing's first page, which only a changed
     * group's pages (all made again, {@link RouteOrder}) list otherwise than before, but the front page
     * (named too: its first page's articles are not a group's).
     */
    private static List<Route> sitemaps(List<Route> lastRoutes, List<Route> lastSitemaps, Site after, List<Route> routes,
                                        Set<String> remade, Map<RenderedArticle, RenderedArticle> replaced, Instant start) {
        org.dateline.syndicate.Sitemaps sitemaps = new org.dateline.syndicate.Sitemaps(start);
        boolean sameDates = replaced.entrySet().stream().allMatch(edit -> edit.getKey().meta().published()
                .equals(edit.getValue().meta().published())
                && edit.getKey().meta().updated().equals(edit.getValue().meta().updated()));
        Optional<String> lastText = lastSitemaps.stream().filter(route -> route.outputPath().equals("sitemap.xml")
                && route.origin().equals("sitemap")).findFirst().flatMap(FacetEdits::text);
        if (!sameDates || lastText.isEmpty()) {
            return sitemaps.routes(after, List.copyOf(routes));
        }
        Set<String> changed = new HashSet<>(remade);
        changed.add("index.html");
        return sitemaps.routes(after, List.copyOf(routes), lastRoutes, lastText.get(), changed);
    }

    /** A generated route's text: its input's (a route made in this JVM), or the live file's (a stand-in). */
    private static Optional<String> text(Route route) {
        if (route.context().get("text") instanceof String text) {
            return Optional.of(text);
        }
        return route.generated().filter(LiveText.class::isInstance).map(LiveText.class::cast).flatMap(LiveText::read);
    }

    /**
     * Compares the groups of one kind: notes the folder of each that changed at all, and the articles
     * (before and after) of each whose view changed. {@code counted} groups show their count.
     *
     * @return whether any group changed
     */
    private static boolean diff(List<Group> before, List<Group> after, boolean counted, Set<String> changedFolders,
                                Set<String> viewChanged, Set<String> changedSlugs) {
        Map<String, Group> old = new HashMap<>();
        before.forEach(group -> old.put(group.slug(), group));
        Map<String, Group> now = new HashMap<>();
        after.forEach(group -> now.put(group.slug(), group));
        Set<String> slugs = new HashSet<>(old.keySet());
        slugs.addAll(now.keySet());
        boolean any = false;
        for (String slug : slugs) {
            Group a = old.get(slug), b = now.get(slug);
            if (a == b) {
                continue; // the same group: SiteAssembler.replace keeps every group no edited article is in
            }
            if (a != null && b != null && a.name().equals(b.name()) && a.path().equals(b.path())
                    && sameArticles(a.articles(), b.articles())) {
                continue;
            }
            any = true;
            Stream.of(a, b).filter(java.util.Objects::nonNull).forEach(group -> changedFolders.add(group.path().substring(1)));
            if (a == null || b == null || !a.name().equals(b.name()) || !a.path().equals(b.path())
                    || counted && a.articles().size() != b.articles().size()) {
                changedSlugs.add(slug);
                Stream.of(a, b).filter(java.util.Objects::nonNull)
                        .forEach(group -> group.articles().forEach(article -> viewChanged.add(article.file())));
            }
        }
        return any;
    }

    /** Whether two lists hold the same articles (by file) in the same order. */
    static boolean sameArticles(List<Article> a, List<Article> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).file().equals(b.get(i).file())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The site's warnings: the last build's, with those of the edited articles and of the authors'
     * file (whose "no article is by" depends on the bylines) replaced by this build's.
     */
    private static List<Problem> warnings(List<Problem> last, Set<String> files,
                                          ArticleStage.Result made, Problems assembled) {
        List<Problem> warnings = new ArrayList<>(last);
        warnings.removeIf(problem -> files.contains(problem.position().file())
                || problem.position().file().equals(AuthorData.FILE));
        warnings.addAll(made.problems());
        assembled.warnings().stream().filter(problem -> files.contains(problem.position().file())
                || problem.position().file().equals(AuthorData.FILE)).filter(problem -> !warnings.contains(problem))
                .forEach(warnings::add);
        return warnings;
    }
}
