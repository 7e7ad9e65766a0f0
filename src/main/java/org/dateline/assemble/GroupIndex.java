package org.dateline.assemble;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.parse.Slugs;

/**
 * The site's sections, authors and tags by slug, and the names an article's section, authors and
 * tags are shown under: the group's spelling when the name has a group (so {@code world} and
 * {@code World} read the same everywhere), else the name as written. Read-only once made, so the
 * build's worker threads share one.
 */
public final class GroupIndex {

    private final Map<String, Group> sections = new HashMap<>();
    private final Map<String, Group> authors = new HashMap<>();
    private final Map<String, Group> tags = new HashMap<>();

    public GroupIndex(Site site) {
        site.sections().forEach(g -> sections.put(g.slug(), g));
        site.authors().forEach(g -> authors.put(g.slug(), g));
        site.tags().forEach(g -> tags.put(g.slug(), g));
    }

    public Optional<Group> section(String slug) {
        return Optional.ofNullable(sections.get(slug));
    }

    public Optional<Group> author(String slug) {
        return Optional.ofNullable(authors.get(slug));
    }

    public Optional<Group> tag(String slug) {
        return Optional.ofNullable(tags.get(slug));
    }

    /** The name of the article's section, or "" when it has none. */
    public String sectionName(Article article) {
        String written = article.content().meta().section();
        return written.isEmpty() ? "" : section(article.sectionSlug()).map(Group::name).orElse(written);
    }

    /** The article's authors as named and slugged everywhere, in the order the article lists them. */
    public List<Name> authors(Article article) {
        return article.content().meta().authors().stream().map(name -> named(name, authors)).toList();
    }

    /** The article's tags as named and slugged everywhere, in the order the article lists them. */
    public List<Name> tags(Article article) {
        return article.content().meta().tags().stream().map(name -> named(name, tags)).toList();
    }

    private static Name named(String written, Map<String, Group> groups) {
        String slug = Slugs.slugify(written);
        Group group = groups.get(slug);
        return new Name(group == null ? written : group.name(), slug);
    }

    /** A section's, author's or tag's display name and URL slug. */
    public record Name(String name, String slug) {
    }
}
