package org.dateline.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.assemble.OutputFile;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;
import org.dateline.config.ConfigLoader;
import org.dateline.config.SiteConfig;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.diag.Reporter;
import org.dateline.load.SiteSources;
import org.dateline.parse.MarkdownParser;
import org.dateline.parse.SectionFiles;
import org.dateline.write.Leftovers;
import org.dateline.write.OutputManifest;
import org.dateline.write.Staging;

/**
 * The build engine: load → parse and render (per article, in parallel, from the cache where it can)
 * → assemble → render pages → write. Long-lived, so the dev server rebuilds with warm engines: it
 * keeps the worker threads, flexmark, Pebble (until a template changes), the article cache and what
 * the output holds. After edits of articles alone it takes a quick way ({@link BodyEdits}), from its
 * last build in memory or, for a one-shot {@code build}, from what the last build left in the cache
 * folder ({@link FreshStart}).
 *
 * <p>Every build is checked, never guessed: an article is reused only when its key (path, text,
 * configuration, Dateline build) matches; a page is re-rendered unless its key (everything its
 * template can see, see {@link ContextKeys}, plus the templates and configuration) matches the one
 * recorded for the file in the live output; a file whose bytes did not change is hard-linked from
 * the live output instead of written. So a build with a cache writes the same bytes as a cold one.
 * Pages are written into a staging folder as they are rendered and swapped in whole: if any error is
 * found, nothing is swapped and the previous output stays as it was.
 */
public final class Engine implements AutoCloseable {
    /** The cache folder's name inside the site folder, unless {@code --cache-dir} says otherwise. */
    public static final String CACHE_DIR = ".dateline-cache";

    private final BuildRequest request;
    private final Reporter reporter;
    private final Workers workers;
    private final MarkdownParser markdown = new MarkdownParser();
    private final String stamp = EngineStamp.compute();
    private final ArticleCache articles;
    private final SiteInputs inputs = new SiteInputs();
    /**
     * The quick way after edits of articles: the dev server's, from its last build; and, with a cache
     * folder, {@code build}'s from what the last build left there ({@link FreshStart}).
     */
    private final Optional<BodyEdits> bodyEdits;
    private final boolean server, keyPages;
    private final SiteModel model;
    private final Horizon horizon = new Horizon();
    private final StaticChecks statics = new StaticChecks();
    private List<Problem> lastWarnings = List.of();
    private final EngineResources resources;
    private final StateStore states;
    private final OutputTrail output;
    private Leftovers leftovers = Leftovers.NONE; // what earlier builds left beside the output, deleted beside this one
    private volatile List<String> lastRendered = List.of(); // for tests, see lastRendered()
    private volatile boolean lastUnchanged, lastQuick;

    /** An engine with one worker thread per core. */
    public Engine(BuildRequest request, Reporter reporter) {
        this(request, reporter, Runtime.getRuntime().availableProcessors());
    }

    public Engine(BuildRequest request, Reporter reporter, int threads) {
        this(request, reporter, threads, true, Ticker.SYSTEM);
    }

    /**
     * @param keyPages whether to key pages for the next build; a single build without a persistent
     *     cache has no next build to key them for, and saves the work
     */
    Engine(BuildRequest request, Reporter reporter, int threads, boolean keyPages, Ticker ticker) {
        this(request, reporter, threads, keyPages, ticker, true);
    }

    /**
     * An engine for the dev server. Its output is the server's own temporary folder, so the state of
     * its last build is kept in memory only: a {@code build} sharing the cache folder finds the state
     * it left there still its own (and reuses its pages), and articles are still shared.
     */
    public static Engine forServer(BuildRequest request, Reporter reporter) {
        return new Engine(request, reporter, Runtime.getRuntime().availableProcessors(), true, Ticker.SYSTEM, false);
    }

    private Engine(BuildRequest request, Reporter reporter, int threads, boolean keyPages, Ticker ticker,
                   boolean keepStateOnDisk) {
        this.keyPages = keyPages;
        this.request = Objects.requireNonNull(request, "request");
        this.reporter = Objects.requireNonNull(reporter, "reporter");
        this.workers = new Workers(threads, ticker);
        this.articles = new ArticleCache(request.cacheDir(), stamp);
        this.resources = new EngineResources(request.cacheDir());
        this.states = new StateStore(request.cacheDir(), stamp, keepStateOnDisk);
        this.output = new OutputTrail(states);
        this.server = !keepStateOnDisk;
        this.bodyEdits = server || keyPages && request.cacheDir().isPresent()
                ? Optional.of(new BodyEdits(workers)) : Optional.empty();
        this.model = new SiteModel(resources, articles, markdown, workers, reporter, stamp);
    }

    /** Builds the site; throws a {@link DatelineException} holding every error found, the output left as it was. */
    public BuildResult build() {
        return build(Optional.empty());
    }

    /** @param changed the paths that changed since the last build, when known: see {@link SiteInputs} for what is trusted */
    private BuildResult build(Optional<Collection<Path>> changed) {
        try {
            states.readAhead(!server && bodyEdits.isPresent()); // decoded beside the scan; only a fresh start needs the index
            return buildOnce(changed);
        } finally {
            leftovers.close(); // the old output's deletion ran beside the build; it is done when the build is
        }
    }

    private BuildResult buildOnce(Optional<Collection<Path>> changed) {
        Instant start = request.clock().instant();
        long startNanos = System.nanoTime();
        Problems problems = new Problems();
        Path source = request.source().toAbsolutePath().normalize();
        ConfigLoader configs = new ConfigLoader();
        SiteConfig config = configs.load(source, problems);
        if (request.baseUrl().isPresent()) {
            config = configs.withBaseUrl(config, request.baseUrl().get());
        }
        String configFingerprint = Fingerprints.config(source, request.baseUrl());
        long mark = System.nanoTime();
        List<Problem> notes = new java.util.ArrayList<>(); // warnings of this build only, not of the site
        Optional<org.dateline.load.KnownArticles> known = server ? request.cacheDir().map(dir -> org.dateline.load.KnownArticles.NONE)
                : bodyEdits.map(edits -> states.known(articles::prefetch)); // a server's cache keys by lasting digests; a one-shot build reads only changed stats
        SiteInputs.Loaded loaded = inputs.load(source, config.safety().maxFileBytes(), changed, known, problems);
        SiteSources sources = loaded.sources();
        config = config.withSectionFiles(new SectionFiles().read(sources.sectionFiles(), request.drafts(), problems));
        String templatesFingerprint = loaded.templates(), staticFingerprint = loaded.statics(), dataFingerprint = loaded.data();
        statics.loaded(staticFingerprint);
        String configPrint = configFingerprint;
        java.util.function.Function<SiteSources, String> inputsOf = files -> this.inputs.site(new SiteInputs.Loaded(files,
                loaded.templates(), loaded.statics(), loaded.data(), loaded.listing(), loaded.bundles()), stamp, configPrint,
                request.drafts() + " " + request.future(), request.output().toAbsolutePath().normalize().toString(),
                templatesFingerprint, staticFingerprint, dataFingerprint);
        String inputs = problems.hasErrors() || !keyPages ? "" : inputsOf.apply(sources);
        mark = stage("load", sources.articles().size(), mark);
        Optional<SiteState> last = states.get(notes::add);
        leftovers = Leftovers.clear(request.output(), source, output.live(), true); // a killed build's litter too
        Optional<BodyEdits.Warm> warm = bodyEdits.flatMap(BodyEdits::last);
        if (last.isPresent() && last.get().covers(inputs, start)
                && Staging.isIntact(request.output(), source, last.get().manifest())) {
            bodyEdits.ifPresent(edits -> edits.restore());
            List.of("render", "images", "assemble", "write").forEach(name -> stage(name, 0, System.nanoTime()));
            lastRendered = List.of();
            lastUnchanged = true;
            reporter.debug(() -> "nothing the site is made of changed since the last build, and its output is intact");
            output.unchanged(last.get().manifest()); // what the last build did, reported again
            last.get().warnings().forEach(reporter::warn);
            return BuildResult.again(request.output(), last.get(), Duration.ofNanos(System.nanoTime() - startNanos));
        }
        lastUnchanged = false;
        lastQuick = false;
        output.freshStart(Optional.empty());
        Publication publication = new Publication(request.drafts(), request.future(), start);
        SiteModel.Prints prints = new SiteModel.Prints(configFingerprint, templatesFingerprint, staticFingerprint,
                dataFingerprint);
        Optional<Collection<Path>> edits = changed;
        boolean fresh = false;
        if (!server && bodyEdits.isPresent() && last.isPresent() && !inputs.isEmpty()) {
            SiteConfig now = config;
            Optional<FreshStart.Ready> ready = states.index(notes::add).flatMap(index -> new FreshStart(model, states).prepare(
                    last.get(), index, loaded, now, prints, new Publication(request.drafts(), request.future(),
                            last.get().builtAt()), start, request.output(), inputsOf));
            if (ready.isPresent()) {
                bodyEdits.get().adopt(ready.get().warm(), ready.get().index());
                warm = bodyEdits.get().last();
                edits = Optional.of(ready.get().changed());
                fresh = true;
                output.freshStart(Optional.of(ready.get().live()));
                lastWarnings = last.get().warnings();
            }
        }
        if (warm.isPresent() && edits.isPresent() && (fresh || this.inputs.lastUpdated()) && !problems.hasErrors()) {
            Optional<BodyEdits.Planned> quick = bodyEdits.orElseThrow().plan(warm.get(), edits.get(), loaded,
                    configFingerprint, inputs, start, publication, new ArticleStage(source, articles, resources.bodies(), markdown, reporter), workers);
            if (quick.isPresent()) {
                lastQuick = true;
                mark = stage("render", quick.get().plan().done().parsed(), mark); // the articles parsed again
                Problems site = new Problems(); // the configuration's warnings are among the last build's
                quick.get().warnings().forEach(site::add);
                var ahead = FreshStart.articlesAhead(bodyEdits.isPresent() && !server && !inputs.isEmpty(), loaded.sources(), this.inputs.seen(), states);
                BuildResult result = write(quick.get().plan(), quick.get().keyByPath(), quick.get().keys(), site, notes, startNanos, mark,
                        Optional.of(quick.get().remade()), fresh);
                bodyEdits.orElseThrow().remember(warm.get().next(quick.get(), horizon.at(), loaded, lastWarnings), quick.get());
                keepIndex(loaded, quick.get().plan().routes(), ahead);
                return result;
            }
        }
        Optional<Collection<Path>> told = edits;
        bodyEdits.ifPresent(kept -> kept.wholeWay(told)); // the whole way: the last build's state is forgotten or set aside
        long[] marks = {mark};
        SiteModel.Made made = model.make(source, sources, sources.articles(), config, prints, publication, inputs, start,
                problems, (pages, site) -> pages.routes(site, problems), (name, count) -> marks[0] = stage(name, count, marks[0]));
        mark = marks[0];
        PlannedBuild plan = made.plan();
        List<Route> routes = plan.routes();
        ContextKeys keys = new ContextKeys(made.salt(), plan.done().keyed(), made.templateKeys(), ContextKeys.keysOf(output.live()), plan.refs());
        if (problems.hasErrors()) {
            // still render, to report every template error with the others; nothing is written
            PageFailures failures = new PageFailures();
            workers.map(routes, route -> failures.render(plan.pages(), plan.refs(), route));
            problems.addAll(failures.problems());
            stopIfErrors(problems);
        }
        List<String> routeKeys = workers.map(routes, route -> keyPages ? keys.key(route) : "");
        Map<String, String> keyByPath = new LinkedHashMap<>();
        for (int i = 0; i < routes.size(); i++) {
            keyByPath.put(routes.get(i).outputPath(), routeKeys.get(i));
        }
        var ahead = FreshStart.articlesAhead(bodyEdits.isPresent() && !server && !inputs.isEmpty(), loaded.sources(), this.inputs.seen(), states);
        Optional<LastReach> lastReach = LastReach.of(states, last); // before the write, which clears the index read
        BuildResult result = write(plan, keyByPath, keys, problems, notes, startNanos, mark, Optional.empty(), false);
        SiteConfig built = config;
        bodyEdits.ifPresent(kept -> kept.remember(new BodyEdits.Warm(plan, keyByPath, horizon.at(), configFingerprint,
                made.articleFingerprint(), loaded, made.parser(), made.images(), built, made.salt(), made.templateKeys(),
                lastWarnings, Optional.empty()), lastReach)); // a build of the whole way: no record the site was put together from
        keepIndex(loaded, routes, ahead);
        return result;
    }

    /**
     * Writes what {@code plan} holds, each page under its key in {@code keyByPath}, and finishes the build.
     * @param remade after a quick rebuild, the pages it made again: the others are as the kept output
     *     holds them, unless the last build wrote them (see {@link Staging#keepUnchanged})
     * @param standIns whether the routes not in {@code remade} are {@link FreshStart}'s stand-ins, whose
     *     files must be the live output's: one that is not is an error, never rendered
     */
    private BuildResult write(PlannedBuild plan, Map<String, String> keyByPath, ContextKeys keys, Problems problems, List<Problem> notes,
                              long startNanos, long mark, Optional<Set<String>> remade, boolean standIns) {
        Path source = plan.source();
        List<Route> routes = plan.routes();
        List<OutputFile> redirects = plan.redirects();
        Set<String> written = output.renewed();
        java.util.function.Predicate<String> standIn = path -> standIns && !remade.orElseThrow().contains(path);
        java.util.function.Predicate<String> trusted = path -> server ? remade.filter(paths -> !paths.contains(path)
                && !written.contains(path)).isPresent() : standIn.test(path) && output.freshShares(path);
        redirects.forEach(file -> keyByPath.put(file.path(), OutputManifest.sha256(file.bytes())));
        PageFailures failures = new PageFailures();
        if (PlannedBuild.sameKeys(keyByPath, output.live(), remade.orElse(Set.of()))
                && Staging.isCurrent(request.output(), source, plan.staticDir(), plan.copies(), keyByPath, output.live())) {
            stage("assemble", 0, mark);
            stage("write", 0, System.nanoTime());
            lastRendered = List.of();
            return finish(problems, notes, plan, startNanos);
        }
        try (Staging staging = new Staging(request.output(), source, statics.forBuild(plan, keyByPath.keySet()),
                output.live(), true)) {
            output.brief(staging, server, request.output(), source);
            List<Route> made = PageWrites.keepTrusted(staging, routes, keyByPath, trusted);
            Map<String, String> writtenAs = new java.util.concurrent.ConcurrentHashMap<>();
            java.util.concurrent.atomic.AtomicInteger pageCount = new java.util.concurrent.atomic.AtomicInteger(routes.size() - made.size());
            List<Boolean> renderedNow = PageWrites.inRuns(workers, made, route -> {
                reporter.progress("rendering pages", pageCount.incrementAndGet(), routes.size());
                String key = keyByPath.get(route.outputPath());
                if (staging.reuse(route.outputPath(), key)) {
                    return false;
                }
                if (standIn.test(route.outputPath())) {
                    failures.changed(route.outputPath(), request.output());
                    return false;
                }
                PageWrites.render(staging, failures, plan, keys, route, key, writtenAs);
                return true;
            });
            keyByPath.putAll(writtenAs);
            redirects.forEach(file -> staging.write(file.path(), keyByPath.get(file.path()), file.bytes()));
            List<String> renderedPaths = java.util.stream.IntStream.range(0, made.size()).filter(renderedNow::get)
                    .mapToObj(i -> made.get(i).outputPath()).toList();
            lastRendered = renderedPaths.stream().sorted().toList();
            problems.addAll(failures.problems());
            mark = stage("assemble", renderedPaths.size(), mark);
            stopIfErrors(problems);
            states.clear(reporter);
            staging.commit();
            output.committed(staging, server, request.output());
            statics.committed();
            stage("write", staging.written(), mark);
        }
        return finish(problems, notes, plan, startNanos);
    }

    /**
     * Forgets cache entries no article used, records the site's state for the next build, reports
     * warnings, and says what the build did.
     * @param notes warnings about this build rather than the site (a damaged cache): not recorded
     */
    private BuildResult finish(Problems problems, List<Problem> notes, PlannedBuild plan, long startNanos) {
        ArticleStage.Result done = plan.done();
        Site site = plan.site();
        // a quick rebuild's routes are every page too (those not made again stand for the last build's)
        int skipped = plan.skipped(), htmlPages = (int) plan.routes().stream()
                .filter(route -> route.outputPath().endsWith(".html")).count();
        int count = site.articles().size() + site.expired().size(); // allArticles() sorts them all
        List<Problem> siteWarnings = problems.warnings();
        Horizon.Next next = horizon.next(done, site, plan.start(), lastQuick); // a body edit changes no dates
        Optional<Scheduled> nextPublication = next.publication(), nextExpiry = next.expiry();
        OutputManifest written = output.current();
        lastWarnings = siteWarnings;
        // side by side, as they touch different files (the quick way's articles are the last build's, but for the edited ones)
        workers.all(List.<Runnable>of(() -> articles.retain(done.keys(), lastQuick), () -> states.put(new SiteState(plan.inputs(),
                plan.start(), next.at(), count, skipped, htmlPages, siteWarnings, nextPublication, nextExpiry, written), reporter)));
        notes.forEach(problems::add);
        articles.damagedWarning(request.cacheDir().map(Path::toString).orElse(CACHE_DIR)).forEach(problems::add);
        List<Problem> warnings = problems.warnings();
        warnings.forEach(reporter::warn);
        return new BuildResult(request.output(), count, skipped, htmlPages, written.entries().size(),
                written.totalBytes(), Duration.ofNanos(System.nanoTime() - startNanos), warnings, nextPublication, nextExpiry);
    }

    /**
     * Builds again after {@code changed} (paths relative to the site folder, as the dev server's
     * watcher reports them) changed: only those are read again, see {@link SiteInputs} for exactly
     * what is trusted; an empty list means "not known" and reads everything, as {@link #build()} does.
     * Every article and page is still checked by its key. Same failure contract as {@link #build()}.
     */
    public BuildResult rebuild(Collection<Path> changed) {
        if (changed.stream().anyMatch(path -> ChangeKind.of(path).filter(kind -> kind == ChangeKind.TEMPLATE).isPresent())) {
            resources.forgetTemplates();
        }
        return build(changed.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(changed)));
    }

    /** After a build of a one-shot engine with a cache folder, keeps what the next build's fresh start needs. */
    private void keepIndex(SiteInputs.Loaded loaded, List<Route> routes, Optional<java.util.concurrent.FutureTask<AheadArticles>> ahead) {
        bodyEdits.filter(edits -> !server).ifPresent(edits -> FreshStart.keep(states, edits, loaded, routes, inputs.seen(),
                output.kept(), output.renewed(), ahead, reporter));
    }

    boolean lastQuick() { // for tests: whether the last build took the quick way of BodyEdits
        return lastQuick;
    }

    boolean lastUpdatedSources() { // for tests: whether the last build read only the changed sources
        return inputs.lastUpdated();
    }

    List<String> lastRendered() { // the pages the last build rendered rather than reused, sorted; none if it found no change
        return lastRendered;
    }

    boolean lastUnchanged() { // whether the last build found, from the recorded site state alone, that nothing changed
        return lastUnchanged;
    }

    @Override
    public void close() {
        workers.close();
        resources.close();
    }

    private void stopIfErrors(Problems problems) {
        if (problems.hasErrors()) {
            problems.warnings().forEach(reporter::warn);
            problems.throwIfErrors();
        }
    }

    private long stage(String name, int count, long since) {
        long now = System.nanoTime();
        reporter.stage(name, count, Duration.ofNanos(now - since));
        return now;
    }
}
