package org.dateline.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dateline.assemble.Parallel;
import org.dateline.assemble.Route;
import org.dateline.config.SiteConfig;
import org.dateline.diag.Problems;
import org.dateline.load.ArticleSource;
import org.dateline.load.SiteSources;
import org.dateline.write.OutputManifest;
import org.dateline.write.LiveOutput;

/**
 * The quick way for a fresh JVM ({@code dateline build} after an edit): a one-shot engine has no
 * last build in memory, so it makes the last build's state again from what that build left in the
 * cache folder, and hands the edited articles to {@link BodyEdits}, as the dev server does.
 *
 * <p>Taken only when the last build's {@link SiteState} and its {@link FreshIndex} are intact and
 * belong together, the clock is still before that build's horizon, the live output is exactly what
 * the state says it holds, the same articles exist, and the site's inputs digest with the last
 * build's article digests put back in is the recorded one: so nothing but the bytes of existing
 * articles changed (not the configuration, templates, static files, data, section files, bundles,
 * options, output folder or Dateline). The last build's articles are then taken from the article
 * cache under their old keys (an old entry that is gone cannot be made again from the edited file:
 * its digest no longer matches, and the whole way is taken) and assembled; of its pages only the
 * robots file is made (to compare the navigation), the others are stand-ins holding their path and
 * origin, never rendered: a quick rebuild takes their files from the live output by their recorded
 * keys. Their contexts need not be made, which is most of the cost of the whole way.
 */
final class FreshStart {

    /**
     * The last build made again, the articles changed since, as the dev server's watcher would report
     * them, and the live output as checked (with what the kept output holds when the index knows it).
     */
    record Ready(BodyEdits.Warm warm, List<Path> changed, FreshIndex index, LiveOutput live) {
    }

    /** What the check of the fresh start found: every page's recorded key by path, and the live output. */
    private record Checked(Map<String, String> keyByPath, LiveOutput live) {
    }

    private final SiteModel model;
    private final StateStore states;

    FreshStart(SiteModel model, StateStore states) {
        this.model = model;
        this.states = states;
    }

    /**
     * The last build's state, or empty for the whole way.
     *
     * @param inputsOf the inputs digest this build would record for the given sources
     * @param output the output folder
     */
    Optional<Ready> prepare(SiteState last, FreshIndex index, SiteInputs.Loaded loaded, SiteConfig config,
                            SiteModel.Prints prints, Publication publication, Instant start, Path output,
                            Function<SiteSources, String> inputsOf) {
        if (!index.belongsTo(last) || start.isBefore(last.builtAt()) || !start.isBefore(last.horizon())) {
            return Optional.empty();
        }
        SiteSources now = loaded.sources();
        if (now.articles().size() != index.digests().size()) {
            return Optional.empty();
        }
        List<ArticleSource> before = new ArrayList<>();
        List<Path> changed = new ArrayList<>();
        for (ArticleSource file : now.articles()) {
            String digest = index.digests().get(file.relPath());
            if (digest == null) {
                return Optional.empty();
            }
            if (digest.equals(file.digest())) {
                before.add(file);
            } else if (index.untracked().contains(file.relPath())) {
                return Optional.empty();
            } else {
                before.add(new ArticleSource(file.relPath(), digest));
                changed.add(Path.of(file.relPath()));
            }
        }
        SiteSources then = new SiteSources(now.root(), before, now.templatesDir(), now.staticDir(), now.bundleFiles(),
                now.sectionFiles(), now.redirects());
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        model.ahead(config);
        // the checks that only the articles' bytes changed and that the live output is the recorded one
        // (a stat of every file) run beside the site's assembly, on a thread of their own: most fresh
        // starts pass them, and then neither waits for the other
        FutureTask<Optional<Checked>> checked = Parallel.aside("dateline-fresh-check",
                () -> inputsOf.apply(then).equals(last.inputs()) ? LiveOutput.check(output, now.root(), last.manifest())
                        .flatMap(live -> keys(index, last).map(keys -> new Checked(keys, live))) : Optional.empty());
        Problems problems = new Problems(); // the last build's: its warnings are in its state
        // whether the robots file was made among the pages, with its context (to compare the navigation)
        java.util.concurrent.atomic.AtomicBoolean robotsMade = new java.util.concurrent.atomic.AtomicBoolean();
        SiteModel.Made made;
        try {
            made = model.make(now.root(), then, before, config, prints, publication, last.inputs(),
                    last.builtAt(), problems, (pages, site) -> {
                        pages.ahead(site); // for the edit's article pages, while this thread goes on
                        Map<String, Route> robots = new HashMap<>();
                        pages.robots(site).forEach(route -> robots.put(route.outputPath(), route));
                        List<Route> routes = new ArrayList<>(index.pages().size());
                        for (FreshIndex.Page page : index.pages()) {
                            routes.add(route(page, robots, output, robotsMade));
                        }
                        return routes;
                    }, (name, count) -> { }, states.record().filter(kept -> kept.belongsTo(last)));
        } catch (RuntimeException | Error e) {
            // as if the checks had come first: their error, or the whole way, which meets this one again
            if (Parallel.result(checked).isEmpty()) {
                return Optional.empty();
            }
            throw e;
        }
        Optional<Checked> found = Parallel.result(checked);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> keyByPath = found.get().keyByPath();
        if (problems.hasErrors() || !robotsMade.get()) {
            return Optional.empty();
        }
        model.found(made.plan().done().keys()); // every one found under the last build's key
        BodyEdits.Warm warm = new BodyEdits.Warm(made.plan(), keyByPath, last.horizon(), prints.config(),
                made.articleFingerprint(), loaded, made.parser(), made.images(), config, made.salt(),
                made.templateKeys(), last.warnings(), made.record());
        return Optional.of(new Ready(warm, List.copyOf(changed), index, withKept(found.get().live(), index, last)));
    }

    /** {@code live}, the check of {@code last}'s output, with what the output kept beside it holds by {@code index}. */
    private static LiveOutput withKept(LiveOutput live, FreshIndex index, SiteState last) {
        return live.withKept(index.kept().map(kept -> kept.files(last.manifest().entries().keySet())),
                index.kept().map(FreshIndex.Kept::renewed));
    }

    /**
     * For a build of the whole way by a one-shot engine that read the index (its fresh start was refused: an
     * article added, say): the live output, if it is exactly as the last build left it ({@link LiveOutput#check}),
     * with what the output it kept holds by that build's index. The kept output, Dateline's (README, "Incremental
     * output"), is then brought up to date without a walk of its files (0.6 s of a fresh JVM's build after an
     * article was added to the 10,000-article corpus), as after a fresh start; and a page taken over from the
     * live output is not looked at again. Empty when the index is not that build's or knows no kept output.
     * A fresh start that got as far as its own check ({@link Ready#live}) made this one already.
     */
    static Optional<LiveOutput> live(StateStore states, Path output, Path siteRoot) {
        return states.get(problem -> { }).flatMap(last -> states.indexRead(last)
                .filter(index -> index.kept().isPresent())
                .flatMap(index -> LiveOutput.check(output, siteRoot, last.manifest()).map(live -> withKept(live, index, last))));
    }

    /** Every page's key in the last build's manifest, by path; empty when one has none. */
    private static Optional<Map<String, String>> keys(FreshIndex index, SiteState last) {
        Map<String, String> keyByPath = new LinkedHashMap<>();
        for (FreshIndex.Page page : index.pages()) {
            if (!addKey(page, last.manifest(), keyByPath)) {
                return Optional.empty();
            }
        }
        return Optional.of(keyByPath);
    }

    // one page a call: compiled after a few hundred calls, where a loop run once stays in the interpreter
    private static boolean addKey(FreshIndex.Page page, OutputManifest manifest, Map<String, String> keyByPath) {
        OutputManifest.Entry entry = manifest.entries().get(page.path());
        if (entry != null) {
            keyByPath.put(page.path(), entry.key());
        }
        return entry != null;
    }

    /**
     * The route of {@code page}: the one {@code robots} made for its path, else its stand-in (one page a call:
     * compiled after a few hundred calls, where a loop run once over 14,000 pages stays in the interpreter).
     *
     * @param robotsMade set when the route is the robots file's, made with its context
     */
    private static Route route(FreshIndex.Page page, Map<String, Route> robots, Path output,
                               java.util.concurrent.atomic.AtomicBoolean robotsMade) {
        Route made = robots.get(page.path());
        if (made == null) {
            return standIn(page, output);
        }
        if (made.outputPath().equals(RouteOrder.ROBOTS) && !made.context().isEmpty()) {
            robotsMade.set(true);
        }
        return made;
    }

    /**
     * A page of the last build that is not made: its path, template and origin, and whether it is generated.
     * It is never rendered (see {@link #isStandIn}): its file is the live output's, which a generated
     * one's {@link LiveText} reads.
     */
    private static Route standIn(FreshIndex.Page page, Path output) {
        Optional<Supplier<String>> text = page.generated()
                ? Optional.of(new LiveText(page.path(), output.resolve(page.path()))) : Optional.empty();
        return new Route(page.path(), page.template(), Map.of(), page.origin(), text);
    }

    /**
     * Keeps the index of the build that has just finished (its state is {@code states}' now) for the
     * next build's fresh start, and has {@code edits} forget what it was made from.
     *
     * @param kept what the output kept beside the live one holds, when known: the manifest of the
     *     output the last build that swapped replaced
     * @param renewed the files that build wrote anew ({@link org.dateline.write.Staging#renewed})
     * @param ahead the index's articles, as {@link #articlesAhead} began to make them from the same
     *     {@code loaded} and {@code seen}, if it did
     */
    static void keep(StateStore states, BodyEdits edits, SiteInputs.Loaded loaded, List<Route> routes,
                     Map<String, org.dateline.load.KnownArticles.Seen> seen, Optional<OutputManifest> kept,
                     Set<String> renewed, Optional<FutureTask<AheadArticles>> ahead,
                     org.dateline.diag.Reporter reporter) {
        states.get(problem -> { }).filter(state -> !state.inputs().isEmpty()).ifPresent(state -> {
            // the record is made and written beside the index, on a thread of its own
            FutureTask<Void> record = Parallel.aside("dateline-record-write", () -> {
                List<org.dateline.load.ArticleSource> files = loaded.sources().articles();
                states.putRecord(edits.remembered().flatMap(warm -> warm.record()
                        .flatMap(last -> last.rekeyed(state, files, warm.plan()))
                        .or(() -> SiteRecord.of(state, files, warm.plan(), warm.articleFingerprint(), warm.salt()))),
                        reporter);
                return null;
            });
            states.putIndex(index(state, loaded.sources(), routes, edits.reached(), edits.untracked(), seen, kept,
                    renewed, states.pagesRead(), ahead.map(Parallel::result)), reporter);
            Parallel.result(record);
        });
        edits.forget();
    }

    /**
     * When {@code wanted} (the build will {@link #keep} its index), begins to make, on a thread of its own,
     * that index's articles before the build's pages are rendered: what the build read, the same whatever
     * it renders, encoded against the articles of the index read ({@link StateStore#articlesRead}).
     */
    static Optional<FutureTask<AheadArticles>> articlesAhead(boolean wanted, SiteSources sources,
                                                             Map<String, org.dateline.load.KnownArticles.Seen> seen,
                                                             StateStore states) {
        if (!wanted) {
            return Optional.empty();
        }
        Optional<EntrySection.Base<FreshIndex.Seen>> base = states.articlesRead();
        return Optional.of(Parallel.aside("dateline-index-articles", () -> {
            Map<String, String> digests = new LinkedHashMap<>();
            Map<String, org.dateline.load.FileStat> stats = new HashMap<>();
            noteAll(sources, seen, digests, stats);
            return AheadArticles.of(digests, stats, base);
        }));
    }

    /**
     * The index of a build that has just finished, for the next build's fresh start.
     *
     * @param read the pages of the index this build started from, if it read one: when the build's
     *     pages are those exactly, the new index takes them as they are, encoded
     * @param ahead its articles, made from the same {@code sources} and {@code seen} ({@link #articlesAhead})
     */
    static FreshIndex index(SiteState state, SiteSources sources, List<Route> routes, Map<String, Set<String>> reached,
                            Set<String> untracked, Map<String, org.dateline.load.KnownArticles.Seen> seen,
                            Optional<OutputManifest> kept, Set<String> renewed, Optional<FreshIndex.PageSection> read,
                            Optional<AheadArticles> ahead) {
        Map<String, String> digests = ahead.map(AheadArticles::digests).orElseGet(LinkedHashMap::new);
        Map<String, org.dateline.load.FileStat> stats = ahead.map(AheadArticles::stats).orElseGet(HashMap::new);
        if (ahead.isEmpty()) {
            noteAll(sources, seen, digests, stats);
        }
        OutputManifest live = state.manifest();
        // the difference of two outputs of 14,000 files, beside the pages
        Optional<FutureTask<FreshIndex.Kept>> holding = kept.filter(older -> !older.entries().isEmpty()
                && older.output().equals(live.output())).map(older -> Parallel.aside("dateline-index-kept",
                () -> FreshIndex.Kept.of(older.entries().keySet(), live.entries().keySet(), renewed)));
        Optional<FreshIndex.PageSection> same = read.filter(section -> samePages(section, routes, reached, untracked));
        if (same.isPresent()) {
            return new FreshIndex(state.inputs(), state.builtAt(), digests, same.get().pages(), same.get().untracked(),
                    stats, holding.map(Parallel::result), same, ahead);
        }
        List<FreshIndex.Page> pages = new ArrayList<>(routes.size());
        for (Route route : routes) {
            pages.add(new FreshIndex.Page(route.outputPath(), route.origin(), route.generated().isPresent(),
                    reachOf(route, reached), route.template()));
        }
        // after a front-matter edit most pages are the ones read: their bytes are taken as they are
        Optional<FreshIndex.PageSection> patched = read.flatMap(section -> section.patched(pages, untracked));
        if (patched.isPresent()) {
            return new FreshIndex(state.inputs(), state.builtAt(), digests, patched.get().pages(),
                    patched.get().untracked(), stats, holding.map(Parallel::result), patched, ahead);
        }
        return new FreshIndex(state.inputs(), state.builtAt(), digests, pages, untracked, stats, holding.map(Parallel::result),
                Optional.empty(), ahead);
    }

    /** Notes every article of {@code sources}, as {@link #note} does one. */
    private static void noteAll(SiteSources sources, Map<String, org.dateline.load.KnownArticles.Seen> seen,
                                Map<String, String> digests, Map<String, org.dateline.load.FileStat> stats) {
        for (org.dateline.load.ArticleSource file : sources.articles()) {
            note(file, seen, digests, stats);
        }
    }

    /**
     * Notes {@code file}'s digest and, when {@code seen} has the stat it was read at, that stat (one article a
     * call: compiled after a few hundred calls, where a loop run once stays in the interpreter).
     */
    private static void note(org.dateline.load.ArticleSource file, Map<String, org.dateline.load.KnownArticles.Seen> seen,
                             Map<String, String> digests, Map<String, org.dateline.load.FileStat> stats) {
        digests.put(file.relPath(), file.digest());
        // a stat is kept only with the digest read at it: the sources may have been brought up to date since
        org.dateline.load.KnownArticles.Seen known = seen.get(file.relPath());
        if (known != null && known.digest().equals(file.digest())) {
            stats.put(file.relPath(), known.stat());
        }
    }

    /** What {@code route}'s page reaches, as the index records it. */
    private static Set<String> reachOf(Route route, Map<String, Set<String>> reached) {
        return reached.getOrDefault(route.outputPath(), Set.of(RouteReach.ALL));
    }

    /** Whether {@code section} lists exactly {@code routes}, in their order, each reaching what it reaches now. */
    private static boolean samePages(FreshIndex.PageSection section, List<Route> routes, Map<String, Set<String>> reached,
                                     Set<String> untracked) {
        List<FreshIndex.Page> pages = section.pages();
        if (pages.size() != routes.size() || !section.untracked().equals(untracked)) {
            return false;
        }
        for (int i = 0; i < pages.size(); i++) {
            if (!samePage(pages.get(i), routes.get(i), reached)) {
                return false;
            }
        }
        return true;
    }

    // a method of its own, compiled after a few hundred calls: a loop run once stays in the interpreter
    private static boolean samePage(FreshIndex.Page page, Route route, Map<String, Set<String>> reached) {
        return page.path().equals(route.outputPath()) && page.origin().equals(route.origin())
                && page.generated() == route.generated().isPresent() && page.template().equals(route.template())
                && page.reaches().equals(reachOf(route, reached));
    }
}
