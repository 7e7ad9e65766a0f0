package org.dateline.pipeline;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.config.SiteConfig;
import org.dateline.image.ImageSizer;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.Reporter;
import org.dateline.diag.SourcePosition;
import org.dateline.load.ArticleReader;
import org.dateline.load.ArticleSource;
import org.dateline.load.SourceFile;
import org.dateline.parse.ArticleMeta;
import org.dateline.parse.ArticleParser;
import org.dateline.parse.MarkdownParser;
import org.dateline.parse.ParsedArticle;
import org.dateline.render.ArticleBody;
import org.dateline.render.MarkdownRenderer;
import org.dateline.render.RenderedArticle;

/**
 * Parses and renders every article, in parallel with the time limit, taking what it can from the
 * {@link ArticleCache}: an article whose key (path, bytes, configuration, Dateline) is cached is
 * neither read nor parsed nor rendered. An article's text is read where it is parsed, on its worker
 * ({@link ArticleReader}), and is garbage once it is rendered: the build never holds every text. Whether it is published ({@code --drafts}, {@code --future}, the
 * clock) is decided afresh on every build, so a cached article still appears when its time comes.
 */
final class ArticleStage {

    /** What the stage gave: the published articles, the scheduled ones, every problem, the cache keys used. */
    record Result(List<RenderedArticle> rendered, List<Scheduled> scheduled, List<Problem> problems, Set<String> keys,
                  int parsed, IdentityHashMap<Object, String> keyed, java.util.Map<String, List<String>> images) {
    }

    private final Path root;
    private final ArticleCache cache;
    private final BodySpill bodies;
    private final MarkdownParser markdown;
    private final Reporter reporter;

    /**
     * @param root the site folder, where each article is read
     * @param bodies where the bodies of the articles rendered now are kept until a page shows them
     */
    ArticleStage(Path root, ArticleCache cache, BodySpill bodies, MarkdownParser markdown, Reporter reporter) {
        this.root = root;
        this.cache = cache;
        this.bodies = bodies;
        this.markdown = markdown;
        this.reporter = reporter;
    }

    Result run(Workers workers, List<ArticleSource> files, SiteConfig config, String configFingerprint,
               Publication publication, ArticleParser parser, ImageSizer images) {
        return run(workers, files, config, configFingerprint, publication, parser, images, java.util.Map.of());
    }

    /**
     * As above, each article of {@code recorded} (source paths) taken under that key, which the last
     * build made of the same path, digest and fingerprint ({@link SiteRecord}): not made again.
     */
    Result run(Workers workers, List<ArticleSource> files, SiteConfig config, String configFingerprint,
               Publication publication, ArticleParser parser, ImageSizer images, java.util.Map<String, String> recorded) {
        ArticleReader reader = new ArticleReader(root, config.safety().maxFileBytes());
        MarkdownRenderer renderer = new MarkdownRenderer(markdown.options(), config.safety(), config.basePath(),
                Optional.of(images));
        Duration limit = config.safety().articleTimeLimit();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<Optional<ArticleOutcome>> taken = taken(workers, files, recorded, publication, reader, parser, renderer,
                done);
        // a fresh start takes all 10,000 from the cache (each counted done): no pass over them to find none left
        List<ArticleSource> left = new ArrayList<>();
        for (int i = done.get() == files.size() ? files.size() : 0; i < files.size(); i++) {
            if (taken.get(i).isEmpty()) {
                left.add(files.get(i));
            }
        }
        // what the record's keys did not give is made (or looked up) as without a record, within the time limit;
        // an article looked up already is not looked up again (a damaged entry would count twice)
        List<ArticleOutcome> made = left.isEmpty() ? List.of() : workers.map(left, file -> {
            ArticleOutcome outcome = one(file, Optional.ofNullable(recorded.get(file.relPath())), configFingerprint,
                    parser, renderer, publication, reader, recorded.containsKey(file.relPath()));
            reporter.progress("rendering articles", done.incrementAndGet(), files.size());
            return outcome;
        }, limit, file -> overtime(file, limit));
        List<RenderedArticle> rendered = new ArrayList<>(files.size());
        List<Scheduled> scheduled = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>(files.size() * 2);
        IdentityHashMap<Object, String> keyed = new IdentityHashMap<>(files.size());
        java.util.Map<String, List<String>> bodyImages = new java.util.HashMap<>();
        List<ArticleOutcome> toCache = new ArrayList<>();
        java.util.Iterator<ArticleOutcome> next = made.iterator();
        // in the order of the files: each taken outcome in its place, the made ones between them
        for (Optional<ArticleOutcome> one : taken) {
            ArticleOutcome outcome = one.isPresent() ? one.get() : next.next();
            outcome.gather(rendered, scheduled, problems, keys, keyed, bodyImages);
            if (outcome.made().isPresent()) {
                toCache.add(outcome);
            }
        }
        // only now: an article given up for taking too long must not be cached by its abandoned thread
        if (!toCache.isEmpty()) {
            workers.map(toCache, outcome -> {
                cache.put(outcome.key().orElseThrow(), outcome.made().orElseThrow());
                return outcome;
            });
        }
        return new Result(rendered, scheduled, problems, keys, toCache.size(), keyed, bodyImages);
    }

    /**
     * The articles of {@code recorded} keys that the cache gives as they are (nothing to parse), each
     * in its place among {@code files}, empty for every other. They are looked up in a few chunks, one
     * worker job each: one job per article (its handoff to a worker and back, with a time limit no lookup
     * needs) cost more than the lookups themselves, 10,000 of them on a fresh start.
     */
    private List<Optional<ArticleOutcome>> taken(Workers workers, List<ArticleSource> files,
                                                 java.util.Map<String, String> recorded, Publication publication,
                                                 ArticleReader reader, ArticleParser parser, MarkdownRenderer renderer,
                                                 java.util.concurrent.atomic.AtomicInteger done) {
        if (recorded.isEmpty()) {
            return java.util.Collections.nCopies(files.size(), Optional.empty());
        }
        int size = Math.max(1, (files.size() + CHUNKS - 1) / CHUNKS);
        List<List<ArticleSource>> chunks = new ArrayList<>();
        for (int from = 0; from < files.size(); from += size) {
            chunks.add(files.subList(from, Math.min(files.size(), from + size)));
        }
        List<Optional<ArticleOutcome>> taken = new ArrayList<>(files.size());
        workers.map(chunks, chunk -> {
            List<Optional<ArticleOutcome>> found = new ArrayList<>(chunk.size());
            for (ArticleSource file : chunk) {
                found.add(taken(file, recorded.get(file.relPath()), publication, reader, parser, renderer));
                if (found.get(found.size() - 1).isPresent()) {
                    reporter.progress("rendering articles", done.incrementAndGet(), files.size());
                }
            }
            return found;
        }).forEach(taken::addAll);
        return taken;
    }

    /** Enough chunks to keep every core busy on most machines, few enough that their handoffs cost nothing. */
    private static final int CHUNKS = 64;

    /** {@code file}'s outcome as the cache gives it under the recorded {@code key}, or empty (one article a call: compiled). */
    private Optional<ArticleOutcome> taken(ArticleSource file, String key, Publication publication, ArticleReader reader,
                                           ArticleParser parser, MarkdownRenderer renderer) {
        return key == null ? Optional.empty()
                : cached(file, key, publication, new Again(file, key, reader, parser, renderer));
    }

    /** {@code file}'s outcome as the cache gives it under {@code key}, when it holds all a build needs (nothing to parse). */
    private Optional<ArticleOutcome> cached(ArticleSource file, String key, Publication publication, Again again) {
        return cached(file, key, cache.get(key), publication, again);
    }

    private Optional<ArticleOutcome> cached(ArticleSource file, String key, Optional<CachedArticle> cached,
                                            Publication publication, Again again) {
        if (cached.isPresent() && (cached.get().rendered().isPresent() || !publication.includes(cached.get().meta()))
                && cached.get().holdsWith(again.parser()::articleList)) {
            return Optional.of(outcome(file, key, cached.get(), publication, Optional.empty(), again));
        }
        return Optional.empty();
    }

    /** Which articles existed, for a cache entry of {@code parsed}, when a shortcode of it looked one up ({@link CachedArticle#articleList}). */
    private static Optional<String> articleList(ParsedArticle parsed, ArticleParser parser) {
        return parsed.readsArticles() ? Optional.of(parser.articleList()) : Optional.empty();
    }

    /** @param looked whether the cache was asked for {@code recorded}'s entry already, and gave none to take */
    private ArticleOutcome one(ArticleSource file, Optional<String> recorded, String configFingerprint,
                               ArticleParser parser, MarkdownRenderer renderer, Publication publication,
                               ArticleReader reader, boolean looked) {
        Optional<SourceFile> text = Optional.empty();
        String key;
        if (recorded.isPresent()) {
            key = recorded.get();
        } else if (file.quick() && cache.lasting()) {
            // the scan's digest dies with the build; a key kept on disk is made of the lasting one
            try {
                ArticleReader.Lasting read = reader.readLasting(file);
                text = Optional.of(read.file());
                key = cache.key(file.relPath(), read.digest(), configFingerprint);
            } catch (DatelineException e) {
                return ArticleOutcome.failed(e.problems());
            }
        } else {
            key = cache.key(file.relPath(), file.digest(), configFingerprint);
        }
        // an entry made when other articles existed, for an article that looks them up: the one for those that do
        Optional<CachedArticle> entry = looked ? cache.known(key) : cache.get(key);
        if (entry.isPresent() && !entry.get().holdsWith(parser::articleList)) {
            key = CachedArticle.keyFor(key, parser.articleList());
            entry = cache.get(key);
        }
        Again again = new Again(file, key, reader, parser, renderer);
        Optional<ArticleOutcome> cached = cached(file, key, entry, publication, again);
        if (cached.isPresent()) {
            return cached.get();
        }
        try {
            ParsedArticle parsed = parser.parse(text.isPresent() ? text.get() : reader.read(file));
            Optional<String> articleList = articleList(parsed, parser);
            CachedArticle made = publication.includes(parsed.meta())
                    ? CachedArticle.rendered(parsed.meta(), parsed.warnings(), renderer.render(parsed), bodies, key,
                            articleList)
                    : new CachedArticle(parsed.meta(), parsed.warnings(), Optional.empty(), List.of(), articleList);
            return outcome(file, key, made, publication, Optional.of(made), again);
        } catch (DatelineException e) {
            return ArticleOutcome.failed(e.problems());
        } catch (StackOverflowError e) {
            return ArticleOutcome.failed(List.of(Problem.error(SourcePosition.of(file.relPath()),
                    "article is nested too deeply to render", "reduce the nesting of lists, quotes, brackets or emphasis")));
        } catch (RuntimeException | LinkageError | AssertionError e) {
            throw new IllegalStateException("internal error while rendering " + file.relPath(), e);
        }
    }

    private ArticleOutcome outcome(ArticleSource file, String key, CachedArticle article, Publication publication,
                                   Optional<CachedArticle> made, Again again) {
        ArticleMeta meta = article.meta();
        if (!publication.includes(meta)) {
            reporter.debug(() -> "skipped " + file.relPath() + " (" + publication.reason(meta) + ")");
            Optional<Scheduled> scheduled = publication.scheduled(meta)
                    ? Optional.of(new Scheduled(meta.published().toInstant(), file.relPath()))
                    : Optional.empty();
            // its warnings still count (an ambiguous time, say): better now than when it is published
            return new ArticleOutcome(Optional.empty(), scheduled, article.parseWarnings(), Optional.of(key), made,
                    List.of());
        }
        RenderedArticle kept = article.rendered().orElseThrow();
        RenderedArticle rendered = kept.withBody(new ArticleBody(key, new Recovering(kept.body(), again)));
        return new ArticleOutcome(Optional.of(rendered), Optional.empty(), rendered.warnings(), Optional.of(key), made,
                article.images());
    }

    /**
     * How to render an article again, from its file, which is read again (the build does not keep
     * every article's text): only if its bytes are still the ones the key was made of.
     */
    private record Again(ArticleSource file, String key, ArticleReader reader, ArticleParser parser,
                         MarkdownRenderer renderer) {
        String relPath() {
            return file.relPath();
        }
    }

    /**
     * An article's body as the cache or the scratch file keeps it, or, if that turns out damaged or
     * unreadable when a page shows it, the article rendered again (counted as one damaged entry, and
     * cached anew) as a damaged entry found earlier would have been.
     */
    private final class Recovering implements ArticleBody.Loader {
        private final ArticleBody stored;
        private final Again how;
        private volatile ArticleBody again;

        Recovering(ArticleBody stored, Again how) {
            this.stored = stored;
            this.how = how;
        }

        @Override
        public String load() {
            return read(ArticleBody::html);
        }

        /** As {@link #load}, the bytes when the body at hand keeps them (null when it keeps text). */
        @Override
        public byte[] loadUtf8() {
            return read(ArticleBody::utf8);
        }

        /**
         * What {@code part} reads of the body rendered again, if it was; else of the stored one, which is
         * rendered again when it cannot be read.
         */
        private <T> T read(java.util.function.Function<ArticleBody, T> part) {
            ArticleBody known = again;
            if (known != null) {
                return part.apply(known);
            }
            try {
                return part.apply(stored);
            } catch (UncheckedIOException e) {
                return part.apply(renderAgain(e.getCause() instanceof java.nio.file.NoSuchFileException));
            }
        }

        /**
         * @param missing whether the body's file is gone rather than damaged: an entry the summaries
         *     pack still holds for an article edited back to an earlier text, say, rendered again silently as
         *     a missing entry is
         */
        private synchronized ArticleBody renderAgain(boolean missing) {
            if (again == null) {
                reporter.debug(() -> "the stored body of " + how.relPath() + " is " + (missing ? "gone" : "damaged")
                        + "; rendering it again");
                if (!missing) {
                    cache.damagedBody();
                }
                SourceFile file = how.reader().read(how.file(), "the article changed while the site was being built,"
                        + " and its stored body was damaged");
                ParsedArticle parsed = how.parser().parse(file);
                CachedArticle made = CachedArticle.rendered(parsed.meta(), parsed.warnings(),
                        how.renderer().render(parsed), bodies, how.key(), articleList(parsed, how.parser()));
                cache.put(how.key(), made);
                again = made.rendered().orElseThrow().body();
            }
            return again;
        }
    }

    private ArticleOutcome overtime(ArticleSource file, Duration limit) {
        reporter.debug(() -> "gave up on " + file.relPath() + " after " + seconds(limit) + "; its thread was replaced");
        return ArticleOutcome.failed(List.of(Problem.error(SourcePosition.of(file.relPath()),
                "article took longer than " + seconds(limit) + " to parse and render, so it was stopped",
                "look for very long or very deeply nested Markdown, or raise `article_time_limit` in site.yaml")));
    }

    /** {@code 5 s}, {@code 0.25 s}. */
    static String seconds(Duration duration) {
        return java.math.BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }

    /**
     * What one article gave: the article (unless it failed or is left out), the moment it is
     * scheduled for, its problems, its cache key (none when it failed), and what to cache when it was
     * parsed in this build rather than taken from the cache.
     */
    private record ArticleOutcome(Optional<RenderedArticle> article, Optional<Scheduled> scheduled,
                                  List<Problem> problems, Optional<String> key, Optional<CachedArticle> made,
                                  List<String> images) {
        ArticleOutcome {
            problems = List.copyOf(problems);
        }

        /** Adds what this gave to the stage's lists (one outcome a call: compiled, where a loop run once is not). */
        void gather(List<RenderedArticle> rendered, List<Scheduled> schedule, List<Problem> allProblems,
                    Set<String> keys, IdentityHashMap<Object, String> keyed, java.util.Map<String, List<String>> bodyImages) {
            allProblems.addAll(problems);
            if (article.isPresent()) {
                rendered.add(article.get());
                if (!images.isEmpty()) { // most articles show none; every reader defaults to none
                    bodyImages.put(article.get().file(), images);
                }
                // the cache key determines the rendered article (and its body, keyed by it): page keys use it
                keyed.put(article.get(), key.orElseThrow());
            }
            this.scheduled.ifPresent(schedule::add);
            key.ifPresent(keys::add);
        }

        static ArticleOutcome failed(List<Problem> problems) {
            return new ArticleOutcome(Optional.empty(), Optional.empty(), problems, Optional.empty(), Optional.empty(),
                    List.of());
        }
    }
}
