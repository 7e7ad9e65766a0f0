package org.dateline.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.assemble.Article;
import org.dateline.assemble.OutputFile;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;
import org.dateline.assemble.SiteAssembler;
import org.dateline.config.ConfigLoader;
import org.dateline.config.SiteConfig;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.diag.Reporter;
import org.dateline.diag.SourcePosition;
import org.dateline.image.ImageSizer;
import org.dateline.load.AuthorData;
import org.dateline.load.AuthorProfile;
import org.dateline.load.BundleFile;
import org.dateline.load.SiteSources;
import org.dateline.load.SourceFile;
import org.dateline.load.SourceScanner;
import org.dateline.pages.PageRenderer;
import org.dateline.pages.RedirectPages;
import org.dateline.parse.ArticleParser;
import org.dateline.parse.DateParser;
import org.dateline.parse.FrontMatterParser;
import org.dateline.parse.Shortcodes;
import org.dateline.parse.MarkdownParser;
import org.dateline.parse.SectionFiles;
import org.dateline.template.TemplateEngine;
import org.dateline.syndicate.Sitemaps;
import org.dateline.write.CopiedFile;
import org.dateline.write.OutputManifest;
import org.dateline.write.Staging;
import org.dateline.write.TempFolders;
import org.dateline.write.WriteReport;

/**
 * The build engine: load → parse and render (per article, in parallel, from the cache where it can)
 * → assemble → render pages → write. Long-lived, so the dev server rebuilds with warm engines: it
 * keeps the worker threads, flexmark, Pebble (until a template changes), the article cache and what
 * the output holds.
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
    private final BodySpill bodies = new BodySpill(Optional.of(TempFolders.systemRoot()));
    private Optional<TemplateEngine> templates = Optional.empty();
    private Optional<org.dateline.template.TemplateReach> reach = Optional.empty();
    private String loadedTemplates = "";
    private Optional<OutputManifest> manifest = Optional.empty();
    private final StateStore states;
    private final boolean keyPages;
    private Optional<Path> scratch = Optional.empty();
    /** For tests: the output paths of the pages the last build rendered (not reused), sorted; empty when it found nothing changed. */
    private volatile List<String> lastRendered = List.of();
    private volatile boolean lastUnchanged;

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
        this.states = new StateStore(request.cacheDir(), stamp, keepStateOnDisk);
    }

    /** Builds the site; throws a {@link DatelineException} holding every error found, the output left as it was. */
    public BuildResult build() {
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
        SiteSources sources = new SourceScanner(config.safety().maxFileBytes()).scan(source, problems);
        config = config.withSectionFiles(new SectionFiles().read(sources.sectionFiles(), request.drafts(), problems));
        String templatesFingerprint = Fingerprints.tree(sources.templatesDir());
        String staticFingerprint = Fingerprints.tree(sources.staticDir()); // image sizes are part of pages
        String dataFingerprint = Fingerprints.tree(source.resolve("data"));
        String inputs = problems.hasErrors() || !keyPages ? "" : Fingerprints.site(sources, stamp, configFingerprint,
                request.drafts() + " " + request.future(), request.output().toAbsolutePath().normalize().toString(),
                templatesFingerprint, staticFingerprint, dataFingerprint);
        mark = stage("load", sources.articles().size(), mark);
        List<Problem> notes = new java.util.ArrayList<>(); // warnings of this build only, not of the site
        Optional<SiteState> last = states.get(notes::add);
        if (last.isPresent() && last.get().covers(inputs, start)
                && Staging.isIntact(request.output(), source, last.get().manifest())) {
            List.of("render", "images", "assemble", "write").forEach(name -> stage(name, 0, System.nanoTime()));
            lastRendered = List.of();
            lastUnchanged = true;
            reporter.debug(() -> "nothing the site is made of changed since the last build, and its output is intact");
            return unchanged(last.get(), startNanos);
        }
        lastUnchanged = false;

        List<AuthorProfile> profiles = new AuthorData(config.safety().maxFileBytes()).read(source, problems);
        ImageSizer images = new ImageSizer(sources.staticDir(), imageCache(), config.images());
        SiteImages.checkPhotos(profiles, images, problems);
        Publication publication = new Publication(request.drafts(), request.future(), start);
        TemplateEngine engine = templates(sources.templatesDir(), templatesFingerprint);
        Shortcodes shortcodes = new Shortcodes(sources.articles().stream().map(SourceFile::relPath).toList(),
                new SiteShortcodes(sources.templatesDir(), engine));
        ArticleParser parser = new ArticleParser(new FrontMatterParser(new DateParser(config.timeZone()),
                BuildPipeline.authorNames(profiles)), markdown, shortcodes);
        // an article's result also depends on the shortcode templates, the authors file and which articles exist
        String articleFingerprint = Fingerprints.of(configFingerprint,
                Fingerprints.shortcodes(sources.templatesDir(), templatesFingerprint),
                dataFingerprint, staticFingerprint, String.join("\n",
                        sources.articles().stream().map(SourceFile::relPath).sorted().toList()));
        ArticleStage.Result done = new ArticleStage(source, articles, bodies, markdown, reporter)
                .run(workers, sources.articles(), config, articleFingerprint, publication, parser, images);
        problems.addAll(done.problems());
        int skipped = sources.articles().size() - done.rendered().size();
        sources = ArticleStage.withoutTexts(sources); // from here on, summaries are held, not the articles' texts
        mark = stage("render", done.parsed(), mark);

        Site site = new SiteAssembler(config, start).assemble(done.rendered(), profiles, problems);
        PageRenderer pages = new PageRenderer(engine, start, config, Optional.of(images));
        List<Route> routes = pages.routes(site, problems);
        RefLinks refs = new RefLinks(site.allArticles());
        // ref links resolve against every article's path, so every page's key depends on them
        String refsFingerprint = Fingerprints.of(site.allArticles().stream().map(a -> a.file() + "\t" + a.path())
                .sorted().toArray(String[]::new));
        org.dateline.template.TemplateReach reached = reach.orElseThrow();
        // _index.md files are configuration like site.yaml: a section's page decides links no page context spells out
        ContextKeys keys = new ContextKeys(stamp + "\n" + configFingerprint + "\n" + refsFingerprint + "\n"
                + staticFingerprint + "\n" + config.listing().sectionFiles(), done.keyed(), name -> reached.fingerprint(name)
                .orElse("every template " + templatesFingerprint));
        List<OutputFile> redirects = new RedirectPages(engine, sources.redirects()).files(site, routes.stream()
                .map(route -> new OutputFile(route.outputPath(), new byte[0], route.origin())).toList(), problems)
                .stream().map(refs::resolve).toList();
        List<CopiedFile> copies = new java.util.ArrayList<>(BuildPipeline.bundleCopies(site, sources.bundleFiles()));
        SiteImages.register(site, done.images(), images, config.basePath());
        ImageSizer.Produced resized = ImageSizer.Produced.of(workers.map(images.copies(), images::make));
        problems.addAll(resized.warnings());
        resized.files().forEach((path, file) -> copies.add(new CopiedFile(path, file, "(resized) static/" + path)));
        mark = stage("images", resized.files().size(), mark);
        PageFailures failures = new PageFailures();
        WriteReport written;
        int rendered;
        if (problems.hasErrors()) {
            // still render, to report every template error with the others; nothing is written
            workers.map(routes, route -> renderPage(pages, refs, route, failures));
            problems.addAll(failures.problems());
            stopIfErrors(problems);
        }
        Map<String, String> origins = new LinkedHashMap<>();
        routes.forEach(route -> origins.put(route.outputPath(), route.origin()));
        redirects.forEach(file -> origins.put(file.path(), file.origin()));
        List<String> routeKeys = workers.map(routes, route -> keyPages ? keys.key(route) : "");
        Map<String, String> keyByPath = new LinkedHashMap<>();
        for (int i = 0; i < routes.size(); i++) {
            keyByPath.put(routes.get(i).outputPath(), routeKeys.get(i));
        }
        redirects.forEach(file -> keyByPath.put(file.path(), OutputManifest.sha256(file.bytes())));
        if (Staging.isCurrent(request.output(), source, sources.staticDir(), copies, keyByPath, previousOutput())) {
            stage("assemble", 0, mark);
            stage("write", 0, System.nanoTime());
            lastRendered = List.of();
            return finish(problems, notes, done, site, routes, skipped, startNanos, inputs, start);
        }
        try (Staging staging = new Staging(request.output(), source, sources.staticDir(), copies, origins,
                previousOutput(), keyPages)) {
            java.util.concurrent.atomic.AtomicInteger pageCount = new java.util.concurrent.atomic.AtomicInteger();
            List<Boolean> renderedNow = workers.map(routes, route -> {
                reporter.progress("rendering pages", pageCount.incrementAndGet(), routes.size());
                String key = keyByPath.get(route.outputPath());
                if (staging.reuse(route.outputPath(), key)) {
                    return false;
                }
                renderPage(pages, refs, route, failures).ifPresent(bytes -> staging.write(route.outputPath(), key, bytes));
                return true;
            });
            redirects.forEach(file -> staging.write(file.path(), keyByPath.get(file.path()), file.bytes()));
            rendered = (int) renderedNow.stream().filter(Boolean::booleanValue).count();
            List<String> renderedPaths = new java.util.ArrayList<>();
            for (int i = 0; i < routes.size(); i++) {
                if (renderedNow.get(i)) {
                    renderedPaths.add(routes.get(i).outputPath());
                }
            }
            lastRendered = renderedPaths.stream().sorted().toList();
            problems.addAll(failures.problems());
            mark = stage("assemble", rendered, mark);
            stopIfErrors(problems);
            states.clear(reporter);
            written = staging.commit();
            manifest = Optional.of(staging.manifest());
            stage("write", staging.written(), mark);
        }
        return finish(problems, notes, done, site, routes, skipped, startNanos, inputs, start);
    }

    /** What the last build did, reported again: nothing it read has changed, and its output is intact. */
    private BuildResult unchanged(SiteState last, long startNanos) {
        manifest = Optional.of(last.manifest());
        last.warnings().forEach(reporter::warn);
        return new BuildResult(request.output(), last.articles(), last.skipped(), last.pages(),
                last.manifest().entries().size(), bytes(last.manifest()), Duration.ofNanos(System.nanoTime() - startNanos),
                last.warnings(), last.nextPublication(), last.nextExpiry());
    }

    private static long bytes(OutputManifest manifest) {
        return manifest.entries().values().stream().mapToLong(OutputManifest.Entry::size).sum();
    }

    /**
     * Forgets cache entries no article used, records the site's state for the next build, reports
     * warnings, and says what the build did.
     *
     * @param notes warnings about this build rather than the site (a damaged cache): not recorded
     */
    private BuildResult finish(Problems problems, List<Problem> notes, ArticleStage.Result done, Site site,
                               List<Route> routes, int skipped, long startNanos, String inputs, Instant start) {
        articles.retain(done.keys());
        List<Problem> siteWarnings = problems.warnings();
        int htmlPages = (int) routes.stream().filter(route -> route.outputPath().endsWith(".html")).count();
        Optional<Scheduled> nextPublication = done.scheduled().stream().min(Scheduled.EARLIEST);
        Optional<Scheduled> nextExpiry = nextExpiry(site);
        Instant horizon = Stream.of(nextPublication.map(Scheduled::at), nextExpiry.map(Scheduled::at),
                Sitemaps.nextChange(site, start)).flatMap(Optional::stream).min(Instant::compareTo).orElse(Instant.MAX);
        OutputManifest output = manifest.orElseThrow();
        states.put(new SiteState(inputs, start, horizon, site.allArticles().size(), skipped, htmlPages, siteWarnings,
                nextPublication, nextExpiry, output), reporter);
        notes.forEach(problems::add);
        int damaged = articles.takeDamaged();
        if (damaged > 0) {
            problems.add(Problem.warning(SourcePosition.of(request.cacheDir().map(Path::toString).orElse(CACHE_DIR)),
                    damaged + (damaged == 1 ? " cache entry was" : " cache entries were") + " damaged or unreadable,"
                            + " so those articles were rendered again", "nothing to do: the cache has been rewritten;"
                            + " if this repeats, check the disk or delete the folder"));
        }
        List<Problem> warnings = problems.warnings();
        warnings.forEach(reporter::warn);
        return new BuildResult(request.output(), site.allArticles().size(), skipped, htmlPages, output.entries().size(),
                bytes(output), Duration.ofNanos(System.nanoTime() - startNanos), warnings, nextPublication, nextExpiry);
    }

    /**
     * Builds again after {@code changed} (paths relative to the site folder) changed. Every input is
     * checked by its key whatever the list says, so a missed change cannot leave a stale page; the list
     * only tells the engine what it must reload (templates), and same failure contract as {@link #build()}.
     */
    public BuildResult rebuild(Collection<Path> changed) {
        if (changed.stream().anyMatch(path -> ChangeKind.of(path).filter(kind -> kind == ChangeKind.TEMPLATE).isPresent())) {
            templates = Optional.empty(); // Pebble caches compiled templates: a new engine reads them again
        }
        return build();
    }

    /** The output paths of the pages the last successful build rendered rather than reused, sorted. */
    List<String> lastRendered() {
        return lastRendered;
    }

    /** Whether the last build found, from the recorded site state alone, that nothing had changed. */
    boolean lastUnchanged() {
        return lastUnchanged;
    }

    @Override
    public void close() {
        workers.close();
        scratch.ifPresent(TempFolders::delete);
        bodies.close();
    }

    /** Where resized images are kept: {@code <cache dir>/images}, or a scratch folder without a cache. */
    private Path imageCache() {
        if (request.cacheDir().isPresent()) {
            return request.cacheDir().get().resolve(ImageSizer.CACHE_FOLDER);
        }
        if (scratch.isEmpty()) {
            try {
                scratch = Optional.of(TempFolders.create(TempFolders.systemRoot(), TempFolders.IMAGES));
            } catch (IOException e) {
                throw new DatelineException(Problem.error(SourcePosition.of(System.getProperty("java.io.tmpdir")), "cannot create a scratch folder"
                        + " for resized images: " + e.getMessage(), "check the space and permissions of the temp folder"));
            }
        }
        return scratch.get();
    }

    private TemplateEngine templates(Path templatesDir, String fingerprint) {
        if (templates.isEmpty() || reach.isEmpty() || !fingerprint.equals(loadedTemplates)) {
            templates = Optional.of(new TemplateEngine(templatesDir));
            reach = Optional.of(new org.dateline.template.TemplateReach(templatesDir));
            loadedTemplates = fingerprint;
        }
        return templates.get();
    }

    private void stopIfErrors(Problems problems) {
        if (problems.hasErrors()) {
            problems.warnings().forEach(reporter::warn);
            problems.throwIfErrors();
        }
    }

    /** What the live output holds: this engine's last build, else the state the cache kept. */
    private OutputManifest previousOutput() {
        if (manifest.isEmpty()) {
            manifest = states.get(problem -> { }).map(SiteState::manifest);
        }
        return manifest.orElse(OutputManifest.EMPTY);
    }

    /** The earliest {@code expires} of a listed article: then a rebuild takes it out of the listings. */
    private static Optional<Scheduled> nextExpiry(Site site) {
        return site.articles().stream()
                .flatMap(article -> article.content().meta().expires()
                        .map(expires -> new Scheduled(expires.toInstant(), article.file())).stream())
                .min(Scheduled.EARLIEST);
    }

    private static Optional<byte[]> renderPage(PageRenderer pages, RefLinks refs, Route route, PageFailures failures) {
        try {
            return Optional.of(refs.resolve(pages.render(route)).bytes());
        } catch (DatelineException e) {
            failures.add(e.problems(), route.outputPath());
            return Optional.empty();
        }
    }

    private long stage(String name, int count, long since) {
        long now = System.nanoTime();
        reporter.stage(name, count, Duration.ofNanos(now - since));
        return now;
    }
}
