package org.dateline.parse;

import java.util.ArrayList;
import java.util.List;
import org.dateline.config.YamlFields;
import org.dateline.config.YamlNode;
import org.dateline.diag.DatelineException;
import org.dateline.load.SourceFile;

/**
 * An article's own path ({@code url}, {@code permalink}) and its old paths ({@code aliases},
 * {@code redirect_from}), as site paths: {@code /2019/03/old-name/} or {@code /old-name.html}. A
 * path without a trailing {@code /} or extension is a folder, as servers treat it. A relative alias
 * is relative to the article's folder under {@code content/}, as in Hugo.
 */
final class LegacyPaths {

    private LegacyPaths() {
    }

    private static final java.util.regex.Pattern ELEVENTY = java.util.regex.Pattern.compile(
            "\\{\\{-?\\s*(page\\.fileSlug|title\\s*\\|\\s*slugify|title\\s*\\|\\s*slug)\\s*-?\\}\\}");

    /**
     * The {@code url} or {@code permalink} value; Eleventy's {@code {{ page.fileSlug }}} and
     * {@code {{ title | slugify }}} are filled in (nothing else is evaluated).
     */
    static String url(YamlNode node, String fileSlug, String title) {
        java.util.regex.Matcher m = ELEVENTY.matcher(YamlFields.text("url", node).strip());
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(filled, java.util.regex.Matcher.quoteReplacement(
                    m.group(1).startsWith("page") ? fileSlug : Slugs.slugify(title)));
        }
        m.appendTail(filled);
        String written = filled.toString();
        if (!written.startsWith("/")) {
            throw DatelineException.at(node.position(), "`url` must be a path starting with `/`: \"" + written + "\"",
                    "write the path the article had, e.g. `/2019/03/harbour-vote/`");
        }
        return checked("url", written, node);
    }

    static List<String> aliases(SourceFile source, YamlNode node) {
        List<String> paths = new ArrayList<>();
        for (String written : YamlFields.textList("aliases", node)) {
            String path = written.strip();
            if (path.isEmpty()) {
                continue;
            }
            if (path.contains("://") || path.startsWith("//")) {
                throw DatelineException.at(node.position(), "an alias must be a path on this site, not an address: \""
                        + path + "\"", "write only the path, e.g. `/2019/03/harbour-vote/`");
            }
            if (!path.startsWith("/")) {
                String content = source.contentPath();
                int slash = content.lastIndexOf('/');
                path = "/" + (slash < 0 ? "" : content.substring(0, slash + 1)) + path;
            }
            String checked = checked("aliases", path, node);
            if (!paths.contains(checked)) {
                paths.add(checked);
            }
        }
        return paths;
    }

    /** A clean site path: no {@code .} or {@code ..} segments, {@code //}, query, fragment, backslash, spaces or controls. */
    private static String checked(String key, String path, YamlNode node) {
        boolean dots = java.util.Arrays.stream(path.split("/")).anyMatch(s -> s.equals(".") || s.equals(".."));
        if (dots || path.contains("//")
                || path.chars().anyMatch(c -> c <= ' ' || c == '\\' || c == '?' || c == '#' || c == 0x7F)) {
            throw refused(key, path, node);
        }
        int lastSlash = path.lastIndexOf('/');
        return path.endsWith("/") || path.indexOf('.', lastSlash) >= 0 ? path : path + "/";
    }

    private static DatelineException refused(String key, String path, YamlNode node) {
        return DatelineException.at(node.position(), "`" + key + "` is not a clean site path: \"" + path + "\"",
                "write a path such as `/2019/03/harbour-vote/` or `/news/old-name.html`, without `..`, `//`, `?`, `#` or spaces");
    }
}
