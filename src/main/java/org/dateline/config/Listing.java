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
 * @param sectionFiles what sections say of themselves in {@code content/SECTION/_index.md} (Hugo's
 *     section front matter), by slug; {@code sections} in site.yaml wins where both give a title
 */
public record Listing(int pageSize, List<SectionName> sections, Set<ListingKind> kinds, List<SectionFile> sectionFiles) {

    public static final int DEFAULT_PAGE_SIZE = 20;

    public Listing {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        sections = List.copyOf(sections);
        kinds = Set.copyOf(kinds);
        sectionFiles = List.copyOf(sectionFiles);
    }

    public Listing(int pageSize, List<SectionName> sections, Set<ListingKind> kinds) {
        this(pageSize, sections, kinds, List.of());
    }

    /** The same listing with the sections' own front matter. */
    public Listing withSectionFiles(List<SectionFile> files) {
        return new Listing(pageSize, sections, kinds, files);
    }

    /** The front matter of the section with slug {@code slug}, if it has an {@code _index.md}. */
    public java.util.Optional<SectionFile> sectionFile(String slug) {
        return sectionFiles.stream().filter(file -> file.slug().equals(slug)).findFirst();
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

    /**
     * A section's own front matter ({@code content/world/_index.md}), as Hugo reads it.
     *
     * @param slug the section's slug: that of its folder
     * @param title its display name ("" means: the name the articles use)
     * @param description shown on its page, in its page's meta description and its feeds ("" when none)
     * @param weight its place in the navigation among sections site.yaml does not order: lower first, 0 = none
     * @param draft a draft section has no page, no feeds and no place in the navigation (its articles keep theirs)
     * @param file the {@code _index.md} file, for messages
     */
    public record SectionFile(String slug, String title, String description, int weight, boolean draft, String file) {
        public SectionFile {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(file, "file");
        }
    }
}
