package org.dateline.assemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.parse.Slugs;

/**
 * How articles relate, for the article page: related articles (shared tags weigh most, then the same
 * section, then the newer; never the article itself) and the previous and next article of its section.
 * Only listed articles are offered; an expired article still gets its neighbours.
 *
 * <p>Listed articles are numbered by their place in the newest-first order, so ranking compares
 * numbers: a site of thousands of articles sharing a few big tags stays fast.
 */
public final class Relations {

    /** At most this many related articles. */
    static final int RELATED = 4;

    private final Site site;
    private final List<Article> listed;
    private final Map<String, Integer> rank;
    private final Map<String, int[]> tagRanks;
    /** By rank: a number for the article's section (equal numbers, same section), -1 for none. */
    private final int[] sections;
    /** By output path: where a listed article is in its section's list, for its neighbours without a search. */
    private final Map<String, Integer> placeInSection;

    /** Read-only once made: the build's workers share one. */
    public Relations(Site site) {
        this.site = site;
        this.listed = site.articles();
        this.rank = new HashMap<>();
        this.tagRanks = new HashMap<>();
        this.placeInSection = new HashMap<>();
        this.sections = new int[listed.size()];
        Map<String, Integer> sectionNumbers = new HashMap<>();
        for (Article article : listed) {
            String slug = article.sectionSlug();
            sections[rank.size()] = slug.isEmpty() ? -1
                    : sectionNumbers.computeIfAbsent(slug, s -> sectionNumbers.size());
            rank.put(article.outputPath(), rank.size());
        }
        for (Group tag : site.tags()) {
            tagRanks.put(tag.slug(), ranks(tag));
        }
        for (Group section : site.sections()) {
            List<Article> members = section.articles();
            for (int i = 0; i < members.size(); i++) {
                placeInSection.put(members.get(i).outputPath(), i);
            }
        }
    }

    private Relations(Site site, Relations earlier, Map<String, int[]> tagRanks) {
        this.site = site;
        this.listed = site.articles();
        this.rank = earlier.rank;
        this.sections = earlier.sections;
        this.placeInSection = earlier.placeInSection;
        this.tagRanks = tagRanks;
    }

    /**
     * The relations of {@code after}: this site with the articles of the tags {@code tags} (slugs)
     * changed, and nothing else that relations go by: the same articles listed in the same order, each
     * in its section (a front-matter edit that moves no article, see {@link SiteAssembler#replace}).
     * Only those tags are ranked again; the articles' ranks, sections and places are shared.
     */
    public Relations retagged(Site after, java.util.Set<String> tags) {
        if (after.articles().size() != listed.size()) {
            return new Relations(after);
        }
        Map<String, int[]> ranks = new HashMap<>(tagRanks);
        tags.forEach(ranks::remove);
        for (Group tag : after.tags()) {
            if (tags.contains(tag.slug())) {
                ranks.put(tag.slug(), ranks(tag));
            }
        }
        return new Relations(after, this, ranks);
    }

    /** The ranks of a tag's articles, sorted. */
    private int[] ranks(Group tag) {
        int[] ranks = tag.articles().stream().mapToInt(a -> rank.get(a.outputPath())).toArray();
        Arrays.sort(ranks); // newest first already, as listed: sorted once here, merged per article in hits
        return ranks;
    }

    public List<Article> related(Article article) {
        int self = rank.getOrDefault(article.outputPath(), -1);
        int[] hits = hits(article, self);
        // an article not listed (expired) has no rank: its section is compared by slug, once
        int section = self >= 0 ? sections[self] : listed.stream().filter(other -> sameSection(article, other))
                .findFirst().map(other -> sections[rank.get(other.outputPath())]).orElse(-2);
        long[] best = new long[RELATED];
        int found = 0;
        for (int i = 0; i < hits.length; ) {
            int other = hits[i];
            int shared = 0;
            while (i < hits.length && hits[i] == other) {
                shared++;
                i++;
            }
            boolean sameSection = section >= 0 && sections[other] == section;
            long key = ((long) (Integer.MAX_VALUE - shared) << 32) | ((sameSection ? 0L : 1L) << 31) | other;
            found = insert(best, found, key);
        }
        List<Article> related = new ArrayList<>();
        for (int i = 0; i < found; i++) {
            related.add(listed.get((int) (best[i] & Integer.MAX_VALUE)));
        }
        fillFrom(sectionOf(article), related, self, hits);
        fillFrom(listed, related, self, hits); // then the newest, so no article is left without any
        return related;
    }

    /**
     * The ranks of every other listed article sharing a tag with {@code article}, once per shared tag, sorted: the
     * tags' sorted lists merged (sorting their concatenation was 1.4% of a cold build's CPU).
     */
    private int[] hits(Article article, int self) {
        int[] hits = new int[0];
        for (String slug : article.content().meta().tags().stream().map(Slugs::slugify).distinct().toList()) {
            int[] ranks = tagRanks.get(slug);
            if (ranks != null) {
                hits = merge(hits, ranks, self);
            }
        }
        return hits;
    }

    /** The sorted {@code a} and {@code b} as one sorted array, without {@code self} (which only {@code b} may hold). */
    private static int[] merge(int[] a, int[] b, int self) {
        int[] out = new int[a.length + b.length];
        int i = 0, j = 0, at = 0;
        while (j < b.length) {
            int next = b[j++];
            if (next == self) {
                continue;
            }
            while (i < a.length && a[i] <= next) {
                out[at++] = a[i++];
            }
            out[at++] = next;
        }
        while (i < a.length) {
            out[at++] = a[i++];
        }
        return at == out.length ? out : Arrays.copyOf(out, at);
    }

    /** Adds articles of {@code candidates} (newest first) not yet related, up to {@code RELATED}. */
    private void fillFrom(List<Article> candidates, List<Article> related, int self, int[] hits) {
        for (Article other : candidates) {
            if (related.size() == RELATED) {
                return;
            }
            int otherRank = rank.get(other.outputPath());
            if (otherRank != self && Arrays.binarySearch(hits, otherRank) < 0 && !related.contains(other)) {
                related.add(other);
            }
        }
    }

    /** Keeps the {@code RELATED} smallest keys, sorted. */
    private static int insert(long[] best, int found, long key) {
        if (found == best.length && key >= best[found - 1]) {
            return found;
        }
        int at = found == best.length ? found - 1 : found;
        while (at > 0 && best[at - 1] > key) {
            best[at] = best[at - 1];
            at--;
        }
        best[at] = key;
        return Math.min(best.length, found + 1);
    }

    private static boolean sameSection(Article article, Article other) {
        return !article.sectionSlug().isEmpty() && article.sectionSlug().equals(other.sectionSlug());
    }

    /** The next older listed article of the same section. */
    public Optional<Article> previous(Article article) {
        List<Article> section = sectionOf(article);
        int at = place(section, article);
        int older = at >= 0 ? at + 1 : -at - 1;
        return older < section.size() ? Optional.of(section.get(older)) : Optional.empty();
    }

    /** The next newer listed article of the same section. */
    public Optional<Article> next(Article article) {
        List<Article> section = sectionOf(article);
        int at = place(section, article);
        int newer = at >= 0 ? at - 1 : -at - 2;
        return newer >= 0 ? Optional.of(section.get(newer)) : Optional.empty();
    }

    /**
     * Where {@code article} is in {@code section}, or where it would be ({@code -insertion - 1}), as a binary search
     * answers: a listed article's place is looked up, as a search compared dates, titles and files ~14 times.
     */
    private int place(List<Article> section, Article article) {
        Integer known = placeInSection.get(article.outputPath());
        if (known != null && known < section.size() && section.get(known) == article) {
            return known;
        }
        return Collections.binarySearch(section, article, SiteAssembler.NEWEST_FIRST);
    }

    private List<Article> sectionOf(Article article) {
        return site.section(article).map(Group::articles).orElse(List.of());
    }
}
