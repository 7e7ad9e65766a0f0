package org.dateline.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.dateline.assemble.OutputFile;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;
import org.dateline.assemble.SiteAssembler;
import org.dateline.config.SiteConfig;
import org.dateline.diag.Problems;
import org.dateline.diag.Reporter;
import org.dateline.image.ImageSizer;
import org.dateline.load.ArticleSource;
import org.dateline.load.AuthorData;
import org.dateline.load.AuthorProfile;
import org.dateline.load.SiteSources;
import org.dateline.pages.PageRenderer;
import org.dateline.pages.RedirectPages;
import org.dateline.parse.ArticleParser;
import org.dateline.parse.DateParser;
import org.dateline.parse.FrontMatterParser;
import org.dateline.parse.MarkdownParser;
import org.dateline.parse.Shortcodes;
import org.dateline.template.TemplateEngine;
import org.dateline.write.CopiedFile;

/**
 * The whole way of a build up to the pages' keys: the articles (from the cache where it can), the
 * site assembled from them, its routes, redirect pages and copied files, and what the pages are keyed
 * with. {@link Engine} makes it for every build that is not quick; {@link FreshStart} makes the last
 * build's again, from the cache, with routes it need not make.
 */
final class SiteModel {

    /**
     * What was made. See {@link BodyEdits.Warm} for {@code salt} and {@code templateKeys}.
     *
     * @param engine the templates, for the pages the build renders
     * @param parser how articles are parsed (a quick rebuild parses the edited ones with it)
     * @param articleFingerprint what every article's cache key depends on besides its own bytes
     * @param record the {@link SiteRecord} the site was put together from, if it was
     */
    record Made(PlannedBuild plan, TemplateEngine engine, ArticleParser parser, ImageSizer images,
                String articleFingerprint, String salt, Function<String, String> templateKeys,
                Optional<SiteRecord> record) {
    }

    /** The fingerprints a build loaded: see {@link SiteInputs.Loaded}. */
    record Prints(String config, String templates, String statics, String data) {
    }

    /** Reports the end of a stage with its count, as {@code -v} shows it. */
    interface Stages {
        void stage(String name, int count);
    }

    private final EngineResources resources;
    private final ArticleCache articles;
    private final MarkdownParser markdown;
    private final Workers workers;
    private final Reporter reporter;
    private final String stamp;

    SiteModel(EngineResources resources, ArticleCache articles, MarkdownParser markdown, Workers workers,
              Reporter reporter, String stamp) {
        this.resources = resources;
        this.articles = articles;
        this.markdown = markdown;
        this.workers = workers;
        this.reporter = reporter;
        this.stamp = stamp;
    }

    /**
     * Readies a fresh start's work ahead, each on a thread of its own: the summaries pack read (every
     * cached article is looked up in it) and the parser warmed up for the edited articles
     * ({@link ParserWarmUp}).
     */
    void ahead(SiteConfig config) {
        articles.prefetch();
        ParserWarmUp.start(markdown, config);
    }

    /** See {@link ArticleCache#found}: the cache entries of {@code keys} are on disk, as the last build left them. */
    void found(java.util.Set<String> keys) {
        articles.found(keys);
    }

    /**
     * Makes the site of {@code files} (the sources' articles, or others of the same paths) and its
     * routes with {@code routes}; every problem goes to {@code problems}.
     *
     * @param inputs the fingerprint of every input ({@link SiteState#inputs()})
     */
    Made make(Path source, SiteSources sources, List<ArticleSource> files, SiteConfig config, Prints prints,
              Publication publication, String inputs, java.time.Instant start, Problems problems,
              BiFunction<PageRenderer, Site, List<Route>> routes, Stages stages) {
        return make(source, sources, files, config, prints, publication, inputs, start, problems, routes, stages,
                Optional.empty());
    }

    /**
     * As above, for a fresh start with the last build's {@code record} ({@link SiteRecord}, of this
     * build's state): the articles are taken under their recorded keys and the site put together from
     * the recorded lists, unless the articles turn out to be other than the recorded ones, when the site is
     * assembled as without a record.
     */
    Made make(Path source, SiteSources sources, List<ArticleSource> files, SiteConfig config, Prints prints,
              Publication publication, String inputs, java.time.Instant start, Problems problems,
              BiFunction<PageRenderer, Site, List<Route>> routes, Stages stages, Optional<SiteRecord> record) {
        List<AuthorProfile> profiles = new AuthorData(config.safety().maxFileBytes()).read(source, problems);
        ImageSizer images = new ImageSizer(sources.staticDir(), resources.imageCache(), config.images());
        SiteImages.checkPhotos(profiles, images, problems);
        TemplateEngine engine = resources.templates(sources.templatesDir(), prints.templates());
        Shortcodes shortcodes = new Shortcodes(files.stream().map(ArticleSource::relPath).toList(),
                new SiteShortcodes(sources.templatesDir(), engine));
        ArticleParser parser = new ArticleParser(new FrontMatterParser(new DateParser(config.timeZone()),
                BuildPipeline.authorNames(profiles)), markdown, shortcodes);
        // an article's result also depends on the shortcode templates and the authors file (the record's was made
        // of the same: its build's inputs are this one's); on which articles exist only when a shortcode of it looked
        // one up, which its cache entry says (CachedArticle#articleList): an article added or deleted leaves the
        // others cached
        String articleFingerprint = record.isPresent() ? record.get().articleFingerprint() : Fingerprints.of(
                prints.config(), Fingerprints.shortcodes(sources.templatesDir(), prints.templates()),
                prints.data(), prints.statics());
        ArticleStage.Result done = new ArticleStage(source, articles, resources.bodies(), markdown, reporter)
                .run(workers, files, config, articleFingerprint, publication, parser, images,
                        record.flatMap(recorded -> recorded.keys(files)).orElse(java.util.Map.of()));
        problems.addAll(done.problems());
        int skipped = files.size() - done.rendered().size();
        stages.stage("render", done.parsed());

        // _index.md files are configuration like site.yaml: a section's page decides links no page context spells out
        String saltStart = stamp + "\n" + prints.config() + "\n";
        String saltEnd = "\n" + prints.statics() + "\n" + config.listing().sectionFiles();
        Optional<Site> recorded = record.filter(kept -> kept.salt().startsWith(saltStart) && kept.salt().endsWith(saltEnd))
                .flatMap(kept -> kept.site(files, done.rendered(), config, profiles, problems));
        recorded.ifPresent(site -> reporter.debug(() -> "the site is the last build's, as its record holds it ("
                + site.articles().size() + " articles listed)"));
        Site site = recorded.orElseGet(() -> new SiteAssembler(config, start, workers).assemble(done.rendered(),
                profiles, problems));
        PageRenderer pages = new PageRenderer(engine, start, config, Optional.of(images), workers);
        List<Route> made = routes.apply(pages, site);
        RefLinks refs = new RefLinks(site.allArticles());
        org.dateline.template.TemplateReach reached = resources.reach();
        // links to other articles are not in it: a page holding some is keyed with their print (ContextKeys#linked)
        String salt = recorded.isPresent() ? record.get().salt() : saltStart + saltEnd;
        Function<String, String> templateKeys = name -> reached.fingerprint(name)
                .orElse("every template " + prints.templates());
        List<OutputFile> redirects = new RedirectPages(engine, sources.redirects()).files(site, () -> made.stream()
                .map(route -> new OutputFile(route.outputPath(), new byte[0], route.origin())).toList(), problems)
                .stream().map(refs::resolve).toList();
        List<CopiedFile> copies = new ArrayList<>(BuildPipeline.bundleCopies(site, sources.bundleFiles()));
        SiteImages.register(site, done.images(), images, config.basePath());
        ImageSizer.Produced resized = ImageSizer.Produced.of(workers.map(images.copies(), images::make));
        problems.addAll(resized.warnings());
        resized.files().forEach((path, file) -> copies.add(new CopiedFile(path, file, "(resized) static/" + path)));
        stages.stage("images", resized.files().size());
        PlannedBuild plan = new PlannedBuild(source, sources.staticDir(), done, site, pages, made, refs, redirects,
                copies, skipped, inputs, start);
        return new Made(plan, engine, parser, images, articleFingerprint, salt, templateKeys,
                record.filter(kept -> recorded.isPresent()));
    }
}
