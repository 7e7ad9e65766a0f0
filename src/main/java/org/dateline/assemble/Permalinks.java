package org.dateline.assemble;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.parse.ArticleMeta;
import org.dateline.parse.Slugs;

/**
 * Expands the {@code permalink} pattern for an article. Tokens: {@code :section :year :month :day
 * :slug :title}. A pattern ending in {@code /} is written as {@code .../index.html}; one ending in a
 * file name ({@code .html}) as that file. Empty segments collapse, so an article without a section
 * loses {@code :section} cleanly.
 */
public final class Permalinks {

    private final String pattern;

    Permalinks(String pattern) {
        this.pattern = pattern;
    }

    /** The site path, e.g. {@code /world/2024/05/31/slug/}; empty when it would not be one safe path. */
    Optional<String> path(ArticleMeta meta, String sectionSlug, OffsetDateTime local) {
        String expanded = pattern
                .replace(":section", sectionSlug)
                .replace(":year", String.format(Locale.ROOT, "%04d", local.getYear()))
                .replace(":month", String.format(Locale.ROOT, "%02d", local.getMonthValue()))
                .replace(":day", String.format(Locale.ROOT, "%02d", local.getDayOfMonth()))
                .replace(":slug", meta.slug())
                .replace(":title", Slugs.slugify(meta.title()));
        List<String> segments = new ArrayList<>();
        for (String segment : expanded.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals(".") || segment.equals("..") || segment.contains("\\") || segment.contains("\0")
                    || segment.startsWith(".")) {
                return Optional.empty();
            }
            segments.add(segment);
        }
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        String joined = "/" + String.join("/", segments);
        boolean file = !expanded.endsWith("/") && segments.get(segments.size() - 1).endsWith(".html");
        return Optional.of(file ? joined : joined + "/");
    }

    /** {@code /a/b/} → {@code a/b/index.html}; {@code /a/b.html} → {@code a/b.html}. */
    public static String outputPath(String path) {
        String relative = path.substring(1);
        return relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
    }
}
