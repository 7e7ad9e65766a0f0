package org.dateline.pipeline;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.assemble.Article;
import org.dateline.assemble.Group;
import org.dateline.assemble.Site;
import org.dateline.assemble.SiteParts;
import org.dateline.config.SiteConfig;
import org.dateline.diag.Problems;
import org.dateline.load.ArticleSource;
import org.dateline.load.AuthorProfile;
import org.dateline.render.RenderedArticle;

/**
 * The last build's assembled site, for a fresh start ({@link FreshStart}): which of its articles are
 * published, each one's cache key and place (section slug, path, output path, dates in the site's
 * zone), and the site's lists (listed newest first, expired, standalone pages, sections, authors,
 * tags) as numbers of those articles; with the article fingerprint and page-key salt it was built
 * with. A fresh start then takes each published article from the cache under its recorded key and
 * puts the site together from these lists, where {@link org.dateline.assemble.SiteAssembler} placed,
 * checked, sorted and grouped 10,000 articles again (~210 ms of a 2.2 s body edit, cold JVM) and
 * every article's key was a SHA-256 of its own.
 *
 * <p>Kept in the cache folder as {@code site.record}, with the framing of the other state files
 * ({@link SealedBytes}): used only with the state of the build that wrote it ({@code inputs},
 * {@code builtAt}), and only when the articles the cache gives back are the recorded ones in the
 * recorded order; anything else and the site is assembled as before.
 *
 * @param files how many article files the build read
 * @param fileOf by published article, its number among the files (the sources' order)
 * @param keys by published article, its cache key
 * @param places by published article, where it is in the site
 */
record SiteRecord(String inputs, Instant builtAt, String articleFingerprint, String salt, int files, int[] fileOf,
                  String[] keys, Place[] places, int[] listed, int[] expired, int[] pages, List<Grouped> sections,
                  List<Grouped> authors, List<Grouped> tags, Optional<SiteRecordCodec.Encoded> encoded) {

    static final String FILE = "site.record";


    SiteRecord {
        Object[] shape = {fileOf, places, listed, expired, pages};
        // bytes stand for exactly the places and lists they were read with (the same arrays), never for others;
        // groups may be others: those read are written as read (SiteRecordCodec.splicedGroups)
        encoded = encoded.filter(read -> read.holds(keys.length, shape));
    }

    /** A record not read from a file: encoded whole. */
    SiteRecord(String inputs, Instant builtAt, String articleFingerprint, String salt, int files, int[] fileOf,
               String[] keys, Place[] places, int[] listed, int[] expired, int[] pages, List<Grouped> sections,
               List<Grouped> authors, List<Grouped> tags) {
        this(inputs, builtAt, articleFingerprint, salt, files, fileOf, keys, places, listed, expired, pages, sections,
                authors, tags, Optional.empty());
    }

    /** An article's place: what {@link Article} holds beside its content. */
    record Place(String sectionSlug, String path, String outputPath, OffsetDateTime published,
                 Optional<OffsetDateTime> updated) {
        /** Whether {@code article} is in this place (the same article in a group as in a list, mostly the same strings). */
        boolean is(Article article) {
            return sectionSlug.equals(article.sectionSlug()) && path.equals(article.path())
                    && outputPath.equals(article.outputPath()) && published.equals(article.published())
                    && updated.equals(article.updated());
        }
    }

    /** A group, its articles as numbers of the published articles, newest first. */
    record Grouped(String name, String slug, String path, int[] articles) {
    }

    /**
     * The record of {@code plan}'s site, built from {@code files} (the sources' articles, in their
     * order); empty when an article of the site is not one of the plan's published articles, or has
     * no key (then no record is kept, and the next fresh start assembles the site).
     */
    static Optional<SiteRecord> of(SiteState state, List<ArticleSource> files, PlannedBuild plan,
                                   String articleFingerprint, String salt) {
        List<RenderedArticle> rendered = plan.done().rendered();
        IdentityHashMap<RenderedArticle, Integer> number = new IdentityHashMap<>(rendered.size() * 2);
        int[] fileOf = new int[rendered.size()];
        String[] keys = new String[rendered.size()];
        int file = 0;
        for (int i = 0; i < rendered.size(); i++) {
            RenderedArticle article = rendered.get(i);
            file = fileOf(article, files, file);
            String key = plan.done().keyed().get(article);
            if (file == files.size() || key == null || number.put(article, i) != null) {
                return Optional.empty();
            }
            fileOf[i] = file++;
            keys[i] = key;
        }
        Place[] places = new Place[rendered.size()];
        Site site = plan.site();
        Optional<int[]> listed = numbers(site.articles(), number, places);
        Optional<int[]> expired = numbers(site.expired(), number, places);
        Optional<int[]> pages = numbers(site.pages(), number, places);
        Optional<List<Grouped>> sections = groups(site.sections(), number, places);
        Optional<List<Grouped>> authors = groups(site.authors(), number, places);
        Optional<List<Grouped>> tags = groups(site.tags(), number, places);
        if (listed.isEmpty() || expired.isEmpty() || pages.isEmpty() || sections.isEmpty() || authors.isEmpty()
                || tags.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SiteRecord(state.inputs(), state.builtAt(), articleFingerprint, salt, files.size(),
                fileOf, keys, places, listed.get(), expired.get(), pages.get(), sections.get(), authors.get(),
                tags.get()));
    }

    /**
     * This record for {@code plan}'s site, which is this record's but for its articles' keys (a body edit
     * since the fresh start that put the site together from it, see {@link BodyEdits.Warm#record}): the
     * state's inputs and time, and each published article's key as the plan keyed it; empty when the
     * plan's published articles are not the recorded ones. Where {@link #of} walks every list and group
     * of the site (~100 ms of CPU for 10,000 articles, cold JVM), this looks up one key per article.
     *
     * @param files the sources' articles, as for {@link #of}
     */
    Optional<SiteRecord> rekeyed(SiteState state, List<ArticleSource> files, PlannedBuild plan) {
        List<RenderedArticle> rendered = plan.done().rendered();
        if (files.size() != this.files || rendered.size() != keys.length) {
            return Optional.empty();
        }
        String[] now = new String[keys.length];
        for (int i = 0; i < now.length; i++) {
            now[i] = keyOf(rendered.get(i), i, files, plan.done().keyed());
            if (now[i] == null) {
                return Optional.empty();
            }
        }
        return Optional.of(new SiteRecord(state.inputs(), state.builtAt(), articleFingerprint, salt, this.files, fileOf,
                now, places, listed, expired, pages, sections, authors, tags, encoded));
    }

    /**
     * This record for {@code now}'s site, a front-matter edit's ({@link FacetEdits}) of {@code last}'s, which
     * this record describes but for its keys: see {@link RecordGroups}. Empty when anything but groups
     * differs: then {@link #of}.
     */
    Optional<SiteRecord> regrouped(PlannedBuild last, PlannedBuild now) {
        return RecordGroups.regrouped(this, last, now);
    }

    /** The key of {@code article}, the published article {@code i}; null when it is not from the recorded file (one a call: compiled). */
    private String keyOf(RenderedArticle article, int i, List<ArticleSource> files, IdentityHashMap<Object, String> keyed) {
        return article.file().equals(files.get(fileOf[i]).relPath()) ? keyed.get(article) : null;
    }

    /** The number of {@code article}'s file among {@code files}, from {@code from} on; their size if none (one article a call: compiled). */
    private static int fileOf(RenderedArticle article, List<ArticleSource> files, int from) {
        int file = from;
        while (file < files.size() && !files.get(file).relPath().equals(article.file())) {
            file++;
        }
        return file;
    }

    /** The numbers of {@code articles}, each one's place noted; empty when one is not a published article or has two places. */
    private static Optional<int[]> numbers(List<Article> articles, IdentityHashMap<RenderedArticle, Integer> number,
                                           Place[] places) {
        int[] numbers = new int[articles.size()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = number(articles.get(i), number, places);
            if (numbers[i] < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(numbers);
    }

    /** The number of {@code article}, its place noted; -1 when it has none or another place already (one article a call: compiled). */
    private static int number(Article article, IdentityHashMap<RenderedArticle, Integer> number, Place[] places) {
        Integer at = number.get(article.content());
        if (at == null) {
            return -1;
        }
        if (places[at] == null) {
            places[at] = new Place(article.sectionSlug(), article.path(), article.outputPath(), article.published(),
                    article.updated());
        } else if (!places[at].is(article)) {
            return -1;
        }
        return at;
    }

    private static Optional<List<Grouped>> groups(List<Group> groups, IdentityHashMap<RenderedArticle, Integer> number,
                                                  Place[] places) {
        List<Grouped> recorded = new ArrayList<>(groups.size());
        for (Group group : groups) {
            Optional<int[]> numbers = numbers(group.articles(), number, places);
            if (numbers.isEmpty()) {
                return Optional.empty();
            }
            recorded.add(new Grouped(group.name(), group.slug(), group.path(), numbers.get()));
        }
        return Optional.of(recorded);
    }

    /** Whether this record was written with {@code state}. */
    boolean belongsTo(SiteState state) {
        return !inputs.isEmpty() && inputs.equals(state.inputs()) && builtAt.equals(state.builtAt());
    }

    /** By path, the recorded key of each published article among {@code files}; empty when they are not the recorded files. */
    Optional<Map<String, String>> keys(List<ArticleSource> files) {
        if (files.size() != this.files) {
            return Optional.empty();
        }
        Map<String, String> byPath = new HashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            byPath.put(files.get(fileOf[i]).relPath(), keys[i]);
        }
        return Optional.of(byPath);
    }

    /**
     * The site of {@code rendered} (the published articles, in the sources' order, as the article stage
     * gave them), its lists as recorded; empty when they are not the recorded articles.
     *
     * @param files the sources' articles the stage took them from
     */
    Optional<Site> site(List<ArticleSource> files, List<RenderedArticle> rendered, SiteConfig config,
                        List<AuthorProfile> profiles, Problems problems) {
        if (files.size() != this.files || rendered.size() != places.length) {
            return Optional.empty();
        }
        Article[] articles = new Article[places.length];
        for (int i = 0; i < articles.length; i++) {
            articles[i] = article(i, rendered.get(i), files);
            if (articles[i] == null) {
                return Optional.empty();
            }
        }
        List<Article> listedArticles = list(listed, articles);
        List<Article> expiredArticles = list(expired, articles);
        return Optional.of(SiteParts.site(config, listedArticles, expiredArticles, groups(sections, articles),
                groups(authors, articles), groups(tags, articles), profiles, list(pages, articles), problems));
    }

    /** The published article {@code i} in its place, or null when {@code content} is not the recorded article (one a call: compiled). */
    private Article article(int i, RenderedArticle content, List<ArticleSource> files) {
        Place place = places[i];
        if (place == null || !content.file().equals(files.get(fileOf[i]).relPath())) {
            return null;
        }
        return new Article(content, place.sectionSlug(), place.path(), place.outputPath(), place.published(),
                place.updated());
    }

    private static List<Article> list(int[] numbers, Article[] articles) {
        Article[] list = new Article[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            list[i] = articles[numbers[i]];
        }
        return java.util.Arrays.asList(list);
    }

    private static List<Group> groups(List<Grouped> groups, Article[] articles) {
        List<Group> made = new ArrayList<>(groups.size());
        for (Grouped group : groups) {
            made.add(new Group(group.name(), group.slug(), group.path(), list(group.articles(), articles)));
        }
        return made;
    }

    /**
     * The record as bytes: magic, {@code stamp}, the fields, a CRC32C of it all ({@link SealedBytes}); a
     * record rekeyed from one read writes much of the bytes read ({@link SiteRecordCodec}).
     */
    byte[] encode(String stamp) {
        return SiteRecordCodec.encode(this, stamp);
    }

    /** The record {@link #encode} made with the same {@code stamp}; empty when the bytes are anything else. */
    static Optional<SiteRecord> decode(byte[] data, String stamp) {
        return SiteRecordCodec.decode(data, stamp);
    }
}
