package org.dateline.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dateline.diag.DatelineException;
import org.dateline.load.SourceFile;
import org.dateline.config.TextDecoder;
import org.dateline.render.MarkdownRenderer;
import org.dateline.render.RenderedArticle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * For random front matter, random Markdown and random bytes, loading, parsing and rendering give
 * an article or a {@link DatelineException}, never another exception; and what is rendered is
 * inert. Each try runs on a thread with the build's worker stack, as in a real build.
 */
class RandomInputPropertiesTest {

    private static final String VALID_FRONT = "---\ntitle: T\ndate: 2024-05-01T10:00:00Z\n---\n";

    private static final List<String> MARKDOWN = List.of("*", "**", "_", "__", "~~", "`", "``", "```", "~~~", "\\",
            "[", "]", "(", ")", "![", "](", "<", ">", "> ", "- ", "* ", "+ ", "1. ", "2) ", "# ", "## ", "|", "|-|",
            "| a | b |\n|-|-|\n", "\n", "\n\n", " ", "    ", "\t", "&", "&amp;", "&#106;", "&colon;", "<script>",
            "</script>", "<div>", "</div>", "<span onclick=x>", "<!--", "-->", "<a href=\"", "\">", "javascript:",
            "JAVASCRIPT:", "data:text/html,", "data:image/png,", "http://x.test/", "#frag", "[^1]", "[^1]: ",
            "[r]: ", "[r]", "---", "===", "<iframe src=\"https://www.youtube-nocookie.com/e\">", "</iframe>",
            "<svg onload=x>", "<img src=x onerror=y>", "<style>", "\u0000", "\u202e", "é", "e\u0301", "\uD83D\uDE00",
            "\r", "\r\n", "a", "word ", "{{ x }}", "{% if %}", "<?php ?>", "<![CDATA[", "]]>", "<p style=x>", "</p>",
            "<table>", "<td>", "<math>", "<noscript>", "<textarea>", "<plaintext>", "dateline-at:3", "<!--dateline-at:0-->");

    private static final List<String> KEYS = List.of("title", "date", "updated", "draft", "slug", "tags", "author",
            "section", "image", "image_alt", "corrections", "updates", "description", "published", "x", "<<", "? ",
            "1", "true", "- ");
    private static final List<String> VALUES = List.of("T", "2024-05-01", "2024-02-30", "2024-03-31T02:30",
            "01/03/2024", "no", "true", "[a, b]", "{a: 1}", "&a x", "*a", "!!str x", "!ENV x", "!!java.util.Date x",
            "\"\\x07\"", "'q'", "|\n  block", ">-\n  folded", "1.10", "~", "null", "\n  - a\n  - b", "\t", ":", "#",
            "\"unterminated", "[", "{", "con", "../x", "%2e", ".x", "é", "\u0007", "\n  - {date: 2024-05-02, text: x}",
            "");

    private final MarkdownParser markdown = new MarkdownParser();
    private final ArticleParser parser = new ArticleParser(new FrontMatterParser(new DateParser(ZoneId.of("UTC"))),
            markdown);
    private final MarkdownRenderer renderer = new MarkdownRenderer(markdown.options());

    @Property(tries = 250)
    void randomMarkdownGivesAnArticleOrAUserError(@ForAll("markdown") String body) {
        RenderedArticle article = articleOrUserError(VALID_FRONT + body);
        if (article != null) {
            assertInert(article.bodyHtml(), body);
        }
    }

    @Property(tries = 250)
    void randomFrontMatterGivesAnArticleOrAUserError(@ForAll("frontMatter") String yaml) {
        articleOrUserError("---\n" + yaml + "\n---\nBody.\n");
    }

    @Property(tries = 150)
    void randomBytesGiveAnArticleOrAUserError(@ForAll("bytes") byte[] bytes) {
        onWorkerStack(() -> {
            try {
                String text = new TextDecoder().decode("content/a.md", bytes);
                renderer.render(parser.parse(new SourceFile("content/a.md", text)));
            } catch (DatelineException e) {
                assertFalse(e.problems().isEmpty());
            }
            return null;
        });
    }

    @Provide
    Arbitrary<String> markdown() {
        return Arbitraries.of(MARKDOWN).list().ofMaxSize(80).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> frontMatter() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of(KEYS).flatMap(key -> Arbitraries.of(VALUES).map(value -> key + ": " + value)),
                Arbitraries.strings().ofMaxLength(12));
        return line.list().ofMaxSize(12).map(lines -> String.join("\n", lines));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> prefix = Arbitraries.of(VALID_FRONT, "\uFEFF---\ntitle: T\ndate: 2024-05-01\n---\n", "---\n",
                "").map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
        return prefix.flatMap(p -> noise.map(n -> {
            byte[] all = new byte[p.length + n.length];
            System.arraycopy(p, 0, all, 0, p.length);
            System.arraycopy(n, 0, all, p.length, n.length);
            return all;
        }));
    }

    private RenderedArticle articleOrUserError(String text) {
        return onWorkerStack(() -> {
            try {
                return renderer.render(parser.parse(new SourceFile("content/a.md", text)));
            } catch (DatelineException e) {
                assertFalse(e.problems().isEmpty());
                assertTrue(e.getMessage().startsWith("content/a.md"), e.getMessage());
                return null;
            }
        });
    }

    private static void assertInert(String html, String input) {
        Element body = Jsoup.parseBodyFragment(html).body();
        assertTrue(body.select("script, style, svg, math, object, embed, form, textarea").isEmpty(), input);
        for (Element element : body.select("*")) {
            for (Attribute attribute : element.attributes()) {
                String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                assertFalse(attribute.getKey().startsWith("on") || attribute.getKey().equals("style"), input);
                assertFalse(value.startsWith("javascript:") || value.startsWith("data:text"), input);
                assertFalse(attribute.getKey().startsWith("data-dateline"), input);
            }
        }
        assertFalse(html.contains("<!--"), input);
    }

    /** Runs {@code work} on a thread with the build's 64 MiB stack; rethrows whatever it threw. */
    private static <T> T onWorkerStack(java.util.concurrent.Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.call());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "property-worker", 64L * 1024 * 1024);
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
        return result.get();
    }
}
