package org.dateline.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which templates rendering a template can read: itself and, transitively, every template it
 * includes, extends, imports or embeds by a literal name, each the site's own file or else the
 * bundled theme's. Its {@link #fingerprint} changes when any of those changes (or appears, where
 * the theme's was used), so a page keyed by it needs rendering again only then. A reference by a
 * computed or relative name cannot be followed: then there is no fingerprint, and the caller must
 * take every template as read. Safe to use from any thread.
 */
public final class TemplateReach {

    /**
     * A Pebble tag that reads another template; group 3 is its name when it is one literal (followed by
     * the tag's end, {@code with}, {@code import} or {@code only}, so {@code "a/" + x} is no literal).
     */
    private static final Pattern READS = Pattern.compile(
            "\\{%-?\\s*(include|extends|import|from|embed)\\b\\s*"
            + "(?:([\"'])([^\"'\\\\{}]*)\\2(?=\\s*(?:-?%\\}|with\\b|import\\b|only\\b)))?");

    private final Path siteTemplates;
    private final Map<String, Optional<String>> known = new ConcurrentHashMap<>();

    /** @param siteTemplates the site's {@code templates/} folder (it may not exist) */
    public TemplateReach(Path siteTemplates) {
        this.siteTemplates = siteTemplates;
    }

    /** The fingerprint of everything rendering {@code name} can read; empty when that cannot be known. */
    public Optional<String> fingerprint(String name) {
        return known.computeIfAbsent(name, this::compute);
    }

    /** Every template rendering {@code name} can read, by name, with its text; empty when that cannot be known. */
    private Optional<Map<String, byte[]>> closure(String name) {
        Map<String, byte[]> read = new TreeMap<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(name);
        while (!pending.isEmpty()) {
            String next = pending.poll();
            if (read.containsKey(next)) {
                continue;
            }
            Optional<byte[]> source = source(next);
            if (source.isEmpty()) {
                return Optional.empty();
            }
            read.put(next, source.get());
            Matcher tag = READS.matcher(new String(source.get(), StandardCharsets.UTF_8));
            while (tag.find()) {
                String target = tag.group(3);
                if (target == null || target.isEmpty() || target.startsWith(".") || target.startsWith("/")) {
                    return Optional.empty();
                }
                pending.add(target);
            }
        }
        return Optional.of(read);
    }

    /**
     * Whether rendering {@code name} can read none of {@code attributes}, of any value: no template it can
     * read names one after a dot ({@code article.body}, {@code article.body()}), and none subscripts a value
     * ({@code article["body"]}, {@code article[name]}: a computed name could be any); false when what it
     * reads cannot be known. The whole text is scanned, HTML and comments too, not only Pebble's code: a
     * match there only makes a page be rendered when it need not be, where a code scanner that misread a
     * string or an interpolation could miss a read. Each file is scanned once, however many templates reach it.
     */
    public boolean readsNone(String name, Set<String> attributes) {
        Optional<Map<String, byte[]>> read = closure(name);
        if (read.isEmpty()) {
            return false;
        }
        for (Map.Entry<String, byte[]> file : read.get().entrySet()) {
            if (scanned.computeIfAbsent(file.getKey() + "\n" + new java.util.TreeSet<>(attributes),
                    key -> reads(file.getValue(), attributes))) {
                return false;
            }
        }
        return true;
    }

    /** By template file and attribute names, whether its text may read one ({@link #reads}). */
    private final Map<String, Boolean> scanned = new ConcurrentHashMap<>();

    /**
     * Whether {@code source} has a subscript (a value: a name, a call, a subscript or a string, then
     * {@code [}, spaces between allowed) or a member read by one of {@code attributes}' names (a dot, then
     * the name). One pass by hand, where regular expressions cost a fresh JVM's body edit ~60 ms.
     */
    static boolean reads(byte[] source, Set<String> attributes) {
        String text = new String(source, StandardCharsets.UTF_8);
        int n = text.length();
        char last = ' '; // the last character that is no white space
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (c == '[' && (Character.isLetterOrDigit(last) || last == '_' || last == ')' || last == ']'
                    || last == '"' || last == '\'')) {
                return true;
            }
            if (c == '.') {
                int start = i + 1;
                while (start < n && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                int end = start;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                if (end > start && attributes.contains(text.substring(start, end))) {
                    return true;
                }
            }
            last = c;
        }
        return false;
    }

    private Optional<String> compute(String name) {
        Optional<Map<String, byte[]>> closure = closure(name);
        if (closure.isEmpty()) {
            return Optional.empty();
        }
        Map<String, byte[]> read = closure.get();
        MessageDigest digest = sha256();
        for (Map.Entry<String, byte[]> entry : read.entrySet()) {
            digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update((entry.getValue().length + ":").getBytes(StandardCharsets.UTF_8));
            digest.update(entry.getValue());
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * The template's text with where it came from ({@code site}, {@code theme}, or {@code missing} for
     * none: adding it later changes the fingerprint); empty when it cannot be read.
     */
    private Optional<byte[]> source(String name) {
        return sources.computeIfAbsent(name, this::load);
    }

    /** Each template's text as {@link #source} read it: an instance is for one state of the templates. */
    private final Map<String, Optional<byte[]>> sources = new ConcurrentHashMap<>();

    private Optional<byte[]> load(String name) {
        try {
            Path own = siteTemplates.resolve(name).normalize();
            if (!own.startsWith(siteTemplates.normalize())) {
                return Optional.empty();
            }
            if (Files.isRegularFile(own)) {
                return Optional.of(tagged("site", Files.readAllBytes(own)));
            }
            try (InputStream in = TemplateReach.class.getClassLoader()
                    .getResourceAsStream(TemplateEngine.THEME_TEMPLATES + "/" + name)) {
                return Optional.of(in == null ? tagged("missing", new byte[0]) : tagged("theme", in.readAllBytes()));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] tagged(String origin, byte[] bytes) {
        byte[] prefix = (origin + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prefix.length + bytes.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(bytes, 0, all, prefix.length, bytes.length);
        return all;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
