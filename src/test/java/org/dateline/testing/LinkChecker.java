package org.dateline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Walks every HTML page of a built site and lists each internal link that does not resolve to a
 * file of the output, or whose {@code #fragment} names no element on the target page. Internal
 * means: site-absolute ({@code /x/}), relative, fragment-only, or an absolute URL under the site's
 * base URL. Other sites and {@code mailto:}-style links are not followed.
 */
public final class LinkChecker {

    /** Attributes that hold one URL. */
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "poster", "data");

    private final Path output;
    private final String origin;
    private final String basePath;
    private final Map<Path, Set<String>> ids = new HashMap<>();
    private int checked;

    /** @param baseUrl the site's {@code base_url}, or "" */
    public LinkChecker(Path output, String baseUrl) {
        this.output = output;
        if (baseUrl.isEmpty()) {
            this.origin = "";
            this.basePath = "/";
        } else {
            URI base = URI.create(baseUrl);
            this.origin = base.getScheme() + "://" + base.getRawAuthority();
            String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
            this.basePath = path.endsWith("/") ? path : path + "/";
        }
    }

    /** How many internal links the last {@link #danglingLinks()} call checked. */
    public int checked() {
        return checked;
    }

    /** "page: attribute=value (why)" for every internal link that does not resolve; empty when all do. */
    public List<String> danglingLinks() {
        checked = 0;
        List<String> problems = new ArrayList<>();
        for (Path page : htmlPages()) {
            Document document = parse(page);
            String pagePath = "/" + output.relativize(page).toString().replace('\\', '/');
            for (Element element : document.getAllElements()) {
                for (String attribute : URL_ATTRIBUTES) {
                    if (element.hasAttr(attribute)) {
                        check(page, pagePath, attribute, element.attr(attribute), problems);
                    }
                }
                if (element.hasAttr("srcset")) {
                    for (String candidate : element.attr("srcset").split(",")) {
                        check(page, pagePath, "srcset", candidate.strip().split("\\s+")[0], problems);
                    }
                }
            }
        }
        return problems;
    }

    private void check(Path page, String pagePath, String attribute, String value, List<String> problems) {
        String where = output.relativize(page) + ": " + attribute + "=\"" + value + "\"";
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            problems.add(where + " (empty)");
            return;
        }
        URI uri;
        try {
            uri = new URI(sitePageUri(pagePath)).resolve(new URI(trimmed));
        } catch (URISyntaxException e) {
            problems.add(where + " (not a URL: " + e.getMessage() + ")");
            return;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return;
        }
        String uriOrigin = scheme + "://" + uri.getRawAuthority();
        if (!uriOrigin.equalsIgnoreCase(internalOrigin())) {
            return;
        }
        checked++;
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        if (!path.startsWith(basePath)) {
            problems.add(where + " (outside the site's base path " + basePath + ")");
            return;
        }
        String relative = path.substring(basePath.length());
        Path target = output.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative)
                .normalize();
        if (!target.startsWith(output) || !Files.isRegularFile(target)) {
            problems.add(where + " (no file " + output.relativize(target) + ")");
            return;
        }
        String fragment = uri.getFragment();
        if (fragment != null) {
            if (!target.toString().endsWith(".html")) {
                problems.add(where + " (fragment on a file that is not HTML)");
            } else if (!idsOf(target).contains(fragment)) {
                problems.add(where + " (no element with id \"" + fragment + "\" in " + output.relativize(target) + ")");
            }
        }
    }

    /** Links resolve against the page's own URL, under the real origin when there is one. */
    /**
     * The HTML pages a reader reaches by following links ({@code a[href]}) from {@code start}, e.g.
     * {@code index.html}, as output-relative paths.
     */
    public Set<String> reachableFrom(String start) {
        Set<String> seen = new TreeSet<>();
        ArrayDeque<Path> queue = new ArrayDeque<>(List.of(output.resolve(start)));
        while (!queue.isEmpty()) {
            Path page = queue.poll();
            if (!seen.add(output.relativize(page).toString().replace('\\', '/'))) {
                continue;
            }
            String pagePath = "/" + output.relativize(page).toString().replace('\\', '/');
            for (Element link : parse(page).select("a[href]")) {
                target(pagePath, link.attr("href")).filter(t -> t.toString().endsWith(".html")).ifPresent(queue::add);
            }
        }
        return seen;
    }

    /** The output file an internal link points to, if it exists; empty for other sites. */
    private Optional<Path> target(String pagePath, String value) {
        try {
            URI uri = new URI(sitePageUri(pagePath)).resolve(new URI(value.strip()));
            String uriOrigin = uri.getScheme() + "://" + uri.getRawAuthority();
            String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
            if (!uriOrigin.equalsIgnoreCase(internalOrigin()) || !path.startsWith(basePath)) {
                return Optional.empty();
            }
            String relative = path.substring(basePath.length());
            Path target = output.resolve(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html"
                    : relative).normalize();
            return target.startsWith(output) && Files.isRegularFile(target) ? Optional.of(target)
                    : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private String sitePageUri(String pagePath) {
        String path = basePath + pagePath.substring(1);
        if (path.endsWith("/index.html")) {
            path = path.substring(0, path.length() - "index.html".length());
        }
        return internalOrigin() + path;
    }

    private String internalOrigin() {
        return origin.isEmpty() ? "https://site.invalid" : origin;
    }

    private Set<String> idsOf(Path page) {
        return ids.computeIfAbsent(page, p -> {
            Set<String> found = new HashSet<>();
            Document document = parse(p);
            document.select("[id]").forEach(e -> found.add(e.id()));
            document.select("a[name]").forEach(e -> found.add(e.attr("name")));
            return found;
        });
    }

    private List<Path> htmlPages() {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(path -> path.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
