package org.dateline.pages;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.diag.SourcePosition;
import org.dateline.load.SourceFile;

/**
 * A site's own {@code static/_redirects} (Netlify's and Cloudflare Pages' format: {@code from to
 * [status]} per line, {@code #} comments), merged with the rules Dateline makes for old URLs: the
 * site's lines first, as written, then the generated ones. Hosts apply the first rule that matches,
 * so a generated rule for a path the site already redirects would never apply: it is left out, with
 * a warning naming both when the two send readers to different places.
 */
final class SiteRedirects {

    /** A rule of the site's file: where it sends readers, and its line. */
    private record Rule(String to, int line) {
    }

    private final Optional<SourceFile> file;
    private final Map<String, Rule> rules = new HashMap<>();

    SiteRedirects(Optional<SourceFile> file) {
        this.file = file;
        file.ifPresent(source -> {
            String[] lines = source.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\s+");
                if (parts.length >= 2) {
                    rules.putIfAbsent(key(parts[0]), new Rule(parts[1], i + 1));
                }
            }
        });
    }

    /** Whether there is anything to write: a site file, or generated rules. */
    boolean present() {
        return file.isPresent();
    }

    /**
     * Whether the generated rule {@code from → to} goes into {@code _redirects}: not when the site has
     * a rule for {@code from} already (a warning at {@code origin} when it points elsewhere).
     */
    boolean accepts(String from, String to, SourcePosition origin, Problems problems) {
        Rule rule = rules.get(key(from));
        if (rule == null) {
            return true;
        }
        if (!key(rule.to()).equals(key(to))) {
            problems.add(Problem.warning(origin, "old URL " + from + " is also redirected by "
                    + file.orElseThrow().relPath() + " line " + rule.line() + " (to " + rule.to() + "); hosts apply"
                    + " that rule, so this article's is left out of _redirects",
                    "remove one of the two, or point them at the same page"));
        }
        return false;
    }

    /** The site's own lines, ending in a line break ("" without a file). */
    String siteLines() {
        String text = file.map(SourceFile::text).orElse("");
        return text.isEmpty() || text.endsWith("\n") ? text : text + "\n";
    }

    /** Hosts treat {@code /a} and {@code /a/} as one path. */
    private static String key(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
