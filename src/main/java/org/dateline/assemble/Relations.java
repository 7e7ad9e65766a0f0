package org.dateline.assemble;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.parse.Slugs;

/**
 * How articles relate, for the article page: related articles (shared tags weigh most, then the same
 * section, then the newer; never the article itself) and the previous and next article of its section.
 * Only listed articles are offered; an expired article still gets its neighbours.
 */
final class Relations {

    /** At most this many related articles. */
    static final int RELATED = 4;

    private final Site site;
    private final Map<String, Group> tags = new HashMap<>();

    Relations(Site site) {
        this.site = site;
        site.tags().forEach(tag -> tags.put(tag.slug(), tag));
    }

    List<Article> related(Article article) {
        Map<String, Integer> shared = new LinkedHashMap<>();
        Map<String, Article> candidates = new HashMap<>();
        for (String tag : article.content().meta().tags()) {
            Group group = tags.get(Slugs.slugify(tag));
            if (group == null) {
                continue;
            }
            for (Article other : group.articles()) {
                if (!other.outputPath().equals(article.outputPath())) {
                    shared.merge(other.outputPath(), 1, Integer::sum);
                    candidates.putIfAbsent(other.outputPath(), other);
                }
            }
        }
        List<Article> ranked = new ArrayList<>(candidates.values());
        ranked.sort(Comparator.comparing((Article other) -> -shared.get(other.outputPath()))
                .thenComparing(other -> other.sectionSlug().isEmpty() || !other.sectionSlug().equals(article.sectionSlug()))
                .thenComparing(SiteAssembler.NEWEST_FIRST));
        List<Article> related = new ArrayList<>(ranked.subList(0, Math.min(RELATED, ranked.size())));
        if (related.size() < RELATED) {
            for (Article other : site.section(article).map(Group::articles).orElse(List.of())) {
                if (related.size() == RELATED) {
                    break;
                }
                if (!other.outputPath().equals(article.outputPath()) && !candidates.containsKey(other.outputPath())) {
                    related.add(other);
                }
            }
        }
        return related;
    }

    /** The next older listed article of the same section. */
    Optional<Article> previous(Article article) {
        List<Article> section = sectionOf(article);
        int at = Collections.binarySearch(section, article, SiteAssembler.NEWEST_FIRST);
        int older = at >= 0 ? at + 1 : -at - 1;
        return older < section.size() ? Optional.of(section.get(older)) : Optional.empty();
    }

    /** The next newer listed article of the same section. */
    Optional<Article> next(Article article) {
        List<Article> section = sectionOf(article);
        int at = Collections.binarySearch(section, article, SiteAssembler.NEWEST_FIRST);
        int newer = at >= 0 ? at - 1 : -at - 2;
        return newer >= 0 ? Optional.of(section.get(newer)) : Optional.empty();
    }

    private List<Article> sectionOf(Article article) {
        return site.section(article).map(Group::articles).orElse(List.of());
    }
}
