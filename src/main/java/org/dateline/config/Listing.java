package org.dateline.config;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dateline.diag.SourcePosition;

/**
 * How listing pages are laid out: {@code page_size} and the {@code sections:} order.
 *
 * @param pageSize articles per listing page
 * @param sections the navigation order of sections with their display names; sections not listed
 *     follow alphabetically
 * @param kinds {@code listings}: the kinds of listing page the site has
 */
public record Listing(int pageSize, List<SectionName> sections, Set<ListingKind> kinds) {

    public static final int DEFAULT_PAGE_SIZE = 20;

    public Listing {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        sections = List.copyOf(sections);
        kinds = Set.copyOf(kinds);
    }

    /** Every kind of listing page. */
    public Listing(int pageSize, List<SectionName> sections) {
        this(pageSize, sections, EnumSet.allOf(ListingKind.class));
    }

    /** Whether the site has listing pages of this kind. */
    public boolean has(ListingKind kind) {
        return kinds.contains(kind);
    }

    /**
     * One entry of {@code sections:}: the section as articles name it, and how to show it.
     *
     * @param key the section's name or slug as articles give it (compared by slug)
     * @param title the display name ("" means: the name the articles use)
     * @param position where the entry is written in site.yaml
     */
    public record SectionName(String key, String title, SourcePosition position) {
        public SectionName {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(position, "position");
        }
    }
}
