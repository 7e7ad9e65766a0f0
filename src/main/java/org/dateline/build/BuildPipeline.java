package org.dateline.build;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dateline.assemble.OutputFile;
import org.dateline.assemble.PageRenderer;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;
import org.dateline.assemble.SiteAssembler;
import org.dateline.assemble.SiteOutput;
import org.dateline.config.ConfigLoader;
import org.dateline.config.SiteConfig;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.diag.Reporter;
import org.dateline.diag.SourcePosition;
import org.dateline.load.AuthorData;
import org.dateline.load.AuthorProfile;
import org.dateline.load.SiteSources;
import org.dateline.load.SourceFile;
import org.dateline.load.SourceScanner;
import org.dateline.parse.ArticleParser;
import org.dateline.parse.DateParser;
import org.dateline.parse.FrontMatterParser;
import org.dateline.parse.MarkdownParser;
import org.dateline.parse.ParsedArticle;
import org.dateline.render.MarkdownRenderer;
import org.dateline.render.RenderedArticle;
import org.dateline.template.TemplateEngine;
import org.dateline.write.OutputWriter;
import org.dateline.write.WriteReport;

/**
 * The composition root of a build: load → parse and render (per article, in parallel) → assemble
 * → write. Every problem in the site is collected; if any is an error the build stops before
 * writing, so the previous output stays as it was.
 */
public final class BuildPipeline {

    private final Reporter reporter;
    private final int threads;

    public BuildPipeline(Reporter reporter, int threads) {
        this.reporter = Objects.requireNonNull(reporter, "reporter");
        this.threads = threads;
    }

    public BuildPipeline(Reporter reporter) {
        this(reporter, Runtime.getRuntime().availableProcessors());
    }

    /** Builds the site; throws a {@link DatelineException} holding every error found. */
    public BuildResult build(BuildRequest request) {
        Instant start = request.clock().instant();
        long startNanos = System.nanoTime();
        Problems problems = new Problems();
        Path source = request.source().toAbsolutePath().normalize();

        SiteConfig config = new ConfigLoader().load(source, problems);
        if (request.baseUrl().isPresent()) {
            config = new ConfigLoader().withBaseUrl(config, request.baseUrl().get());
        }
        long mark = System.nanoTime();
        SiteSources sources = new SourceScanner(config.safety().maxFileBytes()).scan(source, problems);
        mark = stage("load", sources.articles().size(), mark);

        List<AuthorProfile> profiles = new AuthorData(config.safety().maxFileBytes()).read(source, problems);
        MarkdownParser markdown = new MarkdownParser();
        ArticleParser parser = new ArticleParser(new FrontMatterParser(new DateParser(config.timeZone())), markdown);
        MarkdownRenderer renderer = new MarkdownRenderer(markdown.options());
        Publication publication = new Publication(request.drafts(), request.future(), start);
        List<RenderedArticle> rendered = new ArrayList<>();
        List<Scheduled> scheduled = new ArrayList<>();
        try (Workers workers = new Workers(threads)) {
            List<Outcome> results = workers.map(sources.articles(),
                    file -> renderOne(file, parser, renderer, publication, problems));
            for (Outcome result : results) {
                result.rendered().ifPresent(rendered::add);
                result.scheduled().ifPresent(scheduled::add);
            }
            int skipped = sources.articles().size() - rendered.size();
            mark = stage("render", rendered.size(), mark);

            Site site = new SiteAssembler(config, start).assemble(rendered, profiles, problems);
            PageRenderer pages = new PageRenderer(new TemplateEngine(sources.templatesDir()), start, config);
            List<Route> routes = pages.routes(site, problems);
            PageFailures failures = new PageFailures();
            List<Optional<OutputFile>> files = workers.map(routes, route -> renderPage(pages, route, failures));
            problems.addAll(failures.problems());
            mark = stage("assemble", routes.size(), mark);
            if (problems.hasErrors()) {
                problems.warnings().forEach(reporter::warn);
                problems.throwIfErrors();
            }

            SiteOutput output = new SiteOutput(files.stream().flatMap(Optional::stream).toList());
            WriteReport written = new OutputWriter().write(output, sources.staticDir(), request.output(), source);
            stage("write", written.files(), mark);
            List<Problem> warnings = problems.warnings();
            warnings.forEach(reporter::warn);
            int htmlPages = (int) output.files().stream().filter(file -> file.path().endsWith(".html")).count();
            return new BuildResult(request.output(), site.allArticles().size(), skipped, htmlPages,
                    written.files(), written.bytes(), Duration.ofNanos(System.nanoTime() - startNanos), warnings,
                    scheduled.stream().min(Scheduled.EARLIEST), nextExpiry(site));
        }
    }

    /** The earliest {@code expires} of a listed article: then a rebuild takes it out of the listings. */
    private static Optional<Scheduled> nextExpiry(Site site) {
        return site.articles().stream()
                .flatMap(article -> article.content().meta().expires()
                        .map(expires -> new Scheduled(expires.toInstant(), article.file())).stream())
                .min(Scheduled.EARLIEST);
    }

    /** One article's result: rendered, or left out (and then perhaps scheduled for a later build). */
    private record Outcome(Optional<RenderedArticle> rendered, Optional<Scheduled> scheduled) {
        static final Outcome NONE = new Outcome(Optional.empty(), Optional.empty());
    }

    private Outcome renderOne(SourceFile file, ArticleParser parser, MarkdownRenderer renderer,
                              Publication publication, Problems problems) {
        try {
            ParsedArticle parsed = parser.parse(file);
            if (!publication.includes(parsed.meta())) {
                reporter.debug(() -> "skipped " + file.relPath() + " (" + publication.reason(parsed.meta()) + ")");
                return new Outcome(Optional.empty(), publication.scheduled(parsed.meta())
                        ? Optional.of(new Scheduled(parsed.meta().published().toInstant(), file.relPath()))
                        : Optional.empty());
            }
            return new Outcome(Optional.of(renderer.render(parsed)), Optional.empty());
        } catch (DatelineException e) {
            problems.addAll(e.problems());
        } catch (StackOverflowError e) {
            problems.add(Problem.error(SourcePosition.of(file.relPath()), "article is nested too deeply to render",
                    "reduce the nesting of lists, quotes, brackets or emphasis"));
        } catch (RuntimeException e) {
            throw new IllegalStateException("internal error while rendering " + file.relPath(), e);
        }
        return Outcome.NONE;
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
