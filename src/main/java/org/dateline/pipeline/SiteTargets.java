package org.dateline.pipeline;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dateline.assemble.OutputFile;
import org.dateline.assemble.SiteOutput;

/**
 * Where a link written in an article leads, without a network: to a generated page (redirects from
 * old addresses included), to a file of the site's {@code static/} folder or of a page bundle, or to a
 * bundled theme file.
 */
final class SiteTargets {

    enum Kind { INTERNAL, EXTERNAL, OTHER }

    /** A link target: the generated page when it is one (its ids can be checked), else a static file. */
    record Target(Optional<OutputFile> page) {
    }

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);
    private static final String THEME_STATIC = "org/dateline/theme/static";

    private final Map<String, OutputFile> pages;
    private final Path staticDir;
    private final Set<String> bundled;

    SiteTargets(SiteOutput output, Path staticDir, List<String> bundled) {
        this.pages = output.files().stream().collect(Collectors.toMap(OutputFile::path, Function.identity(), (a, b) -> a));
        this.staticDir = staticDir.toAbsolutePath().normalize();
        this.bundled = Set.copyOf(bundled);
    }

    /** http(s) and protocol-relative links are external; mailto:, tel: and other schemes are neither. */
    static Kind kind(String url) {
        if (url.startsWith("//")) {
            return Kind.EXTERNAL;
        }
        if (SCHEME.matcher(url).matches()) {
            String lower = url.toLowerCase(java.util.Locale.ROOT);
            return lower.startsWith("http:") || lower.startsWith("https:") ? Kind.EXTERNAL : Kind.OTHER;
        }
        return Kind.INTERNAL;
    }

    /** The fragment of {@code url}, percent-decoded; "" when it has none. */
    static String fragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? "" : decode(url.substring(hash + 1));
    }

    /**
     * The site path {@code url} leads to from the page at {@code pagePath} (both without the base
     * path), decoded, without query or fragment; empty when it climbs above the root.
     */
    static Optional<String> resolve(String pagePath, String url) {
        int cut = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        String path = decode(url.substring(0, cut));
        if (path.isEmpty()) {
            return Optional.of(pagePath);
        }
        String joined = path.startsWith("/") ? path : pagePath.substring(0, pagePath.lastIndexOf('/') + 1) + path;
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = joined.split("/", -1);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            } else if (!part.equals(".") && !(part.isEmpty() && i < parts.length - 1)) {
                segments.addLast(part);
            }
        }
        boolean folder = joined.endsWith("/") || joined.endsWith("/.") || joined.endsWith("/..");
        String result = "/" + String.join("/", segments);
        return Optional.of(folder && !result.endsWith("/") ? result + "/" : result);
    }

    /** The page or file at {@code sitePath}, as a server would answer it. */
    Optional<Target> find(String sitePath) {
        String rel = sitePath.substring(1);
        for (String candidate : rel.isEmpty() || rel.endsWith("/") ? new String[] {rel + "index.html"}
                : new String[] {rel, rel + "/index.html"}) {
            OutputFile page = pages.get(candidate);
            if (page != null) {
                return Optional.of(new Target(candidate.endsWith(".html") ? Optional.of(page) : Optional.empty()));
            }
            if (isStatic(candidate)) {
                return Optional.of(new Target(Optional.empty()));
            }
        }
        return Optional.empty();
    }

    private boolean isStatic(String rel) {
        if (rel.isEmpty()) {
            return false;
        }
        if (bundled.contains(rel)) {
            return true;
        }
        Path file = staticDir.resolve(rel).normalize();
        if (file.startsWith(staticDir) && Files.isRegularFile(file)) {
            return true;
        }
        return !rel.contains("..") && SiteTargets.class.getClassLoader().getResource(THEME_STATIC + "/" + rel) != null;
    }

    /** %XX sequences decoded as UTF-8 ({@code +} stays a plus: this is a path, not a form). */
    static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length()
                    && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                int cp = text.codePointAt(i);
                byte[] encoded = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
