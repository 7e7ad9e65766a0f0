package org.dateline.assemble;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.parse.ArticleMeta;
import org.dateline.parse.Slugs;

/**
 * Expands the {@code permalink} pattern for an article. Tokens: {@code :section :year :month :day
 * :slug :title}, and Jekyll's and Hugo's {@code :categories :short_year :i_month :i_day :hour :minute
 * :second :output_ext :filename :contentbasename}. An article's own {@code url} wins over the pattern. A pattern ending in {@code /} is written as {@code .../index.html}; one ending in a
 * file name ({@code .html}) as that file. Empty segments collapse, so an article without a section
 * loses {@code :section} cleanly.
 */
public final class Permalinks {

    private static final Pattern TOKEN = Pattern.compile(":([a-z_]+)");

    /** The pattern cut once into literal text and token names, alternately: text, token, text, ... text. */
    private final List<String> parts = new ArrayList<>();

    Permalinks(String pattern) {
        Matcher tokens = TOKEN.matcher(pattern);
        int end = 0;
        while (tokens.find()) {
            parts.add(pattern.substring(end, tokens.start()));
            parts.add(tokens.group(1));
            end = tokens.end();
        }
        parts.add(pattern.substring(end));
    }

    /** The site path, e.g. {@code /world/2024/05/31/slug/}; empty when it would not be one safe path. */
    Optional<String> path(ArticleMeta meta, String sectionSlug, OffsetDateTime local) {
        return path(meta, "", sectionSlug, local);
    }

    /**
     * The site path of the article from {@code file}: its own {@code url} when it has one, else the
     * pattern expanded; empty when it would not be one safe path.
     */
    Optional<String> path(ArticleMeta meta, String file, String sectionSlug, OffsetDateTime local) {
        if (!meta.url().isEmpty()) {
            return clean(meta.url());
        }
        StringBuilder expanded = new StringBuilder(parts.get(0));
        for (int i = 1; i < parts.size(); i += 2) {
            String name = parts.get(i);
            expanded.append(token(name, meta, file, sectionSlug, local).orElse(":" + name)).append(parts.get(i + 1));
        }
        return clean(expanded.toString());
    }

    private static Optional<String> token(String name, ArticleMeta meta, String file, String sectionSlug,
                                          OffsetDateTime local) {
        return Optional.ofNullable(switch (name) {
            case "section" -> sectionSlug;
            case "categories" -> String.join("/", meta.categories().stream().map(Slugs::slugify)
                    .filter(c -> !c.isEmpty()).toList());
            case "year" -> padded(local.getYear(), 4);
            case "short_year" -> padded(local.getYear() % 100, 2);
            case "month" -> padded(local.getMonthValue(), 2);
            case "i_month" -> String.valueOf(local.getMonthValue());
            case "day" -> padded(local.getDayOfMonth(), 2);
            case "i_day" -> String.valueOf(local.getDayOfMonth());
            case "hour" -> padded(local.getHour(), 2);
            case "minute" -> padded(local.getMinute(), 2);
            case "second" -> padded(local.getSecond(), 2);
            case "slug" -> meta.slug();
            case "title" -> Slugs.slugify(meta.title());
            case "output_ext" -> ".html";
            case "filename" -> baseName(file);
            case "contentbasename" -> baseName(file).equals("index") ? folderName(file) : baseName(file);
            default -> null;
        });
    }

    /** {@code value} with leading zeros to {@code width} digits, as {@code %0Nd} formats it (a negative year keeps its sign in front). */
    static String padded(int value, int width) {
        String digits = Integer.toString(Math.abs(value));
        String zeros = "0".repeat(Math.max(0, width - (value < 0 ? 1 : 0) - digits.length()));
        return (value < 0 ? "-" : "") + zeros + digits;
    }

    private static String baseName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String folderName(String file) {
        String folder = file.contains("/") ? file.substring(0, file.lastIndexOf('/')) : "";
        return folder.substring(folder.lastIndexOf('/') + 1);
    }

    /** {@code expanded} as a path of plain segments, or empty when a segment would leave or hide. */
    private static Optional<String> clean(String expanded) {
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
