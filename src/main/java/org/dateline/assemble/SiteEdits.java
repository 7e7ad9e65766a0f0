package org.dateline.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dateline.config.SiteConfig;
import org.dateline.diag.Problems;
import org.dateline.load.AuthorProfile;
import org.dateline.parse.ArticleMeta;
import org.dateline.parse.Slugs;
import org.dateline.render.RenderedArticle;

/**
 * A site assembled again after the front matter of a few articles changed, from the last site rather
 * than from every article: what {@link SiteAssembler#assemble} would give for the same articles, for
 * edits that leave every article where it was. Only the tags and authors the edited articles had or
 * have are grouped again (from their last members, the edited articles and the expired ones); every
 * other group is the last one. Empty (assemble the whole site) when an edited article moves: another
 * path, section spelling, publication date or expiry, another place among the articles published at
 * the same moment; or when a name gives an error.
 */
final class SiteEdits {

    private final SiteConfig config;
    private final Function<RenderedArticle, Optional<Article>> place;

    SiteEdits(SiteConfig config, Function<RenderedArticle, Optional<Article>> place) {
        this.config = config;
        this.place = place;
    }

    Optional<Site> replace(Site before, List<RenderedArticle> edited, List<AuthorProfile> profiles, Problems problems) {
        Map<String, RenderedArticle> byFile = new HashMap<>();
        edited.forEach(content -> byFile.put(content.file(), content));
        Map<Article, Article> swap = new IdentityHashMap<>();
        for (Article old : Stream.of(before.articles(), before.expired(), before.pages()).flatMap(List::stream).toList()) {
            RenderedArticle content = byFile.get(old.file());
            if (content == null) {
                continue;
            }
            Optional<Article> now = place.apply(content);
            ArticleMeta was = old.content().meta(), is = content.meta();
            if (now.isEmpty() || !now.get().path().equals(old.path()) || !now.get().outputPath().equals(old.outputPath())
                    || !now.get().sectionSlug().equals(old.sectionSlug()) || !now.get().published().equals(old.published())
                    || !was.section().equals(is.section()) || !was.expires().equals(is.expires())) {
                return Optional.empty();
            }
            swap.put(old, now.get());
        }
        if (swap.size() != byFile.size()) {
            return Optional.empty();
        }
        List<Article> articles = swapped(before.articles(), swap), expired = swapped(before.expired(), swap);
        if (!inOrder(articles, swap) || !inOrder(expired, swap)) {
            return Optional.empty();
        }
        DistributionChecks.check(config, swap.values().stream().filter(a -> !StandalonePages.isPage(a.file())).toList(),
                problems);
        Set<Article> listed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        listed.addAll(articles);
        Optional<List<Group>> tags = regroup(before.tags(), swap, listed, expired, ArticleMeta::tags, Groups::tags);
        Optional<List<Group>> authors = regroup(before.authors(), swap, listed, expired, ArticleMeta::authors,
                Groups::authors);
        if (tags.isEmpty() || authors.isEmpty()) {
            return Optional.empty();
        }
        // the bylines of every article with a page: one article of each author's group, and the expired ones
        List<Article> bylines = new ArrayList<>(expired);
        authors.get().forEach(group -> bylines.add(group.articles().get(0)));
        Map<String, AuthorProfile> matched = AuthorProfiles.match(profiles, bylines, problems);
        List<Group> sections = before.sections().stream().map(group -> group.articles().stream().anyMatch(swap::containsKey)
                ? new Group(group.name(), group.slug(), group.path(), swapped(group.articles(), swap)) : group).toList();
        return Optional.of(new Site(config, before.urls(), articles, expired, sections, authors.get(), tags.get(),
                matched, swapped(before.pages(), swap)));
    }

    private static List<Article> swapped(List<Article> articles, Map<Article, Article> swap) {
        return articles.stream().map(article -> swap.getOrDefault(article, article)).toList();
    }

    /** Whether each new article stands between its neighbours, newest first. */
    private static boolean inOrder(List<Article> articles, Map<Article, Article> swap) {
        Set<Article> now = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        now.addAll(swap.values());
        for (int i = 0; i < articles.size(); i++) {
            if (now.contains(articles.get(i))
                    && (i > 0 && SiteAssembler.NEWEST_FIRST.compare(articles.get(i - 1), articles.get(i)) >= 0
                    || i + 1 < articles.size() && SiteAssembler.NEWEST_FIRST.compare(articles.get(i), articles.get(i + 1)) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** {@link Groups#tags} or {@link Groups#authors}. */
    private interface Grouping {
        List<Group> of(List<Article> newestFirst, java.util.function.Predicate<Article> listed, Problems problems);
    }

    /**
     * The groups of one kind with those of every slug an edited article had or has made again by
     * {@link Groups} itself, from their possible members only: the groups' last members, the edited
     * articles and the expired ones. Empty when a name gives an error (no letters, or a second spelling).
     */
    private static Optional<List<Group>> regroup(List<Group> before, Map<Article, Article> swap, Set<Article> listed,
                                                 List<Article> expired, Function<ArticleMeta, List<String>> names,
                                                 Grouping grouping) {
        Set<String> slugs = new LinkedHashSet<>();
        for (Map.Entry<Article, Article> edit : swap.entrySet()) {
            for (Article article : List.of(edit.getKey(), edit.getValue())) {
                for (String name : names.apply(article.content().meta())) {
                    String slug = Slugs.slugify(name);
                    if (slug.isEmpty()) {
                        return Optional.empty();
                    }
                    slugs.add(slug);
                }
            }
        }
        Set<Article> candidates = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        before.stream().filter(group -> slugs.contains(group.slug()))
                .forEach(group -> candidates.addAll(swapped(group.articles(), swap)));
        candidates.addAll(swap.values());
        candidates.addAll(expired);
        Problems found = new Problems();
        List<Group> made = grouping.of(candidates.stream().filter(a -> !StandalonePages.isPage(a.file()))
                .sorted(SiteAssembler.NEWEST_FIRST).toList(), listed::contains, found);
        if (found.hasErrors()) {
            return Optional.empty();
        }
        List<Group> groups = new ArrayList<>(before.stream().filter(group -> !slugs.contains(group.slug())).toList());
        made.stream().filter(group -> slugs.contains(group.slug())).forEach(groups::add);
        groups.sort(Comparator.comparing(Group::slug));
        return Optional.of(groups);
    }
}
