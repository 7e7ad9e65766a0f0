package org.dateline.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dateline.assemble.Article;
import org.dateline.assemble.Group;
import org.dateline.assemble.Relations;
import org.dateline.assemble.Site;
import org.dateline.parse.Slugs;

/**
 * Which article pages show other related stories after a front-matter edit ({@link FacetEdits}).
 * Related stories are ranked by the number of tags shared, then the section, then the site's order
 * ({@link Relations}); on the quick way the order and the sections stay, so only an article that has a
 * tag whose list of articles changed (an edited article joined or left it) can show other related
 * stories, and for each of those the lists before and after are compared. An article view shows no
 * tag counts ({@code Views.ArticleTagView}), so nothing else marks those pages.
 */
final class RelatedEdits {

    private RelatedEdits() {
    }

    /**
     * What an edit changed: the output paths of the article pages, listed or expired, whose related
     * stories differ, and the relations of the site after it (for the article pages made again).
     */
    record Changed(Set<String> pages, Relations relations) {
    }

    /** What the edit from {@code before} (whose relations are {@code relations}) to {@code after} changed. */
    static Changed changedPages(Site before, Relations relations, Site after, Set<String> editedFiles) {
        Map<String, Group> old = bySlug(before.tags());
        Map<String, Group> now = bySlug(after.tags());
        Set<String> changedTags = new HashSet<>();
        Set<String> candidates = new HashSet<>(); // the listed articles of those tags, before or after
        Set<String> slugs = new HashSet<>(old.keySet());
        slugs.addAll(now.keySet());
        for (String slug : slugs) {
            Group was = old.get(slug), is = now.get(slug);
            if (was != is && (was == null || is == null || !FacetEdits.sameArticles(was.articles(), is.articles()))) {
                changedTags.add(slug);
                Stream.of(was, is).filter(java.util.Objects::nonNull)
                        .forEach(group -> group.articles().forEach(article -> candidates.add(article.file())));
            }
        }
        if (changedTags.isEmpty()) {
            return new Changed(Set.of(), relations.retagged(after, changedTags));
        }
        // expired articles are in no tag's list, yet get related stories from the listed ones
        Stream.of(before.expired(), after.expired()).flatMap(List::stream).filter(article -> hasAny(article, changedTags))
                .forEach(article -> candidates.add(article.file()));
        candidates.removeAll(editedFiles); // their pages are made again anyway
        Map<String, Article> earlier = new HashMap<>();
        Stream.of(before.articles(), before.expired()).flatMap(List::stream)
                .filter(article -> candidates.contains(article.file())).forEach(article -> earlier.put(article.file(), article));
        Relations was = relations;
        Relations is = was.retagged(after, changedTags); // the same articles in the same order and sections
        Set<String> pages = new HashSet<>();
        Stream.of(after.articles(), after.expired()).flatMap(List::stream)
                .filter(article -> earlier.containsKey(article.file())).forEach(article -> {
                    if (!FacetEdits.sameArticles(was.related(earlier.get(article.file())), is.related(article))) {
                        pages.add(article.outputPath());
                    }
                });
        return new Changed(pages, is);
    }

    private static Map<String, Group> bySlug(List<Group> groups) {
        Map<String, Group> found = new HashMap<>();
        groups.forEach(group -> found.put(group.slug(), group));
        return found;
    }

    private static boolean hasAny(Article article, Set<String> tags) {
        return article.content().meta().tags().stream().map(Slugs::slugify).anyMatch(tags::contains);
    }
}
