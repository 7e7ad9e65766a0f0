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
import org.dateline.assemble.Relations;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;
import org.dateline.assemble.SiteAssembler;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.load.AuthorData;
import org.dateline.load.AuthorProfile;
import org.dateline.pages.Views;
import org.dateline.parse.ArticleMeta;
import org.dateline.parse.Slugs;
import org.dateline.render.RenderedArticle;

/**
 * The dev server's quick way after a front-matter edit of published articles (tags, title,
 * description, authors, updated date, lead image text, params…): diff models, not files. The site
 * is assembled again from the cached articles with the edited ones in their place, compared with the
 * last one, and only the pages whose context can differ are made, keyed and rendered again:
 * <ul>
 *   <li>the articles whose view changed: the edited ones, and every article of a section, author or
 *       tag whose name, page or number of articles changed (an article's view shows its tags' and
 *       authors' counts); then every page whose context reaches one of them ({@link RouteReach}):
 *       its own page, the listing pages, feeds and related-story boxes that show it;</li>
 *   <li>every page of a group (listing pages and feeds) that gained, lost or reordered articles or
 *       changed its name, and the tags or authors index when any tag or author did;</li>
 *   <li>the article pages whose related stories changed (they depend on the tags);</li>
 *   <li>pages that appear (a new tag's pages and feeds, another page of a listing) or disappear
 *       (a tag page whose last article left); and the sitemaps, made again from every route.</li>
 * </ul>
 * Every other page keeps its key and its file.
 *
 * <p>The whole way is taken, rather than modelled, when an edit moves an article (its path, section,
 * publication date, expiry, or place in the newest-first order, so also a title change between
 * articles published at the same moment), changes its images or its old URLs ({@code aliases}; a
 * title change of an article with aliases, whose redirect pages show the title), changes what every
 * page shows (the navigation: a section's name, the first tag or author of the site), adds or
 * removes pages on a site with redirects, makes two pages share a file, or gives an error.
 */
final class FacetEdits {

    /** The planned rebuild, or empty for the whole way. See {@link BodyEdits#plan} for the parameters. */
    Optional<BodyEdits.Planned> plan(BodyEdits.Warm warm, ArticleStage.Result made,
                                     Map<RenderedArticle, RenderedArticle> replaced, Set<String> files,
                                     Map<String, Set<String>> readers, java.util.function.Function<RenderedArticle, Object> body,
                                     String inputs, Instant start, Workers workers) {
        PlannedBuild last = warm.plan();
        Site before = last.site();
        for (Map.Entry<RenderedArticle, RenderedArticle> edit : replaced.entrySet()) {
            ArticleMeta old = edit.getKey().meta(), now = edit.getValue().meta();
            if (!old.expires().equals(now.expires()) || !old.aliases().equals(now.aliases())
                    || !old.aliases().isEmpty() && !old.title().equals(now.title())) {
                return Optional.empty();
            }
        }
        ArticleStage.Result done = BodyEdits.merge(last.done(), made, replaced, files, body);
        Problems problems = new Problems();
        List<AuthorProfile> profiles = new AuthorData(warm.config().safety().maxFileBytes()).read(last.source(), problems);
        SiteImages.checkPhotos(profiles, warm.images(), problems);
        Site after = new SiteAssembler(warm.config(), start, workers).assemble(done.rendered(), profiles, problems);
        if (problems.hasErrors() || !samePlaces(before, after, files)
                || !new Views(before).site().equals(new Views(after).site())) {
            return Optional.empty();
        }
        // the groups that changed at all, and those whose view (name, page, count) changed
        Set<String> changedFolders = new HashSet<>();
        Set<String> viewChanged = new HashSet<>(files);
        Set<String> changedSlugs = new HashSet<>();
        Set<String> relatedCandidates = new HashSet<>(files);
        boolean tagsChanged = diff(before.tags(), after.tags(), true, changedFolders, viewChanged, changedSlugs,
                relatedCandidates);
        boolean authorsChanged = diff(before.authors(), after.authors(), true, changedFolders, viewChanged,
                changedSlugs, new HashSet<>());
        diff(before.sections(), after.sections(), false, changedFolders, viewChanged, changedSlugs, new HashSet<>());
        // articles listed nowhere (expired) and standalone pages still show their tags' and authors' views
        Stream.concat(after.expired().stream(), after.pages().stream()).forEach(article -> {
            relatedCandidates.add(article.file());
            ArticleMeta meta = article.content().meta();
            if (Stream.of(meta.tags(), meta.authors(), List.of(meta.section())).flatMap(List::stream)
                    .map(Slugs::slugify).anyMatch(changedSlugs::contains)) {
                viewChanged.add(article.file());
            }
        });
        Set<String> affected = new HashSet<>(readers.getOrDefault(RouteReach.ALL, Set.of()));
        viewChanged.forEach(file -> affected.addAll(readers.getOrDefault(file, Set.of())));
        affected.addAll(relatedChanged(before, after, relatedCandidates));
        if (tagsChanged) {
            affected.add("tags/index.html");
        }
        if (authorsChanged) {
            affected.add("authors/index.html");
        }
        Set<String> articlePaths = new HashSet<>();
        Set<String> changedViews = new HashSet<>();
        Map<String, Article> byFile = new HashMap<>();
        after.allArticles().forEach(article -> {
            articlePaths.add(article.outputPath());
            byFile.put(article.file(), article);
        });
        after.pages().forEach(page -> byFile.put(page.file(), page));
        viewChanged.forEach(file -> changedViews.add(byFile.get(file).outputPath()));
        // every page but the unaffected articles' (listing pages are cheap to list; their order is the build's)
        List<Route> listed = last.pages().routes(after, path -> !articlePaths.contains(path) || affected.contains(path),
                changedViews);
        return routes(warm, last, after, done, listed, articlePaths, affected, changedFolders, problems, files,
                made, replaced, inputs, start, workers);
    }

    /** The rest of {@link #plan}: the new list of routes, their keys, and the planned build. */
    private Optional<BodyEdits.Planned> routes(BodyEdits.Warm warm, PlannedBuild last, Site after,
                                               ArticleStage.Result done, List<Route> listed, Set<String> articlePaths,
                                               Set<String> affected, Set<String> changedFolders, Problems problems,
                                               Set<String> files, ArticleStage.Result made,
                                               Map<RenderedArticle, RenderedArticle> replaced, String inputs,
                                               Instant start, Workers workers) {
        Map<String, Route> madeArticles = new HashMap<>();
        List<Route> others = new ArrayList<>();
        for (Route route : listed) {
            if (articlePaths.contains(route.outputPath())) {
                madeArticles.put(route.outputPath(), route);
            } else {
                others.add(route);
            }
        }
        Map<String, Route> oldOthers = new LinkedHashMap<>();
        List<Route> routes = new ArrayList<>();
        for (Route route : last.routes()) {
            if (articlePaths.contains(route.outputPath())) {
                routes.add(madeArticles.getOrDefault(route.outputPath(), route));
            } else if (!isSitemap(route)) {
                oldOthers.put(route.outputPath(), route);
            }
        }
        Set<String> remade = new HashSet<>(madeArticles.keySet());
        Set<String> added = new HashSet<>();
        for (Route route : others) {
            String path = route.outputPath();
            Route old = oldOthers.remove(path);
            if (old == null) {
                added.add(path);
                remade.add(path);
                routes.add(route);
            } else if (affected.contains(path) || inChangedFolder(path, changedFolders)) {
                remade.add(path);
                routes.add(route);
            } else {
                routes.add(old);
            }
        }
        Set<String> removed = new HashSet<>(oldOthers.keySet());
        if (!added.isEmpty() || !removed.isEmpty()) {
            Set<String> keys = new HashSet<>();
            if (!last.redirects().isEmpty()
                    || !routes.stream().allMatch(route -> keys.add(SiteAssembler.pathKey(route.outputPath())))) {
                return Optional.empty(); // a redirect's or another page's path taken: the whole way reports it
            }
        }
        List<Route> sitemaps = new org.dateline.syndicate.Sitemaps(start).routes(after, List.copyOf(routes));
        sitemaps.forEach(route -> remade.add(route.outputPath()));
        last.routes().stream().filter(FacetEdits::isSitemap).map(Route::outputPath)
                .filter(path -> sitemaps.stream().noneMatch(route -> route.outputPath().equals(path)))
                .forEach(removed::add);
        routes.addAll(sitemaps);
        ContextKeys keys = new ContextKeys(warm.salt(), done.keyed(), warm.templates());
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
                keyByPath, remade, warnings, replaced, Set.copyOf(removed)));
    }

    /**
     * Whether every article and standalone page is where it was, listed or expired as it was, in the
     * same order: only then are the archive, the front page's order and every neighbour unchanged.
     */
    private static boolean samePlaces(Site before, Site after, Set<String> files) {
        return samePlaces(before.articles(), after.articles(), files) && samePlaces(before.expired(), after.expired(), files)
                && samePlaces(before.pages(), after.pages(), files);
    }

    private static boolean samePlaces(List<Article> before, List<Article> after, Set<String> files) {
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            Article old = before.get(i), now = after.get(i);
            if (!old.file().equals(now.file()) || files.contains(old.file()) && (!old.path().equals(now.path())
                    || !old.outputPath().equals(now.outputPath()) || !old.sectionSlug().equals(now.sectionSlug())
                    || !old.published().equals(now.published()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Compares the groups of one kind: notes the folder of each that changed at all, and the articles
     * (before and after) of each whose view changed. {@code counted} groups show their count.
     *
     * @return whether any group changed
     */
    private static boolean diff(List<Group> before, List<Group> after, boolean counted, Set<String> changedFolders,
                                Set<String> viewChanged, Set<String> changedSlugs, Set<String> members) {
        Map<String, Group> old = new HashMap<>();
        before.forEach(group -> old.put(group.slug(), group));
        Map<String, Group> now = new HashMap<>();
        after.forEach(group -> now.put(group.slug(), group));
        Set<String> slugs = new HashSet<>(old.keySet());
        slugs.addAll(now.keySet());
        boolean any = false;
        for (String slug : slugs) {
            Group a = old.get(slug), b = now.get(slug);
            if (a != null && b != null && a.name().equals(b.name()) && a.path().equals(b.path())
                    && sameArticles(a.articles(), b.articles())) {
                continue;
            }
            any = true;
            Stream.of(a, b).filter(java.util.Objects::nonNull).forEach(group -> {
                changedFolders.add(group.path().substring(1));
                group.articles().forEach(article -> members.add(article.file()));
            });
            if (a == null || b == null || !a.name().equals(b.name()) || !a.path().equals(b.path())
                    || counted && a.articles().size() != b.articles().size()) {
                changedSlugs.add(slug);
                Stream.of(a, b).filter(java.util.Objects::nonNull)
                        .forEach(group -> group.articles().forEach(article -> viewChanged.add(article.file())));
            }
        }
        return any;
    }

    private static boolean sameArticles(List<Article> a, List<Article> b) {
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
     * The pages of the {@code candidates} (articles in a tag that changed, or listed nowhere) whose
     * related stories or neighbours are other articles now; every other article's are made from
     * unchanged tag lists, sections and order.
     */
    private static Set<String> relatedChanged(Site before, Site after, Set<String> candidates) {
        Relations old = new Relations(before), now = new Relations(after);
        Map<String, Article> previous = new HashMap<>();
        Stream.concat(before.articles().stream(), before.expired().stream())
                .filter(article -> candidates.contains(article.file())).forEach(a -> previous.put(a.file(), a));
        Set<String> pages = new HashSet<>();
        Stream.concat(after.articles().stream(), after.expired().stream())
                .filter(article -> previous.containsKey(article.file())).forEach(article -> {
                    Article was = previous.get(article.file());
                    if (!files(old.related(was)).equals(files(now.related(article)))
                            || !files(old.previous(was).stream().toList()).equals(files(now.previous(article).stream().toList()))
                            || !files(old.next(was).stream().toList()).equals(files(now.next(article).stream().toList()))) {
                        pages.add(article.outputPath());
                    }
                });
        return pages;
    }

    private static List<String> files(List<Article> articles) {
        return articles.stream().map(Article::file).toList();
    }

    /** Listing pages and feeds of a group: below its folder (no article page is among the routes asked about). */
    private static boolean inChangedFolder(String path, Set<String> folders) {
        int slash = path.lastIndexOf('/');
        while (slash > 0) {
            if (folders.contains(path.substring(0, slash + 1))) {
                return true;
            }
            slash = path.lastIndexOf('/', slash - 1);
        }
        return false;
    }

    private static boolean isSitemap(Route route) {
        return route.generated().isPresent() && (route.origin().equals("sitemap") || route.origin().equals("news sitemap"));
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
