package org.dateline.template;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.diag.DatelineException;
import org.dateline.diag.LineIndex;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;

/**
 * Pebble, built once per build: a site's {@code templates/NAME} overrides the bundled theme's file of
 * the same name; autoescaping is on for every value; a misspelt variable is an error, not a blank.
 * Every Pebble error becomes a {@link DatelineException} at {@code templates/NAME:line}.
 * Thread-safe: pages render in parallel.
 */
public final class TemplateEngine {

    /** Where the bundled theme's templates are on the class path. */
    public static final String THEME_TEMPLATES = "org/dateline/theme/templates";
    /** How a bundled template is named in messages, beside the site's own {@code templates/NAME}. */
    static final String BUNDLED_PREFIX = "(bundled) templates/";

    /** A Java class name in a Pebble message ({@code [java.lang.String]}): users never see one. */
    private static final Pattern JAVA_NAME = Pattern.compile("\\[?\\b(?:[a-z_][\\w]*\\.)+[A-Z][\\w$]*\\]?");
    private static final Pattern MISSING = Pattern.compile("Could not find template \"([^\"]+)\"");

    private final Path siteTemplates;
    private final PebbleEngine engine;
    /** Buffers {@link #renderUtf8} renders into, free for the next page; at most one per thread that rendered at once. */
    private final java.util.concurrent.ConcurrentLinkedQueue<Utf8Output> buffers = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private static final int KEPT_BUFFER = 1 << 20;
    /** The buffer each thread in {@link #renderUtf8} renders into, for {@link SuppliedValues} to tell it bytes. */
    private final ThreadLocal<Utf8Output> rendering = new ThreadLocal<>();
    /** While {@link #watching} runs on a thread: whether its render read a {@link Watched} component. */
    private final ThreadLocal<boolean[]> watched = new ThreadLocal<>();

    public TemplateEngine(Path siteTemplates) {
        this(siteTemplates, value -> null);
    }

    /**
     * @param utf8 the UTF-8 bytes of a value templates read through a {@code Supplier} (an article's body), when
     *     it keeps them as bytes; else null. A page printing that value copies the bytes rather than encode its text.
     */
    public TemplateEngine(Path siteTemplates, java.util.function.Function<Object, byte[]> utf8) {
        this.siteTemplates = siteTemplates;
        List<Loader<?>> loaders = new ArrayList<>();
        if (Files.isDirectory(siteTemplates)) {
            FileLoader files = new FileLoader(siteTemplates.toAbsolutePath().toString());
            files.setCharset("UTF-8");
            loaders.add(files);
        }
        ClasspathLoader bundled = new ClasspathLoader(TemplateEngine.class.getClassLoader());
        bundled.setPrefix(THEME_TEMPLATES);
        bundled.setCharset("UTF-8");
        loaders.add(bundled);
        this.engine = new PebbleEngine.Builder()
                .loader(new SiteLoader(loaders))
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .addEscapingStrategy("html", HtmlText::escape) // Pebble's own, the same bytes sooner
                .strictVariables(true)
                .newLineTrimming(true)
                .cacheActive(true)
                .extension(new DatelineExtension(new SuppliedValues(utf8, rendering, watched)))
                .defaultLocale(Locale.ROOT) // never the machine's: numbers and dates print the same everywhere
                .build();
    }

    /** A render's output, and whether it read a {@link Watched} component of a value in its context. */
    public record Watching<T>(T output, boolean read) {
    }

    /**
     * Runs {@code render}, a render of this engine on the calling thread, and says whether it read a
     * {@link Watched} component: by any name (a subscript, a call), in any template it includes or extends.
     */
    public <T> Watching<T> watching(java.util.function.Supplier<T> render) {
        boolean[] outer = watched.get();
        boolean[] read = {false};
        watched.set(read);
        try {
            T output = render.get();
            return new Watching<>(output, read[0]);
        } finally {
            if (outer == null) {
                watched.remove();
            } else {
                watched.set(outer);
                outer[0] |= read[0]; // a render within another: what it read, the outer one did
            }
        }
    }

    /** The names of the {@link Watched} components of record class {@code type} (none for another class). */
    public static java.util.Set<String> watchedComponents(Class<?> type) {
        return SuppliedValues.watchedComponents(type);
    }

    /** Renders template {@code name} (e.g. {@code article.peb}) with {@code context}. */
    public String render(String name, Map<String, Object> context) {
        StringWriter out = new StringWriter(16 * 1024); // a page is 5–20 KB: no growing copies
        evaluate(name, context, out);
        return out.toString();
    }

    /**
     * As {@link #render}, the text as UTF-8 bytes, which cost a page one copy instead of several: it is
     * rendered into a buffer kept for the next page (one per thread rendering at once).
     */
    public byte[] renderUtf8(String name, Map<String, Object> context) {
        Utf8Output out = Optional.ofNullable(buffers.poll()).orElseGet(() -> new Utf8Output(64 * 1024));
        rendering.set(out);
        try {
            evaluate(name, context, out);
            return out.toByteArray();
        } finally {
            rendering.remove();
            out.reset();
            if (out.capacity() <= KEPT_BUFFER) {
                buffers.offer(out); // a huge page's buffer is not kept for the pages after it
            }
        }
    }

    private void evaluate(String name, Map<String, Object> context, Writer out) {
        try {
            PebbleTemplate template = engine.getTemplate(name);
            template.evaluate(out, context);
        } catch (LoaderException e) {
            String missing = missingName(e).orElse(name);
            throw DatelineException.at(reference(missing, name), "template `" + missing + "` not found",
                    "add templates/" + missing + " or fix the name in the template that refers to it");
        } catch (PebbleException e) {
            throw translate(name, e, context);
        } catch (IOException e) {
            throw new DatelineException(Problem.error(SourcePosition.of(displayName(name)),
                    "cannot render template: " + e.getMessage(), null), e);
        } catch (DatelineException e) {
            throw e;
        } catch (RuntimeException e) {
            // Pebble fails outside its own exceptions on some expressions: a number subscript on an empty map
            // (`args[0]`) throws NoSuchElementException from its MapResolver. Dateline's own failures stay bugs.
            if (!thrownByPebble(e)) {
                throw e;
            }
            throw new DatelineException(Problem.error(SourcePosition.of(displayName(name)),
                    "template error: an expression cannot be evaluated", "check the template's subscripts: a map is"
                            + " read by key (`args.src`), a list by number (`positional[0]`)"), e);
        }
    }


    /** Whether the first frame of {@code e} outside the JDK is Pebble's. */
    private static boolean thrownByPebble(RuntimeException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String name = frame.getClassName();
            if (!name.startsWith("java.") && !name.startsWith("jdk.")) {
                return name.startsWith("io.pebbletemplates.");
            }
        }
        return false;
    }

    private DatelineException translate(String name, PebbleException e, Map<String, Object> context) {
        String file = e.getFileName() != null ? e.getFileName() : name;
        Integer line = e.getLineNumber();
        SourcePosition position = new SourcePosition(displayName(file), line == null ? 0 : Math.max(0, line), 0);
        if (e instanceof AttributeNotFoundException missing) {
            String text = source(file);
            String lineText = position.line() == 0 ? "" : new LineIndex(text).lineText(position.line());
            return new DatelineException(UnknownVariables.describe(missing, position, lineText, text, context), e);
        }
        String message = e.getPebbleMessage() == null ? "cannot be rendered" : e.getPebbleMessage().strip();
        message = JAVA_NAME.matcher(message).replaceAll("a value");
        String hint = message.contains("conditional expression")
                ? "test optional values with {% if x is not empty %}; `if` needs true or false"
                : "see the Pebble syntax at pebbletemplates.io";
        return new DatelineException(Problem.error(position, "template error: " + message, hint), e);
    }

    /** The text of template {@code name}: the site's own file, else the bundled theme's; "" if unreadable. */
    private String source(String name) {
        try {
            Path own = siteTemplates.resolve(name);
            if (Files.isRegularFile(own)) {
                return Files.readString(own, StandardCharsets.UTF_8);
            }
            try (var in = TemplateEngine.class.getClassLoader().getResourceAsStream(THEME_TEMPLATES + "/" + name)) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** The template Pebble could not find: its {@code LoaderException} names it only in the message. */
    private static Optional<String> missingName(LoaderException e) {
        Matcher matcher = MISSING.matcher(String.valueOf(e.getPebbleMessage()));
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * Where the site's templates refer to {@code missing} (Pebble gives no position for a missing
     * include or extends): the first quoted mention, in the page's own template first.
     */
    private SourcePosition reference(String missing, String page) {
        if (missing.equals(page)) {
            return SourcePosition.of("templates/" + page);
        }
        List<String> candidates = new ArrayList<>(List.of(page));
        if (Files.isDirectory(siteTemplates)) {
            try (Stream<Path> walk = Files.walk(siteTemplates)) {
                walk.filter(Files::isRegularFile).map(f -> siteTemplates.relativize(f).toString().replace('\\', '/'))
                        .sorted().forEach(candidates::add);
            } catch (IOException | UncheckedIOException e) {
                // no position then
            }
        }
        for (String candidate : candidates) {
            Path file = siteTemplates.resolve(candidate);
            try {
                List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    int at = Math.max(line.indexOf('"' + missing + '"'), line.indexOf('\'' + missing + '\''));
                    if (at >= 0) {
                        return new SourcePosition("templates/" + candidate, i + 1, line.codePointCount(0, at) + 1);
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // try the next one
            }
        }
        return SourcePosition.of(displayName(page));
    }

    /** {@code templates/NAME} for the site's own file, {@code (bundled) templates/NAME} for the theme's. */
    String displayName(String name) {
        return Files.isRegularFile(siteTemplates.resolve(name)) ? "templates/" + name : BUNDLED_PREFIX + name;
    }
}
