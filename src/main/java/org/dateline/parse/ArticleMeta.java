package org.dateline.parse;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dateline.diag.SourcePosition;

/**
 * An article's validated front matter. Optional text is "" when absent.
 *
 * @param expires when the article leaves listings and feeds ({@code expires}); its page stays
 * @param description the standfirst as written; "" when the front matter has none
 * @param section the section's display name; "" for an article with no section
 * @param slug one safe path segment
 * @param corrections the {@code corrections:} log, oldest first
 * @param updates the {@code updates:} log, oldest first
 * @param params every key Dateline does not know, as plain values for templates
 * @param positions where each known key was written, for later diagnostics
 * @param categories Jekyll's and Hugo's {@code categories}, in order (for the {@code :categories} permalink token)
 * @param url the article's own path ({@code url}, {@code permalink}), overriding the site's pattern; "" when none
 * @param aliases old paths of the article ({@code aliases}, {@code redirect_from}) that redirect to it
 * @param authorUrls an author's web address given in the byline ({@code [Name](https://…)}), by name
 */
public record ArticleMeta(
        String title,
        OffsetDateTime published,
        Optional<OffsetDateTime> updated,
        Optional<OffsetDateTime> expires,
        List<String> authors,
        String source,
        String description,
        String section,
        List<String> tags,
        String slug,
        boolean draft,
        Optional<LeadImage> image,
        String location,
        List<Notice> corrections,
        List<Notice> updates,
        Map<String, Object> params,
        Map<String, SourcePosition> positions,
        List<String> categories,
        String url,
        List<String> aliases,
        Map<String, String> authorUrls) {

    public ArticleMeta {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(expires, "expires");
        // names, tags, sections and places repeat across a site: every article holds the one string
        authors = shared(authors);
        source = Objects.requireNonNull(source, "source").intern();
        Objects.requireNonNull(description, "description");
        section = Objects.requireNonNull(section, "section").intern();
        tags = shared(tags);
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(image, "image");
        location = Objects.requireNonNull(location, "location").intern();
        corrections = List.copyOf(corrections);
        updates = List.copyOf(updates);
        params = ordered(params);
        positions = KeyPositions.of(positions); // small: every article keeps it for the whole build
        categories = shared(categories);
        Objects.requireNonNull(url, "url");
        aliases = List.copyOf(aliases);
        authorUrls = ordered(authorUrls);
    }

    /**
     * Component by component, as a record's own {@code equals} compares: written out, because a record's is
     * made of method handles at its first call, which took 40-67 ms of a fresh JVM for these 21 components, and
     * a body edit's first step compares the edited article's metadata with the last build's.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ArticleMeta meta && draft == meta.draft && title.equals(meta.title)
                && published.equals(meta.published) && updated.equals(meta.updated) && expires.equals(meta.expires)
                && authors.equals(meta.authors) && source.equals(meta.source) && description.equals(meta.description)
                && section.equals(meta.section) && tags.equals(meta.tags) && slug.equals(meta.slug)
                && image.equals(meta.image) && location.equals(meta.location) && corrections.equals(meta.corrections)
                && updates.equals(meta.updates) && params.equals(meta.params) && positions.equals(meta.positions)
                && categories.equals(meta.categories) && url.equals(meta.url) && aliases.equals(meta.aliases)
                && authorUrls.equals(meta.authorUrls);
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, published, updated, expires, authors, source, description, section, tags, slug,
                draft, image, location, corrections, updates, params, positions, categories, url, aliases, authorUrls);
    }

    /** Metadata without the keys that only migrated sites write. */
    public ArticleMeta(String title, OffsetDateTime published, Optional<OffsetDateTime> updated,
                       Optional<OffsetDateTime> expires, List<String> authors, String source, String description,
                       String section, List<String> tags, String slug, boolean draft, Optional<LeadImage> image,
                       String location, List<Notice> corrections, List<Notice> updates, Map<String, Object> params,
                       Map<String, SourcePosition> positions) {
        this(title, published, updated, expires, authors, source, description, section, tags, slug, draft, image,
                location, corrections, updates, params, positions, List.of(), "", List.of(), Map.of());
    }

    /** Metadata without an expiry date. */
    public ArticleMeta(String title, OffsetDateTime published, Optional<OffsetDateTime> updated, List<String> authors,
                       String source, String description, String section, List<String> tags, String slug,
                       boolean draft, Optional<LeadImage> image, String location, List<Notice> corrections,
                       List<Notice> updates, Map<String, Object> params, Map<String, SourcePosition> positions) {
        this(title, published, updated, Optional.empty(), authors, source, description, section, tags, slug, draft,
                image, location, corrections, updates, params, positions);
    }

    /** An unmodifiable copy with each text the JVM's one copy of it ({@link String#intern}). */
    private static List<String> shared(List<String> texts) {
        String[] shared = new String[texts.size()];
        for (int i = 0; i < shared.length; i++) {
            shared[i] = texts.get(i).intern();
        }
        return List.of(shared); // as List.copyOf: one or two texts take the smallest list
    }

    /** An unmodifiable copy in the same order; the one empty map when empty (most articles: every article keeps it). */
    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return map.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
    }

    /**
     * Where {@code key} was written, or else the file alone, with no line: a value that came from the
     * file name or folder (a slug, a section) was written on no line at all.
     */
    public SourcePosition position(String key, String file) {
        return positions.getOrDefault(key, SourcePosition.of(file));
    }
}
