package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import org.dateline.assemble.Article;
import org.dateline.assemble.Group;
import org.dateline.assemble.Site;
import org.dateline.pipeline.SiteRecord.Grouped;
import org.dateline.pipeline.SiteRecord.Place;
import org.dateline.render.RenderedArticle;

/**
 * A {@link SiteRecord} carried through a front-matter edit ({@link FacetEdits}): the edit moves no
 * article, so the record's places and lists stand, and only some groups (sections, authors, tags) are
 * others. Each group the edit kept (the same object, as {@link org.dateline.assemble.SiteAssembler#replace}
 * keeps every group no edited article is in) keeps its recorded numbers, and its bytes when written
 * ({@link SiteRecordCodec}); the others are numbered from the recorded group of their slug. Where
 * {@link SiteRecord#of} numbered every article of every group and encoded the whole record again, the
 * record's thread took ~150 ms after a tag edit against ~35 ms after a body edit (cold JVM).
 */
final class RecordGroups {

    /** How many articles of a group {@link #numbered} looks for among all: an edit's few (more: the whole way). */
    private static final int SEARCHED = 16;

    private RecordGroups() {
    }

    /**
     * {@code record}, which describes {@code last}'s site but for its keys, for {@code now}'s; empty when
     * anything but groups differs (an article moved, an edited article's place changed: its updated date).
     */
    static Optional<SiteRecord> regrouped(SiteRecord record, PlannedBuild last, PlannedBuild now) {
        List<RenderedArticle> before = last.done().rendered(), rendered = now.done().rendered();
        Site site = now.site();
        int count = record.keys().length;
        if (before.size() != count || rendered.size() != count || !holds(record.listed(), site.articles(), rendered)
                || !holds(record.expired(), site.expired(), rendered) || !holds(record.pages(), site.pages(), rendered)) {
            return Optional.empty(); // an article moved: FacetEdits takes the whole way then, never here
        }
        for (int i = 0; i < count; i++) {
            if (before.get(i) != rendered.get(i) && !placed(record, rendered.get(i), i, site)) {
                return Optional.empty(); // an edited article not in its recorded place
            }
        }
        Optional<List<Grouped>> sections = groups(record, record.sections(), last.site().sections(), site.sections(), rendered);
        Optional<List<Grouped>> authors = groups(record, record.authors(), last.site().authors(), site.authors(), rendered);
        Optional<List<Grouped>> tags = groups(record, record.tags(), last.site().tags(), site.tags(), rendered);
        if (sections.isEmpty() || authors.isEmpty() || tags.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SiteRecord(record.inputs(), record.builtAt(), record.articleFingerprint(), record.salt(),
                record.files(), record.fileOf(), record.keys(), record.places(), record.listed(), record.expired(),
                record.pages(), sections.get(), authors.get(), tags.get(), record.encoded()));
    }

    /** Whether {@code articles} are the published articles {@code numbers}, in order. */
    private static boolean holds(int[] numbers, List<Article> articles, List<RenderedArticle> rendered) {
        if (numbers.length != articles.size()) {
            return false;
        }
        for (int k = 0; k < numbers.length; k++) {
            if (articles.get(k).content() != rendered.get(numbers[k])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the edited {@code content}, published article {@code i}, is in its recorded place in {@code site}'s lists. */
    private static boolean placed(SiteRecord record, RenderedArticle content, int i, Site site) {
        Article article = find(record.listed(), i, site.articles());
        article = article != null ? article : find(record.expired(), i, site.expired());
        article = article != null ? article : find(record.pages(), i, site.pages());
        Place place = record.places()[i];
        return article != null && article.content() == content && place != null && place.is(article);
    }

    private static Article find(int[] numbers, int i, List<Article> articles) {
        for (int k = 0; k < numbers.length; k++) {
            if (numbers[k] == i) {
                return articles.get(k);
            }
        }
        return null;
    }

    /**
     * The groups of {@code now} numbered: the recorded group {@code before} had at the same index (the
     * record's groups are its site's, in order) for each group {@code now} holds the same object of;
     * {@code recorded} itself when all are, as after a body edit.
     */
    private static Optional<List<Grouped>> groups(SiteRecord record, List<Grouped> recorded, List<Group> before,
                                                  List<Group> now, List<RenderedArticle> rendered) {
        if (recorded.size() != before.size()) {
            return Optional.empty();
        }
        IdentityHashMap<Group, Integer> kept = new IdentityHashMap<>(before.size() * 2);
        for (int j = 0; j < before.size(); j++) {
            kept.put(before.get(j), j);
        }
        List<Grouped> groups = new ArrayList<>(now.size());
        boolean same = now.size() == recorded.size();
        for (int j = 0; j < now.size(); j++) {
            Group group = now.get(j);
            Integer at = kept.get(group);
            Grouped made = at != null ? recorded.get(at) : numbered(record, group, recorded, rendered);
            if (made == null || !made.slug().equals(group.slug())) {
                return Optional.empty();
            }
            same = same && made == recorded.get(j);
            groups.add(made);
        }
        return Optional.of(same ? recorded : groups);
    }

    /**
     * {@code group} numbered: its articles are those of the recorded group of its slug, in order, but for
     * the few an edit added, each looked for among every article; null when one is not a published
     * article in its recorded place.
     */
    private static Grouped numbered(SiteRecord record, Group group, List<Grouped> recorded,
                                    List<RenderedArticle> rendered) {
        int[] old = recorded.stream().filter(g -> g.slug().equals(group.slug())).findFirst().map(Grouped::articles)
                .orElse(new int[0]);
        Place[] places = record.places();
        int[] numbers = new int[group.articles().size()];
        int from = 0;
        int searched = 0;
        for (int k = 0; k < numbers.length; k++) {
            Article article = group.articles().get(k);
            int j = from;
            while (j < old.length && rendered.get(old[j]) != article.content()) {
                j++;
            }
            if (j < old.length) {
                numbers[k] = old[j];
                from = j + 1;
            } else if (++searched > SEARCHED) {
                return null;
            } else {
                numbers[k] = indexOf(rendered, article.content());
            }
            if (numbers[k] < 0 || places[numbers[k]] == null || !places[numbers[k]].is(article)
                    || rendered.get(numbers[k]) != article.content()) {
                return null;
            }
        }
        return new Grouped(group.name(), group.slug(), group.path(), numbers);
    }

    /** Where {@code content} itself is in {@code rendered} (not an equal one: records compare their parts), or -1. */
    private static int indexOf(List<RenderedArticle> rendered, RenderedArticle content) {
        for (int i = 0; i < rendered.size(); i++) {
            if (rendered.get(i) == content) {
                return i;
            }
        }
        return -1;
    }
}
