package org.dateline;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.dateline.diag.DatelineException;
import org.dateline.load.SourceFile;
import org.dateline.parse.ArticleParser;
import org.dateline.parse.DateParser;
import org.dateline.parse.FrontMatterParser;
import org.dateline.parse.MarkdownParser;
import org.dateline.render.MarkdownRenderer;

/**
 * Measures the pathological Markdown shapes of issue 3 on this machine: flexmark alone (with
 * Dateline's extensions, on a default and on a 64 MiB stack) and Dateline's parse and render of
 * an article with that body. Not a test: timings belong in a report, not in an assertion.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.dateline.PathologicalShapes [--flexmark]
 * </pre>
 * {@code --flexmark} also times flexmark alone, which takes minutes for the slow shapes (capped at 60 s each);
 * {@code --build} builds a site with one article per shape through the command line.
 */
public final class PathologicalShapes {

    private static final long BIG_STACK = 64L * 1024 * 1024;
    private static final long CAP_MILLIS = 60_000;

    private PathologicalShapes() {
    }

    static Map<String, String> shapes() {
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("\"* \" x 1,000 then a", "* ".repeat(1000) + "a");
        shapes.put("\"> \" x 10,000", "> ".repeat(10_000));
        shapes.put("\"[ (](\" x 1,000", "[ (](".repeat(1000));
        shapes.put("nested **_ emphasis", "**_a ".repeat(2400) + "x" + " a_**".repeat(2400));
        shapes.put("\"``\\\" x 2,000 (6 KB)", "``\\".repeat(2000));
        StringBuilder refs = new StringBuilder();
        for (int i = 0; i < 16_000; i++) {
            refs.append("[r").append(i).append("]: /u").append(i).append('\n');
        }
        shapes.put("16,000 reference definitions", refs.toString());
        shapes.put("30,000 spaces in a footnote", "Intro[^a]\n\n[^a]:" + " ".repeat(30_000) + "b\n");
        shapes.put("a 30,000-space line", " ".repeat(30_000) + "a\n");
        StringBuilder table = new StringBuilder("| a | b |\n|-|-|\n");
        for (int i = 0; i < 3000; i++) {
            table.append("| x").append(i).append(" | *y* |\n");
        }
        shapes.put("3,000-row table", table.toString());
        return shapes;
    }

    public static void main(String[] args) throws java.io.IOException {
        if (args.length > 0 && args[0].equals("--build")) {
            buildSiteOfShapes();
            return;
        }
        boolean flexmarkToo = args.length > 0 && args[0].equals("--flexmark");
        MarkdownParser markdown = new MarkdownParser();
        HtmlRenderer html = HtmlRenderer.builder(new MutableDataSet(markdown.options()).toImmutable()).build();
        ArticleParser parser = new ArticleParser(new FrontMatterParser(new DateParser(java.time.ZoneId.of("UTC"))),
                markdown);
        MarkdownRenderer renderer = new MarkdownRenderer(markdown.options());
        String front = "---\ntitle: T\ndate: 2024-05-01T10:00:00Z\n---\n";
        for (int i = 0; i < 20; i++) { // warm up the JIT on an ordinary article
            renderer.render(parser.parse(new SourceFile("content/a.md", front + "Some *text* [a](/b).\n\n".repeat(50))));
        }
        for (Map.Entry<String, String> shape : shapes().entrySet()) {
            String body = shape.getValue();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-32s %7d chars", shape.getKey(),
                    body.length()));
            if (flexmarkToo) {
                Supplier<Object> flexmark = () -> html.render(markdown.parse(body)).length() + " chars of HTML";
                line.append(" | flexmark default stack: ").append(time(0, flexmark))
                        .append(" | flexmark 64 MiB: ").append(time(BIG_STACK, flexmark));
            }
            Supplier<Object> dateline = () -> {
                try {
                    renderer.render(parser.parse(new SourceFile("content/a.md", front + body)));
                    return "rendered";
                } catch (DatelineException e) {
                    return e.getMessage().replaceAll(" \\(hint.*", "");
                }
            };
            line.append(" | Dateline, first: ").append(time(BIG_STACK, dateline))
                    .append(" | again: ").append(time(BIG_STACK, dateline).replaceAll(" .*", " s"));
            System.out.println(line);
        }
    }

    /** One article per shape and one ordinary article, built through the command line: every shape reported, no hang. */
    private static void buildSiteOfShapes() throws java.io.IOException {
        java.nio.file.Path site = java.nio.file.Files.createTempDirectory("shapes");
        java.nio.file.Files.writeString(site.resolve("site.yaml"), "title: Shapes\n");
        java.nio.file.Files.createDirectories(site.resolve("content/world"));
        int n = 0;
        for (String body : shapes().values()) {
            n++;
            java.nio.file.Files.writeString(site.resolve("content/world/shape-" + n + ".md"),
                    "---\ntitle: Shape " + n + "\ndate: 2024-05-01\n---\n" + body);
        }
        java.nio.file.Files.writeString(site.resolve("content/world/ordinary.md"),
                "---\ntitle: Ordinary\ndate: 2024-05-01\n---\nFine.\n");
        long start = System.nanoTime();
        int exit = org.dateline.cli.Main.run(new String[] {"build", "--source", site.toString(), "--output",
            site.resolve("out").toString()}, System.out, System.err, java.time.Clock.systemUTC());
        System.out.printf(Locale.ROOT, "exit %d after %.2f s%n", exit, (System.nanoTime() - start) / 1e9);
    }

    private static String time(long stack, Supplier<Object> work) {
        AtomicReference<String> outcome = new AtomicReference<>();
        long start = System.nanoTime();
        Thread thread = new Thread(null, () -> {
            try {
                Object result = work.get();
                outcome.set(result instanceof String text ? text : "ok");
            } catch (StackOverflowError e) {
                outcome.set("StackOverflowError");
            }
        }, "shape", stack);
        thread.setDaemon(true);
        thread.start();
        try {
            thread.join(CAP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "%.2f s %s", seconds, outcome.get() == null ? "(still running, gave up)"
                : outcome.get());
    }
}
