package org.dateline.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dateline.assemble.Article;
import org.dateline.assemble.Group;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;
import org.dateline.config.SiteConfig;
import org.dateline.diag.Problem;
import org.dateline.image.ImageSizer;
import org.dateline.load.ArticleSource;
import org.dateline.parse.ArticleParser;
import org.dateline.render.RenderedArticle;

/**
 * The dev server's quick way after an edit that changed nothing but the bodies of published articles
 * (the most common save): the site keeps its shape (every article's front matter, description,
 * images, place and order are as they were), so the last build's routes, keys, redirects and copies
 * stay, and only the pages whose context reaches an edited article ({@link RouteReach}) and that can
 * show what the edit changed ({@link BodyReaders}: not a listing that shows no body part) are made,
 * keyed and rendered again. An edit of the front matter or description of such articles goes on to
 * {@link FacetEdits}, which diffs the site. Every other edit, or any doubt, takes the whole way: a
 * change anywhere but in known articles, another fingerprint of templates, static files, data or
 * configuration, the clock past the last build's horizon, an article that fails, is left out or is not
 * {@link RouteReach#tracks tracked}, other images in its body, or a page the routes no longer make.
 */
final class BodyEdits {

    /**
     * What the last successful build leaves for the next one.
     *
     * @param keyByPath every file's key (pages and redirects)
     * @param horizon when the clock alone would change the output
     * @param salt and {@code templates}: what {@link ContextKeys} was made with
     * @param warnings the site's warnings
     * @param record a {@link SiteRecord} that describes the site but for its articles' keys: the one a
     *     fresh start put the site together from, kept through body edits that keep the site's shape, so
     *     that the next record is this one rekeyed ({@link SiteRecord#rekeyed}) rather than made anew
     */
    record Warm(PlannedBuild plan, Map<String, String> keyByPath, Instant horizon, String configFingerprint,
                String articleFingerprint, SiteInputs.Loaded loaded, ArticleParser parser, ImageSizer images,
                SiteConfig config, String salt, Function<String, String> templates, List<Problem> warnings,
                Optional<SiteRecord> record) {

        /**
         * What the quick rebuild {@code planned} leaves: its plan and keys, the rest as before; the record while
         * the shape is, or {@link SiteRecord#regrouped regrouped} when only groups changed (a front-matter edit).
         */
        Warm next(Planned planned, Instant horizon, SiteInputs.Loaded loaded, List<Problem> warnings) {
            return new Warm(planned.plan(), planned.keyByPath(), horizon, configFingerprint, articleFingerprint, loaded,
                    parser, images, config, salt, templates, warnings,
                    record.flatMap(kept -> planned.sameShape() ? Optional.of(kept) : kept.regrouped(plan, planned.plan())));
        }
    }

    /**
     * A rebuild's plan, every file's key, the keys it was keyed with (for what a page made again is
     * written under), the pages made again, and the site's warnings (the last build's, with the edited
     * articles' own warnings replaced).
     *
     * @param sameShape whether the site is the last one but for the content of the edited articles: every
     *     list and group, each article's place and order, as they were (a body edit, not {@link FacetEdits})
     */
    record Planned(PlannedBuild plan, Map<String, String> keyByPath, ContextKeys keys, Set<String> remade,
                   List<Problem> warnings, Map<RenderedArticle, RenderedArticle> replaced, Set<String> removed, boolean sameShape) {
    }

    /** Front-matter edits: the site's shape changes, see there. */
    private final FacetEdits facets = new FacetEdits();
    /** Of the pages showing an edited article, those whose bytes a body edit can change. */
    private final BodyReaders bodyReaders = new BodyReaders();

    /** Where the pages' contexts are walked for what they reach. */
    private final org.dateline.assemble.Parallel parallel;

    BodyEdits(org.dateline.assemble.Parallel parallel) {
        this.parallel = parallel;
    }

    private Optional<Warm> warm = Optional.empty();
    private Optional<Warm> taken = Optional.empty();
    /**
     * The last good build's state, set aside by builds that failed without changing it, and the files
     * they were told changed since that build: the build that fixes them takes the quick way from it.
     */
    private Optional<Warm> aside = Optional.empty();
    private final Set<Path> failedChanges = new java.util.TreeSet<>();
    /** Whether the last {@link #plan} went past its checks, changing the state it planned from (merged maps, views). */
    private boolean touched;
    private Optional<RouteReach> reach = Optional.empty();
    /** By page, the articles (source paths) it reaches; and by article, the pages that reach it. */
    private final PageReaches pageReaches = new PageReaches();

    /** Keeps {@code warm}, after a build that made every page, for the next build. */
    void remember(Warm warm, Optional<LastReach> last) { // each page last knows reaching what it says
        remember(warm, Optional.empty(), last);
    }

    /** Keeps {@code warm}, after a quick rebuild that made the pages it names, for the next build. */
    void remember(Warm warm, Planned planned) {
        reach.orElseThrow().replace(planned.replaced());
        planned.removed().forEach(pageReaches::remove);
        remember(warm, Optional.of(planned.remade()), Optional.empty());
    }

    /**
     * @param remade the pages made again since the last {@code remember}, or empty for all of them
     * @param last what the last build's pages reached, for a build of the whole way: a page keyed as then is not walked
     */
    private void remember(Warm warm, Optional<Set<String>> remade, Optional<LastReach> last) {
        RouteReach routeReach = remade.isPresent() ? reach.orElseThrow() : new RouteReach(warm.plan().done().rendered());
        if (remade.isEmpty()) {
            pageReaches.clear();
        }
        List<Route> walked = LastReach.take(last, warm.plan().routes(), warm.keyByPath(), routeReach.untracked(),
                pageReaches::put).stream().filter(route -> remade.isEmpty() || remade.get().contains(route.outputPath())).toList();
        List<Set<String>> reaches = parallel.map(walked, routeReach::of);
        for (int i = 0; i < walked.size(); i++) {
            Route route = walked.get(i);
            String path = route.outputPath();
            Set<String> files = new HashSet<>(reaches.get(i));
            files.add(route.origin()); // a page of an article is made from it, whatever its context holds
            if (warm.keyByPath().getOrDefault(path, "").isEmpty()) {
                files.add(RouteReach.ALL); // a page without a key is made every time
            }
            pageReaches.put(path, files);
        }
        routeReach.forgetRecords(); // what it found of the records is in reached now: hold no page's values
        this.reach = Optional.of(routeReach);
        this.warm = Optional.of(warm);
        this.taken = Optional.empty();
        this.aside = Optional.empty();
        failedChanges.clear();
    }

    /**
     * Takes {@code warm}, a fresh engine's reconstruction of the last build ({@link FreshStart}), with
     * what that build's pages reached as {@code index} recorded it, as if this object had remembered it.
     */
    void adopt(Warm warm, FreshIndex index) {
        forget();
        RouteReach routeReach = new RouteReach(warm.plan().done().rendered());
        routeReach.untrack(index.untracked());
        pageReaches.putAll(index.pages()); // the pages reaching an edited article are found when asked for
        this.reach = Optional.of(routeReach);
        this.warm = Optional.of(warm);
    }

    /** The last build's state as remembered, for {@link SiteRecord}; unlike {@link #last}, it stays remembered. */
    Optional<Warm> remembered() {
        return warm;
    }

    /** What the last remembered build's pages reach, for {@link FreshIndex}: by output path, the source paths. */
    Map<String, Set<String>> reached() {
        return pageReaches.reached();
    }

    /** The articles whose reach cannot be told, for {@link FreshIndex}. */
    Set<String> untracked() {
        return reach.map(RouteReach::untracked).orElse(Set.of());
    }

    /**
     * The last build's state, to be forgotten unless the build {@link #restore}s it or {@link #remember}s
     * its own: a build that fails must not leave it for the next, which would then miss this build's
     * changes.
     */
    Optional<Warm> last() {
        taken = warm.or(() -> aside);
        warm = Optional.empty();
        aside = Optional.empty();
        return taken;
    }

    /**
     * The build that took {@link #last} goes the whole way: the state is forgotten, unless the build was
     * told what changed and no {@link #plan} changed the state, when it is set aside with those
     * changes, until a build succeeds: should this one fail, the next takes the quick way from the
     * last good build, with this build's changes and its own (a fix of a broken article is an edit).
     */
    void wholeWay(Optional<Collection<Path>> changed) {
        if (taken.isEmpty() || touched || changed.isEmpty()) {
            forget();
            return;
        }
        aside = taken;
        taken = Optional.empty();
        failedChanges.addAll(changed.get());
    }

    /** Keeps the state {@link #last} gave again: the build found nothing changed. */
    void restore() {
        warm = taken;
        taken = Optional.empty();
        failedChanges.clear(); // the files are as the build of that state read them
    }

    /** Forgets the last build's state and everything found about it. */
    void forget() {
        warm = Optional.empty();
        taken = Optional.empty();
        aside = Optional.empty();
        failedChanges.clear();
        reach = Optional.empty();
        pageReaches.clear();
    }

    /**
     * The rebuild after {@code changed}, from {@code warm}, or empty when it must take the whole way.
     *
     * @param loaded the sources and fingerprints as they are now
     */
    Optional<Planned> plan(Warm warm, Collection<Path> changed, SiteInputs.Loaded loaded, String configFingerprint,
                           String inputs, Instant start, Publication publication, ArticleStage stage, Workers workers) {
        touched = false;
        if (!failedChanges.isEmpty()) { // what builds that failed since the last good one were told changed
            Set<Path> all = new java.util.TreeSet<>(failedChanges);
            all.addAll(changed);
            changed = all;
        }
        SiteInputs.Loaded before = warm.loaded();
        if (changed.isEmpty() || reach.isEmpty() || !configFingerprint.equals(warm.configFingerprint())
                || !loaded.templates().equals(before.templates()) || !loaded.statics().equals(before.statics())
                || !loaded.data().equals(before.data()) || !loaded.listing().equals(before.listing())
                || !loaded.bundles().equals(before.bundles()) || start.isBefore(warm.plan().start())
                || !start.isBefore(warm.horizon())) {
            return Optional.empty();
        }
        Set<String> named = new HashSet<>(); // only the named files are looked up: no map of every article per edit
        changed.forEach(path -> named.add(path.toString().replace('\\', '/')));
        Map<String, RenderedArticle> previous = new HashMap<>();
        warm.plan().done().rendered().stream().filter(article -> named.contains(article.file()))
                .forEach(article -> previous.put(article.file(), article));
        Map<String, ArticleSource> now = new HashMap<>();
        loaded.sources().articles().stream().filter(file -> named.contains(file.relPath()))
                .forEach(file -> now.put(file.relPath(), file));
        List<ArticleSource> edited = new ArrayList<>();
        for (Path path : changed) {
            String file = path.toString().replace('\\', '/');
            if (ChangeKind.of(path).filter(kind -> kind == ChangeKind.CONTENT).isEmpty() || !previous.containsKey(file)
                    || !now.containsKey(file) || !reach.get().tracks(file)) {
                return Optional.empty();
            }
            edited.add(now.get(file));
        }
        ArticleStage.Result made = stage.run(workers, edited, warm.config(), warm.articleFingerprint(), publication,
                warm.parser(), warm.images());
        if (made.problems().stream().anyMatch(Problem::isError) || made.rendered().size() != edited.size()
                || !made.scheduled().isEmpty()) {
            return Optional.empty();
        }
        Map<RenderedArticle, RenderedArticle> replaced = new IdentityHashMap<>();
        boolean shape = false; // whether the site's shape may change: listings, groups
        for (RenderedArticle article : made.rendered()) {
            RenderedArticle old = previous.get(article.file());
            if (!warm.plan().done().images().getOrDefault(old.file(), List.of())
                    .equals(made.images().getOrDefault(article.file(), List.of()))) {
                return Optional.empty(); // other images to size and copy
            }
            shape |= !old.meta().equals(article.meta()) || !old.description().equals(article.description());
            replaced.put(old, article);
        }
        touched = true; // from here on the last build's maps and views change: a failure forgets them
        Set<String> files = new HashSet<>();
        made.rendered().forEach(article -> files.add(article.file()));
        if (shape) {
            return facets.plan(warm, made, replaced, files, pageReaches::readers, reach.get()::body, inputs, start, workers);
        }
        Set<String> read = new HashSet<>(files);
        read.add(RouteReach.ALL);
        pageReaches.readers(read); // found in one pass for both
        Set<String> affected = new HashSet<>(pageReaches.readers(Set.of(RouteReach.ALL)));
        affected.addAll(bodyReaders.pages(warm.plan().routes(), files, pageReaches.readers(files),
                loaded.sources().templatesDir(), loaded.templates()));
        Map<String, String> pageOf = new HashMap<>();
        Site lastSite = warm.plan().site();
        java.util.stream.Stream.of(lastSite.articles(), lastSite.expired(), lastSite.pages()).flatMap(List::stream)
                .filter(article -> files.contains(article.file()))
                .forEach(article -> pageOf.put(article.file(), article.outputPath()));
        Site site = patch(lastSite, replaced);
        Map<String, Route> remade = new HashMap<>();
        Set<String> editedPages = new HashSet<>();
        replaced.keySet().forEach(article -> editedPages.add(pageOf.get(article.file())));
        // every article keeps its place and tags: the last site's relations are this one's
        warm.plan().pages().routes(site, affected::contains, editedPages,
                        warm.plan().pages().relations(lastSite).retagged(site, Set.of()))
                .forEach(route -> remade.putIfAbsent(route.outputPath(), route));
        if (!remade.keySet().equals(affected)) {
            return Optional.empty(); // a page the site no longer makes the same way: take the whole way
        }
        ArticleStage.Result done = merge(warm.plan().done(), made, replaced, files, reach.get()::body);
        ContextKeys keys = new ContextKeys(warm.salt(), done.keyed(), warm.templates(), warm.keyByPath()::get, warm.plan().refs());
        List<Route> routes = new ArrayList<>();
        Map<String, String> keyByPath = new LinkedHashMap<>(warm.keyByPath());
        for (Route route : warm.plan().routes()) {
            routes.add(remade.getOrDefault(route.outputPath(), route));
        }
        List<Route> changedRoutes = routes.stream().filter(route -> affected.contains(route.outputPath())).toList();
        List<String> changedKeys = workers.map(changedRoutes, keys::key);
        for (int i = 0; i < changedRoutes.size(); i++) {
            keyByPath.put(changedRoutes.get(i).outputPath(), changedKeys.get(i));
        }
        List<Problem> warnings = new ArrayList<>(warm.warnings());
        warm.plan().done().problems().stream().filter(problem -> files.contains(problem.position().file()))
                .forEach(warnings::remove);
        warnings.addAll(made.problems());
        PlannedBuild last = warm.plan();
        return Optional.of(new Planned(new PlannedBuild(last.source(), last.staticDir(), done, site, last.pages(),
                routes, last.refs(), last.redirects(), last.copies(), last.skipped(), inputs, start), keyByPath,
                keys, affected, warnings, replaced, Set.of(), true));
    }

    /**
     * {@code site} with each replaced article's content swapped, everything else (order, groups) the same:
     * a list or group holding no replaced article is kept as it is, where copying every one of them
     * through a map of every article cost a fresh start's body edit ~20 ms (10,000 articles, cold JVM).
     * Each replaced article becomes one new article, the same object in every list that holds it.
     */
    private static Site patch(Site site, Map<RenderedArticle, RenderedArticle> replaced) {
        Map<Article, Article> swaps = new IdentityHashMap<>();
        return new Site(site.config(), site.urls(), swapped(site.articles(), replaced, swaps),
                swapped(site.expired(), replaced, swaps), groups(site.sections(), replaced, swaps),
                groups(site.authors(), replaced, swaps), groups(site.tags(), replaced, swaps), site.profiles(),
                swapped(site.pages(), replaced, swaps));
    }

    private static List<Group> groups(List<Group> groups, Map<RenderedArticle, RenderedArticle> replaced,
                                      Map<Article, Article> swaps) {
        List<Group> patched = new ArrayList<>(groups.size());
        for (Group group : groups) {
            List<Article> articles = swapped(group.articles(), replaced, swaps);
            patched.add(articles == group.articles() ? group
                    : new Group(group.name(), group.slug(), group.path(), articles));
        }
        return patched;
    }

    /** {@code articles} itself when it holds no replaced article, else a copy with each one swapped. */
    private static List<Article> swapped(List<Article> articles, Map<RenderedArticle, RenderedArticle> replaced,
                                         Map<Article, Article> swaps) {
        List<Article> copy = null;
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            RenderedArticle content = replaced.get(article.content());
            if (content != null) {
                if (copy == null) {
                    copy = new ArrayList<>(articles);
                }
                copy.set(i, swaps.computeIfAbsent(article, a -> new Article(content, a.sectionSlug(), a.path(),
                        a.outputPath(), a.published(), a.updated())));
            }
        }
        return copy == null ? articles : copy;
    }

    /** The last build's article results with the edited articles' new ones in their place. */
    static ArticleStage.Result merge(ArticleStage.Result before, ArticleStage.Result made,
                                             Map<RenderedArticle, RenderedArticle> replaced, Set<String> files,
                                             Function<RenderedArticle, Object> body) {
        List<RenderedArticle> rendered = before.rendered().stream().map(a -> replaced.getOrDefault(a, a)).toList();
        List<Problem> problems = new ArrayList<>(before.problems().stream()
                .filter(problem -> !files.contains(problem.position().file())).toList());
        problems.addAll(made.problems());
        // the last build's maps are changed in place: they are its state's, which this build replaces
        IdentityHashMap<Object, String> keyed = before.keyed();
        Set<String> keys = new HashSet<>(before.keys());
        replaced.keySet().forEach(old -> {
            keys.remove(keyed.remove(old));
            keyed.remove(body.apply(old));
        });
        keyed.putAll(made.keyed());
        keys.addAll(made.keys());
        // the quick ways take only edits that keep each article's images, so the last build's map stays as it is
        boolean sameImages = made.images().entrySet().stream().allMatch(entry -> entry.getValue()
                .equals(before.images().getOrDefault(entry.getKey(), List.of())));
        Map<String, List<String>> images = sameImages ? before.images() : new HashMap<>(before.images());
        if (!sameImages) {
            images.putAll(made.images());
        }
        return new ArticleStage.Result(rendered, before.scheduled(), problems, keys, made.parsed(), keyed, images);
    }
}
