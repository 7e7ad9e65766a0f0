package org.dateline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.dateline.config.TextDecoder;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.load.SourceFile;
import org.dateline.render.MarkdownRenderer;
import org.dateline.render.RenderedArticle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Coverage-guided fuzzing (Jazzer) of what an article can hold: front matter, Markdown and raw
 * bytes. The invariant is an article or a user error positioned in the article, never another
 * exception, and never unsafe HTML. Each input runs on a thread with the build's worker stack.
 *
 * <p>In {@code mvn verify} each method runs once per committed seed under
 * {@code src/test/resources/org/dateline/parse/ArticleFuzzTestInputs/METHOD/} (every article of the
 * bad-input corpus and hostile shapes). {@code bench/fuzz METHOD SECONDS} fuzzes for real, with a
 * per-input time limit; a crash it finds goes into that folder with its fix.
 */
class ArticleFuzzTest {

    private static final String FILE = "content/a.md";
    /** Attributes whose value is a name or text, never an address a browser would follow or load. */
    private static final Set<String> NAMES = Set.of("id", "name", "class", "title", "alt");
    private static final String VALID_FRONT = "---\ntitle: T\ndate: 2024-05-01T10:00:00Z\n---\n";

    private final MarkdownParser markdown = new MarkdownParser();
    private final ArticleParser parser = new ArticleParser(new FrontMatterParser(new DateParser(ZoneId.of("UTC"))),
            markdown);
    private final MarkdownRenderer renderer = new MarkdownRenderer(markdown.options());

    @FuzzTest(maxDuration = "24h")
    void frontMatter(byte[] input) {
        String yaml = new String(input, StandardCharsets.UTF_8);
        articleOrUserError("---\n" + yaml + "\n---\nBody.\n");
    }

    @FuzzTest(maxDuration = "24h")
    void markdown(byte[] input) {
        articleOrUserError(VALID_FRONT + new String(input, StandardCharsets.UTF_8));
    }

    @FuzzTest(maxDuration = "24h")
    void rawBytes(byte[] input) {
        onWorkerStack(() -> {
            String text;
            try {
                text = new TextDecoder().decode(FILE, input);
            } catch (DatelineException e) {
                assertPositioned(e);
                return null;
            }
            articleOrUserError(text);
            return null;
        });
    }

    private void articleOrUserError(String text) {
        onWorkerStack(() -> {
            RenderedArticle article;
            try {
                article = renderer.render(parser.parse(new SourceFile(FILE, text)));
            } catch (DatelineException e) {
                assertPositioned(e);
                return null;
            }
            assertInert(article.bodyHtml(), text);
            return null;
        });
    }

    /** A user error names the article, and a line in it whenever the text has one to point at. */
    private static void assertPositioned(DatelineException e) {
        assertFalse(e.problems().isEmpty());
        for (Problem problem : e.problems()) {
            assertEquals(FILE, problem.position().file(), problem.format());
            assertFalse(problem.message().isBlank(), problem.format());
        }
    }

    private static void assertInert(String html, String input) {
        Element body = Jsoup.parseBodyFragment(html).body();
        assertTrue(body.select("script, style, svg, math, object, embed, form, textarea, base, meta, link").isEmpty(),
                input);
        for (Element element : body.select("*")) {
            for (Attribute attribute : element.attributes()) {
                String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                assertFalse(attribute.getKey().startsWith("on") || attribute.getKey().equals("style"), input);
                // a name, not an address: `<a name="javascript:x">` is inert (found by fuzzing)
                assertFalse(!NAMES.contains(attribute.getKey()) && (value.startsWith("javascript:")
                        || value.startsWith("vbscript:") || value.startsWith("data:text")), input);
                assertFalse(attribute.getKey().startsWith("data-dateline"), input);
            }
        }
        assertFalse(html.contains("<!--"), input);
    }

    /** Runs {@code work} on a thread with the build's 64 MiB stack; rethrows whatever it threw. */
    private static void onWorkerStack(Callable<Void> work) {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                work.call();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "fuzz-worker", 64L * 1024 * 1024);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (failure.get() instanceof Error error) {
            throw error;
        }
        if (failure.get() != null) {
            throw new AssertionError("not a user error: " + failure.get(), failure.get());
        }
    }
}
