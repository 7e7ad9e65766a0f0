package org.dateline.pipeline;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.config.SiteConfig;
import org.dateline.load.ArticleReader;
import org.dateline.load.ArticleSource;
import org.dateline.parse.MarkdownParser;
import org.dateline.parse.ParsedArticle;
import org.dateline.render.MarkdownRenderer;
import org.dateline.render.RenderedArticle;

/**
 * Parses and renders articles as an edit's quick way does ({@link BodyEdits}), and throws the result
 * away, so that the JIT compiles that way before the first edit needs it. A dev server whose first
 * build took its articles from the cache has never run flexmark, the renderer's transforms or the
 * cache's encoder in its JVM, and its first edits would run them in the interpreter. (At 10,000
 * articles a body edit after such a start took 245–276 ms against 158 ms after a first build that
 * parsed every article; most of an edit's time, though, goes to the quick way's bookkeeping over
 * the whole site (copies of its maps, the patched site, the pages' views), which this does not run.)
 *
 * <p>Changes nothing: it reads the articles' files, and writes neither output nor cache nor scratch
 * files, and leaves the engine's state as it was (the rendered bodies are not spilled, body images
 * are not inspected). Each article runs on the engine's workers under {@code article_time_limit}, as
 * in a build. Meant to run in small {@linkplain #step steps} between edits, on the thread that builds.
 */
public final class WarmUp {

    /** How many articles the last build and its warm-up parse and render together (at most the site's). */
    static final int ARTICLES = 300;

    private final List<ArticleSource> files;
    private final BodyEdits.Warm warm;
    private final Workers workers;
    private final ArticleReader reader;
    private final MarkdownRenderer renderer;
    private final Duration limit;
    private int next;
    private final java.util.concurrent.atomic.AtomicInteger warmed = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * @param warm the state the last build left for edits: its articles and how it parsed them
     * @param articles how many to parse, spread over the site's articles
     */
    WarmUp(BodyEdits.Warm warm, MarkdownParser markdown, Workers workers, int articles) {
        this.warm = warm;
        this.workers = workers;
        SiteConfig config = warm.config();
        this.reader = new ArticleReader(warm.plan().source(), config.safety().maxFileBytes());
        this.renderer = new MarkdownRenderer(markdown.options(), config.safety(), config.basePath(), Optional.empty());
        this.limit = config.safety().articleTimeLimit();
        List<ArticleSource> all = warm.loaded().sources().articles();
        int wanted = Math.max(0, Math.min(articles, all.size()));
        List<ArticleSource> chosen = new ArrayList<>();
        for (int i = 0; i < wanted; i++) {
            chosen.add(all.get((int) ((long) i * all.size() / wanted)));
        }
        this.files = List.copyOf(chosen);
    }

    /**
     * A warm-up after the build that left {@code warm}: {@value #ARTICLES} articles (or all of a smaller
     * site's), less those the build parsed, so none after a build that parsed the site.
     */
    static WarmUp after(BodyEdits.Warm warm, MarkdownParser markdown, Workers workers) {
        int articles = Math.min(ARTICLES, warm.loaded().sources().articles().size());
        return new WarmUp(warm, markdown, workers, articles - warm.plan().done().parsed());
    }

    /** How many articles are left to parse. */
    public int left() {
        return files.size() - next;
    }

    /** How many articles were parsed and rendered so far (not those that failed). */
    public int warmed() {
        return warmed.get();
    }

    /**
     * Parses and renders the next {@code count} articles (on the workers, waiting for them); an
     * article that fails or overruns the time limit is skipped, as the warm-up has nothing to report.
     *
     * @return whether any are left
     */
    public boolean step(int count) {
        List<ArticleSource> chunk = files.subList(next, Math.min(files.size(), next + Math.max(1, count)));
        next += chunk.size();
        workers.map(chunk, this::one, limit, file -> false);
        return left() > 0;
    }

    /** What the quick way does with an edited article, but keep it: read, parse, render, encode for the cache. */
    private boolean one(ArticleSource file) {
        try {
            ParsedArticle parsed = warm.parser().parse(reader.read(file));
            RenderedArticle rendered = renderer.render(parsed);
            String html = rendered.bodyHtml();
            CachedArticle entry = new CachedArticle(parsed.meta(), parsed.warnings(), Optional.of(rendered),
                    SiteImages.inBody(html));
            try (DataOutputStream out = new DataOutputStream(OutputStream.nullOutputStream())) {
                ArticleCodec.write(out, entry);
            }
            warmed.incrementAndGet();
            return true;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return false; // the edit that touches it reports it; a warm-up changes and says nothing
        }
    }
}
