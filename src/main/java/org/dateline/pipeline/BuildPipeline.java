package org.dateline.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.dateline.assemble.OutputFile;
import org.dateline.pages.PageRenderer;
import org.dateline.pages.RedirectPages;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;
import org.dateline.assemble.SiteAssembler;
import org.dateline.assemble.SiteOutput;
import org.dateline.config.ConfigLoader;
import org.dateline.config.SiteConfig;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problems;
import org.dateline.diag.Reporter;
import org.dateline.image.ImageSizer;
import org.dateline.load.AuthorData;
import org.dateline.load.AuthorProfile;
import org.dateline.load.SiteSources;
import org.dateline.load.ArticleSource;
import org.dateline.load.SourceScanner;
import org.dateline.parse.ArticleParser;
import org.dateline.parse.DateParser;
import org.dateline.parse.Shortcodes;
import org.dateline.parse.FrontMatterParser;
import org.dateline.parse.MarkdownParser;
import org.dateline.parse.SectionFiles;
import org.dateline.render.RenderedArticle;
import org.dateline.template.TemplateEngine;
import org.dateline.assemble.Article;
import org.dateline.load.BundleFile;
import org.dateline.write.CopiedFile;

/**
 * The composition root of a build: load → parse and render (per article, in parallel) → assemble
 * → write. Every problem in the site is collected; if any is an error the build stops before
 * writing, so the previous output stays as it was.
 */
public final class BuildPipeline {

    private final Reporter reporter;
    private final int threads;
    private final Ticker ticker;

    public BuildPipeline(Reporter reporter, int threads) {
        this(reporter, threads, Ticker.SYSTEM);
    }

    /** With the {@code ticker} that times {@code article_time_limit}: tests drive it by hand. */
    BuildPipeline(Reporter reporter, int threads, Ticker ticker) {
        this.reporter = Objects.requireNonNull(reporter, "reporter");
        this.threads = threads;
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    public BuildPipeline(Reporter reporter) {
        this(reporter, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Builds the site through a one-shot {@link Engine} (the persistent cache, when the request has
     * one, still makes it fast); throws a {@link DatelineException} holding every error found.
     */
    public BuildResult build(BuildRequest request) {
        try (Engine engine = new Engine(request, reporter, threads, request.cacheDir().isPresent(), ticker)) {
            return engine.build();
        }
    }

    /**
     * Does everything a build does but write: nothing in the output folder is touched. Adds the
     * checks of {@link SiteChecker} (links, images, editorial rules) to the build's own problems and
     * returns them all; only a broken configuration throws.
     */
    public CheckResult check(BuildRequest request) {
        Problems problems = new Problems();
        try (Workers workers = new Workers(threads, ticker)) {
            Prepared prepared = prepare(request, problems, workers);
            List<String> bundled = bundleCopies(prepared.site(), prepared.sources().bundleFiles()).stream()
                    .map(CopiedFile::path).toList();
            SiteChecker.Counts counts = new SiteChecker(prepared.parser(), prepared.sources(), prepared.maxFileBytes(),
                    prepared.output(), bundled, request.clock().instant()).check(prepared.site(), problems);
            return new CheckResult(prepared.site().allArticles().size(), prepared.skipped(), counts.internalLinks(),
                    counts.externalLinks(), problems.sorted());
        }
    }

    /** What a build has before it writes: the pages and redirects in memory. */
    private record Prepared(SiteSources sources, long maxFileBytes, ArticleParser parser, Site site, SiteOutput output,
                            int skipped, List<Scheduled> scheduled, ImageSizer images) {
    }

    /** Loads, parses, renders and assembles the site in memory; problems are collected, not thrown. */
    private Prepared prepare(BuildRequest request, Problems problems, Workers workers) {
        Instant start = request.clock().instant();
        Path source = request.source().toAbsolutePath().normalize();

        ConfigLoader configs = new ConfigLoader();
        SiteConfig config = configs.load(source, problems);
        if (request.baseUrl().isPresent()) {
            config = configs.withBaseUrl(config, request.baseUrl().get());
        }
        long mark = System.nanoTime();
        SiteSources sources = new SourceScanner(config.safety().maxFileBytes()).scan(source, problems);
        config = config.withSectionFiles(new SectionFiles().read(sources.sectionFiles(), request.drafts(), problems));
        mark = stage("load", sources.articles().size(), mark);

        List<AuthorProfile> profiles = new AuthorData(config.safety().maxFileBytes()).read(source, problems);
        ImageSizer images = new ImageSizer(sources.staticDir(), imageCache(source), config.images());
        SiteImages.checkPhotos(profiles, images, problems);
        MarkdownParser markdown = new MarkdownParser();
        Shortcodes shortcodes = new Shortcodes(sources.articles().stream().map(ArticleSource::relPath).toList(),
                new SiteShortcodes(sources.templatesDir(), new TemplateEngine(sources.templatesDir())));
        ArticleParser parser = new ArticleParser(new FrontMatterParser(new DateParser(config.timeZone()),
                authorNames(profiles)), markdown, shortcodes);
        Publication publication = new Publication(request.drafts(), request.future(), start);
        // the engine's article stage, with no cache: check reads nothing from a previous build
        ArticleStage.Result done = new ArticleStage(source, new ArticleCache(Optional.empty(), ""), BodySpill.inMemory(), markdown, reporter)
                .run(workers, sources.articles(), config, "", publication, parser, images);
        problems.addAll(done.problems());
        List<RenderedArticle> rendered = done.rendered();
        List<Scheduled> scheduled = done.scheduled();
        int skipped = sources.articles().size() - rendered.size();
        mark = stage("render", rendered.size(), mark);

        Site site = new SiteAssembler(config, start).assemble(rendered, profiles, problems);
        TemplateEngine templates = new TemplateEngine(sources.templatesDir());
        PageRenderer pages = new PageRenderer(templates, start, config, Optional.of(images));
        List<Route> routes = pages.routes(site, problems);
        PageFailures failures = new PageFailures();
        AtomicInteger pageCount = new AtomicInteger();
        List<Optional<OutputFile>> files = workers.map(routes, route -> {
            Optional<OutputFile> page = renderPage(pages, route, failures);
            reporter.progress("rendering pages", pageCount.incrementAndGet(), routes.size());
            return page;
        });
        problems.addAll(failures.problems());
        List<OutputFile> made = new ArrayList<>(files.stream().flatMap(Optional::stream).toList());
        made.addAll(new RedirectPages(templates, sources.redirects()).files(site, made, problems));
        stage("assemble", routes.size(), mark);
        return new Prepared(sources, config.safety().maxFileBytes(), parser, site, new SiteOutput(made), skipped, scheduled, images);
    }

    /**
     * Where resized images are kept between builds: {@code <cache dir>/images}, the cache dir being
     * {@code .dateline-cache} in the site folder.
     */
    private static Path imageCache(Path source) {
        return source.resolve(".dateline-cache").resolve(ImageSizer.CACHE_FOLDER);
    }

    /** Each page bundle's files, next to its article's page (in the page's folder). */
    static List<CopiedFile> bundleCopies(Site site, List<BundleFile> files) {
        if (files.isEmpty()) {
            return List.of(); // no bundles (most sites): no pass over every article
        }
        Map<String, String> folders = new java.util.HashMap<>();
        for (Article article : site.allArticles()) {
            String output = article.outputPath();
            folders.put(article.file(), output.contains("/") ? output.substring(0, output.lastIndexOf('/') + 1) : "");
        }
        List<CopiedFile> copies = new ArrayList<>();
        for (BundleFile file : files) {
            String folder = folders.get(file.article());
            if (folder != null) { // a draft's or a failed article's files are not published
                String origin = file.article().substring(0, file.article().lastIndexOf('/') + 1) + file.name();
                copies.add(new CopiedFile(folder + file.name(), file.file(), origin));
            }
        }
        return copies;
    }

    /** The names bylines show for entries of the authors file, by the slug of the key they may be named by. */
    static Map<String, String> authorNames(List<AuthorProfile> profiles) {
        Map<String, String> names = new java.util.HashMap<>();
        profiles.stream().filter(p -> !p.name().isEmpty())
                .forEach(p -> names.putIfAbsent(org.dateline.parse.Slugs.slugify(p.key()), p.name()));
        return names;
    }

    private static Optional<OutputFile> renderPage(PageRenderer pages, Route route, PageFailures failures) {
        try {
            return Optional.of(pages.render(route));
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
