package org.dateline.parse;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.config.YamlNode;
import org.dateline.diag.Problem;

/**
 * The front-matter keys Dateline knows, with the names Hugo, Jekyll and Eleventy give them, matched
 * without regard to case ({@code Title}, {@code expirydate}, {@code publishDate}).
 */
final class FrontMatterKeys {

    /** Canonical key → the aliases that mean the same, in the order they are looked for. */
    static final Map<String, List<String>> KEYS = aliases();

    /** Keys that decide whether and when an article is published: written twice, they stay an error. */
    static final Set<String> PUBLICATION = Set.of("date", "draft", "published", "expires");

    /** Hugo's {@code publishDate}: it decides publication there, so it wins over a {@code date} beside it. */
    static final String PUBLISH_DATE = "publishdate";

    private static final Map<String, String> CANONICAL = canonical();
    /** Each canonical key, by itself: {@link #shared} gives every article the same string. */
    private static final Map<String, String> SHARED = shared();

    private FrontMatterKeys() {
    }

    private static Map<String, List<String>> aliases() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("title", List.of());
        keys.put("date", List.of("published", "pubDate", "publishDate"));
        keys.put("updated", List.of("lastmod", "last_modified_at", "modified"));
        keys.put("expires", List.of("expiryDate"));
        keys.put("author", List.of("authors"));
        keys.put("source", List.of());
        keys.put("description", List.of("summary", "dek", "standfirst", "excerpt"));
        keys.put("section", List.of("category"));
        keys.put("categories", List.of());
        keys.put("tags", List.of("keywords"));
        keys.put("slug", List.of());
        keys.put("draft", List.of());
        keys.put("image", List.of("images"));
        keys.put("image_alt", List.of());
        keys.put("image_caption", List.of());
        keys.put("image_credit", List.of());
        keys.put("location", List.of("dateline"));
        keys.put("corrections", List.of());
        keys.put("updates", List.of());
        keys.put("url", List.of("permalink"));
        keys.put("aliases", List.of("redirect_from"));
        return Collections.unmodifiableMap(keys);
    }

    private static Map<String, String> shared() {
        Map<String, String> shared = new HashMap<>();
        KEYS.keySet().forEach(key -> shared.put(key, key));
        return Collections.unmodifiableMap(shared);
    }

    /** {@code key} as the one string this class holds when it is a canonical key (read from a cache, say), else itself. */
    static String shared(String key) {
        return SHARED.getOrDefault(key, key);
    }

    private static Map<String, String> canonical() {
        Map<String, String> canonical = new HashMap<>();
        KEYS.forEach((key, aliases) -> {
            canonical.put(key.toLowerCase(Locale.ROOT), key);
            aliases.forEach(alias -> canonical.put(alias.toLowerCase(Locale.ROOT), key));
        });
        return Collections.unmodifiableMap(canonical);
    }

    /**
     * The canonical key of {@code entry}, or empty for a key Dateline does not know. Jekyll's
     * {@code published: false} (a boolean) is the publication flag {@code published}; a date under
     * {@code published} is the publication date.
     */
    static Optional<String> canonical(YamlNode.Entry entry) {
        String lower = entry.key().toLowerCase(Locale.ROOT);
        if (lower.equals("published") && entry.value() instanceof YamlNode.Scalar scalar
                && scalar.kind() == YamlNode.Kind.BOOL) {
            return Optional.of("published");
        }
        return Optional.ofNullable(CANONICAL.get(lower));
    }

    static boolean isPublishDate(YamlNode.Entry entry) {
        return entry.key().toLowerCase(Locale.ROOT).equals(PUBLISH_DATE);
    }

    /** The same key written twice: the last one is kept, with a warning, unless it decides publication. */
    static Problem duplicate(YamlNode.Entry earlier, YamlNode.Entry later) {
        Optional<String> key = FrontMatterKeys.canonical(later);
        if (key.isPresent() && FrontMatterKeys.PUBLICATION.contains(key.get())) {
            return Problem.error(later.keyPosition(), "duplicate key `" + later.key() + "` (first given on line "
                    + earlier.keyPosition().line() + ")", "keep one of the two: it decides when the article is published");
        }
        return Problem.warning(later.keyPosition(), "duplicate key `" + later.key() + "` (first given on line "
                + earlier.keyPosition().line() + "); the last one is kept", "delete the line you do not mean");
    }
}
