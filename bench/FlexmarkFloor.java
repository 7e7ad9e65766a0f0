import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.dateline.parse.FrontMatterSplitter;
import org.dateline.parse.MarkdownParser;

/**
 * The floor under a cold build: flexmark alone on a corpus's articles, in a fresh JVM, one thread per core,
 * with the parser Dateline configures ({@link MarkdownParser}: tables, footnotes, strikethrough, autolinks,
 * typography). Each article is read, its front matter cut off as {@link FrontMatterSplitter} cuts it, and its body
 * parsed ({@code parse}) or parsed and written by flexmark's own HTML renderer ({@code html}); nothing is
 * written out. What a build does besides (front matter, limits, Dateline's renderer, summaries, templates,
 * feeds, output) is what it costs above this. bench/run compiles it and runs it in each round; by hand:
 *
 * <pre>{@code javac -cp target/dateline.jar -d /tmp/floor bench/FlexmarkFloor.java
 * java -XX:TieredStopAtLevel=1 -cp target/dateline.jar:/tmp/floor FlexmarkFloor html target/bench/10000/site/content}</pre>
 */
public final class FlexmarkFloor {

    private static final FrontMatterSplitter SPLITTER = new FrontMatterSplitter();

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !List.of("parse", "html").contains(args[0])) {
            System.err.println("usage: FlexmarkFloor parse|html CONTENT_DIR");
            System.exit(2);
        }
        boolean html = args[0].equals("html");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[1]))) {
            files = walk.filter(path -> path.toString().endsWith(".md")).sorted().toList();
        }
        MarkdownParser parser = new MarkdownParser();
        HtmlRenderer renderer = HtmlRenderer.builder(parser.options()).build();
        AtomicInteger next = new AtomicInteger();
        AtomicLong written = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < Runtime.getRuntime().availableProcessors(); t++) {
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    Document document = parser.parse(body(files.get(i)));
                    written.addAndGet(html ? renderer.render(document).length() : document.getTextLength());
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println(files.size() + " articles, " + written.get() + " characters " + (html ? "of HTML" : "parsed"));
    }

    /** The text after the front matter, where Dateline's own splitter puts the body's start. */
    private static String body(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.substring(SPLITTER.split(file.toString(), text).bodyOffset());
    }
}
