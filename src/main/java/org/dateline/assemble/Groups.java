package org.dateline.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dateline.config.Listing;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.diag.SourcePosition;
import org.dateline.parse.ArticleMeta;
import org.dateline.parse.Slugs;

/**
 * Groups articles into sections, authors and tags by slug. Names that differ only in letter case
 * ({@code world}, {@code World}) are one group, spelt as the newest article spells it; two different
 * names with one slug ({@code Zoë} and {@code Zoe}) are an error naming both articles, not a silent merge.
 * Names are checked on every article, but a group holds only the listed ones, and a group with no
 * listed article is left out: it gets no page. A section's own front matter ({@code _index.md}) gives
 * its title (unless site.yaml's {@code sections} does), its place by {@code weight} after the sections
 * site.yaml orders, and with {@code draft} leaves it out.
 */
public final class Groups {

    public static final String AUTHORS = "/authors/";
    public static final String TAGS = "/tags/";

    private Groups() {
    }

    static List<Group> sections(List<Article> articles, Predicate<Article> listed, Listing listing,
                                Problems problems) {
        List<Group> groups = group(articles, listed, "section",
                meta -> meta.section().isEmpty() ? List.of() : List.of(meta.section()), slug -> "/" + slug + "/", problems);
        Map<String, Integer> order = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (Listing.SectionName configured : listing.sections()) {
            String slug = Slugs.slugify(configured.key());
            if (articles.stream().noneMatch(article -> article.sectionSlug().equals(slug))) {
                problems.add(Problem.warning(configured.position(), "`sections` entry \"" + configured.key()
                        + "\" matches no published article's section", "check its spelling against the articles'"
                        + " sections and folders, or remove it"));
            }
            order.putIfAbsent(slug, order.size());
            if (!configured.title().isEmpty()) {
                titles.put(slug, configured.title());
            }
        }
        Map<String, Integer> weights = new LinkedHashMap<>();
        Set<String> drafts = new HashSet<>();
        for (Listing.SectionFile file : listing.sectionFiles()) {
            if (articles.stream().noneMatch(article -> article.sectionSlug().equals(file.slug()))) {
                problems.add(Problem.warning(SourcePosition.of(file.file()), "section \"" + file.slug() + "\" has no"
                        + " published article, so it has no page", "add articles to its folder, or delete the file"));
            }
            if (!file.title().isEmpty()) {
                titles.putIfAbsent(file.slug(), file.title()); // site.yaml's `sections` title wins
            }
            if (file.weight() != 0) {
                weights.put(file.slug(), file.weight());
            }
            if (file.draft()) {
                drafts.add(file.slug());
            }
        }
        // site.yaml's order first, then by weight (Hugo's: lower first, none last), then by slug
        return groups.stream()
                .filter(g -> !drafts.contains(g.slug()))
                .map(g -> new Group(titles.getOrDefault(g.slug(), g.name()), g.slug(), g.path(), g.articles()))
                .sorted(Comparator.comparing((Group g) -> order.getOrDefault(g.slug(), Integer.MAX_VALUE))
                        .thenComparing(g -> weights.containsKey(g.slug()) ? 0 : 1)
                        .thenComparing(g -> weights.getOrDefault(g.slug(), 0))
                        .thenComparing(Group::slug))
                .toList();
    }

    static List<Group> authors(List<Article> articles, Predicate<Article> listed, Problems problems) {
        return sortedBySlug(group(articles, listed, "author", ArticleMeta::authors, slug -> AUTHORS + slug + "/",
                problems));
    }

    static List<Group> tags(List<Article> articles, Predicate<Article> listed, Problems problems) {
        return sortedBySlug(group(articles, listed, "tags", ArticleMeta::tags, slug -> TAGS + slug + "/", problems));
    }

    private static List<Group> sortedBySlug(List<Group> groups) {
        return groups.stream().sorted(Comparator.comparing(Group::slug)).toList();
    }

    /** Articles must already be newest first; each group keeps that order. */
    private static List<Group> group(List<Article> articles, Predicate<Article> listed, String key,
                                     Function<ArticleMeta, List<String>> names, Function<String, String> path,
                                     Problems problems) {
        Grouping grouping = new Grouping(listed, key, problems);
        for (Article article : articles) {
            grouping.add(article, names.apply(article.content().meta()));
        }
        List<Group> groups = new ArrayList<>();
        grouping.bySlug.forEach((slug, list) -> {
            if (!list.isEmpty()) {
                groups.add(new Group(grouping.nameBySlug.get(slug), slug, path.apply(slug), list));
            }
        });
        return groups;
    }

    /** One grouping in progress: the loop over 10,000 articles calls {@link #add}, compiled after a few hundred calls. */
    private static final class Grouping {
        private final Predicate<Article> listed;
        private final String key;
        private final Problems problems;
        private final Map<String, String> nameBySlug = new LinkedHashMap<>();
        private final Map<String, String> firstFile = new LinkedHashMap<>();
        private final Map<String, List<Article>> bySlug = new LinkedHashMap<>();
        /** Each name's slug, made once: a site's articles share a few hundred names. */
        private final Map<String, String> slugs = new java.util.HashMap<>();

        Grouping(Predicate<Article> listed, String key, Problems problems) {
            this.listed = listed;
            this.key = key;
            this.problems = problems;
        }

        void add(Article article, List<String> names) {
            for (String name : names) {
                String slug = slugs.computeIfAbsent(name, Slugs::slugify);
                if (slug.isEmpty()) {
                    problems.add(Problem.error(article.content().meta().position(key, article.file()),
                            "`" + key + "` \"" + name + "\" has no letters or digits to make a URL from",
                            "use a name with letters or digits"));
                    continue;
                }
                String known = nameBySlug.putIfAbsent(slug, name);
                if (known != null && !known.equals(name) && !known.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    problems.add(Problem.error(article.content().meta().position(key, article.file()),
                            "`" + key + "` \"" + name + "\" and \"" + known + "\" (in " + firstFile.get(slug)
                                    + ") both make the URL slug \"" + slug + "\"", "spell the name the same way in both"));
                    continue;
                }
                firstFile.putIfAbsent(slug, article.file());
                List<Article> list = bySlug.computeIfAbsent(slug, s -> new ArrayList<>());
                if (listed.test(article) && (list.isEmpty() || list.get(list.size() - 1) != article)) {
                    list.add(article);
                }
            }
        }
    }
}
