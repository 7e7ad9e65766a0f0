package org.dateline.assemble;

import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dateline.config.SiteConfig;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.diag.SourcePosition;
import org.dateline.load.AuthorProfile;
import org.dateline.parse.ArticleMeta;
import org.dateline.parse.Notice;
import org.dateline.parse.Slugs;
import org.dateline.render.RenderedArticle;

/**
 * Builds the {@link Site} from rendered articles: section slugs, permalinks, dates in the site's
 * zone and a reproducible order. Two articles that would write the same file (also when the paths
 * differ only in letter case or Unicode normalisation) are both named in an error. An article whose
 * {@code expires} moment has passed at {@code now} keeps its page but leaves every listing; the
 * latest entry of its corrections and updates log counts as its updated date.
 */
public final class SiteAssembler {

    static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing(Article::published, OffsetDateTime.timeLineOrder().reversed()) // by instant, none made
            .thenComparing(Article::title)
            .thenComparing(Article::file);

    private static final Comparator<Article> BY_FILE = Comparator.comparing(Article::file);

    private final SiteConfig config;
    private final Permalinks permalinks;
    private final Instant now;
    private final Parallel parallel;

    /** @param now the moment of the build: articles whose {@code expires} is not after it are expired */
    public SiteAssembler(SiteConfig config, Instant now) {
        this(config, now, Parallel.SERIAL);
    }

    /** @param parallel where each article's slugs, dates and permalink are worked out */
    public SiteAssembler(SiteConfig config, Instant now, Parallel parallel) {
        this.config = config;
        this.permalinks = new Permalinks(config.permalink());
        this.now = now;
        this.parallel = parallel;
    }

    /** An assembler for which no article has expired. */
    public SiteAssembler(SiteConfig config) {
        this(config, Instant.MIN);
    }

    public Site assemble(List<RenderedArticle> rendered, Problems problems) {
        return assemble(rendered, List.of(), problems);
    }

    /** The site, with {@code profiles} from {@code data/authors.yaml} matched to its authors. */
    public Site assemble(List<RenderedArticle> rendered, List<AuthorProfile> profiles, Problems problems) {
        List<Article> articles = new ArrayList<>();
        List<Article> pages = new ArrayList<>();
        List<Placed> placed = parallel.map(rendered, content -> StandalonePages.isPage(content.file())
                ? new Placed(Optional.of(StandalonePages.place(content, config)), true, Optional.empty())
                : place(content));
        for (Placed one : placed) {
            one.sort(articles, pages, problems);
        }
        // in file order once: the reserved paths' and the duplicates' checks both go by file
        articles.sort(BY_FILE);
        Refused refused = checkReserved(articles, problems);
        articles.removeAll(refused.articles());
        List<Article> unique = new ArrayList<>();
        Map<String, Article> byPath = new HashMap<>();
        for (Article article : articles) {
            addUnique(article, byPath, unique, problems);
        }
        sortNewestFirst(unique);
        DistributionChecks.check(config, unique, problems);
        Set<String> expiredPaths = new HashSet<>();
        unique.stream().filter(this::expired).forEach(article -> expiredPaths.add(article.outputPath()));
        Predicate<Article> listed = article -> !expiredPaths.contains(article.outputPath());
        // the three groupings are independent passes over every article: side by side where there are workers
        List<List<Group>> grouped = parallel.map(List.<java.util.function.Supplier<List<Group>>>of(
                () -> Groups.sections(unique, listed, config.listing(), problems),
                () -> Groups.authors(unique, listed, problems),
                () -> Groups.tags(unique, listed, problems)), java.util.function.Supplier::get);
        return new Site(config, new Urls(config), unique.stream().filter(listed).toList(),
                unique.stream().filter(listed.negate()).toList(),
                grouped.get(0).stream().filter(section -> !refused.sections().contains(section.slug())).toList(),
                grouped.get(1), grouped.get(2), AuthorProfiles.match(profiles, unique, problems),
                StandalonePages.unique(pages, problems));
    }

    /**
     * {@code before} after the front matter of the {@code edited} articles changed, made from it
     * rather than from every article ({@link SiteEdits}); empty when an edited article moves or a name
     * gives an error: then {@link #assemble} the whole site, which reports it.
     */
    public Optional<Site> replace(Site before, List<RenderedArticle> edited, List<AuthorProfile> profiles,
                                  Problems problems) {
        return new SiteEdits(config, content -> StandalonePages.isPage(content.file())
                ? Optional.of(StandalonePages.place(content, config)) : place(content).article())
                .replace(before, edited, profiles, problems);
    }

    // one article a call: compiled after a few hundred calls, where a loop run once stays in the interpreter
    private static void addUnique(Article article, Map<String, Article> byPath, List<Article> unique,
                                  Problems problems) {
        Article earlier = byPath.putIfAbsent(pathKey(article.outputPath()), article);
        if (earlier != null) {
            ArticleMeta meta = article.content().meta();
            problems.add(Problem.error(meta.position("slug", article.file()), "article writes to "
                    + article.outputPath() + ", the same page as " + earlier.file()
                    + (earlier.outputPath().equals(article.outputPath()) ? "" : " (" + earlier.outputPath() + ")"),
                    "give one of them a different `slug`"));
        } else {
            unique.add(article);
        }
    }

    private boolean expired(Article article) {
        return article.content().meta().expires().map(expires -> !expires.toInstant().isAfter(now)).orElse(false);
    }

    /** An article or standalone page in its place, or why it has none. */
    private record Placed(Optional<Article> article, boolean page, Optional<Problem> problem) {
        /** Adds this to its list (a method, so compiled: see {@link #addUnique}). */
        void sort(List<Article> articles, List<Article> pages, Problems problems) {
            if (problem.isPresent()) {
                problems.add(problem.get());
            }
            if (article.isPresent()) {
                (page ? pages : articles).add(article.get());
            }
        }
    }

    private Placed place(RenderedArticle content) {
        ArticleMeta meta = content.meta();
        OffsetDateTime published = meta.published().atZoneSameInstant(config.timeZone()).toOffsetDateTime();
        String sectionSlug = Slugs.slugify(meta.section());
        Optional<String> path = permalinks.path(meta, content.file(), sectionSlug, published);
        if (path.isEmpty()) {
            SourcePosition position = meta.position(meta.url().isEmpty() ? "slug" : "url", content.file());
            return new Placed(Optional.empty(), false, Optional.of(Problem.error(position, "permalink \""
                    + config.permalink() + "\" gives no safe path inside the output folder for this article",
                    "check `slug` and `permalink` in site.yaml")));
        }
        return new Placed(Optional.of(new Article(content, sectionSlug, path.get(), Permalinks.outputPath(path.get()),
                published, updated(meta).map(u -> u.atZoneSameInstant(config.timeZone()).toOffsetDateTime()))),
                false, Optional.empty());
    }

    /** {@code updated}, or the latest correction or update when that is later (and after publication). */
    static Optional<OffsetDateTime> updated(ArticleMeta meta) {
        if (meta.corrections().isEmpty() && meta.updates().isEmpty()) {
            return meta.updated(); // most articles: no log to look through
        }
        Optional<OffsetDateTime> latest = Stream.concat(meta.corrections().stream(), meta.updates().stream())
                .map(Notice::date)
                .filter(date -> date.isAfter(meta.published()))
                .max(Comparator.comparing(OffsetDateTime::toInstant));
        if (latest.isEmpty()) {
            return meta.updated();
        }
        if (meta.updated().isEmpty() || latest.get().isAfter(meta.updated().get())) {
            return latest;
        }
        return meta.updated();
    }

    /**
     * Articles and sections may not take a path Dateline writes itself ({@link ReservedPaths}), and
     * an article may not be written where a section's own page goes.
     */
    /** What {@link #checkReserved} reported: left out of the site, so no page is reported twice. */
    private record Refused(Set<Article> articles, Set<String> sections) {
    }

    /** @param articles sorted by file: a section is reported at its first article's */
    private static Refused checkReserved(List<Article> articles, Problems problems) {
        Set<Article> refusedArticles = new HashSet<>();
        Map<String, Article> sections = new TreeMap<>();
        for (Article article : articles) {
            if (!article.sectionSlug().isEmpty()) {
                sections.putIfAbsent(article.sectionSlug(), article);
            }
        }
        Set<String> reservedSections = new HashSet<>();
        Map<String, Article> sectionPages = new HashMap<>();
        sections.forEach((slug, first) -> {
            sectionPages.put(pathKey(slug + "/index.html"), first);
            ReservedPaths.sectionOwner(slug).ifPresent(owner -> {
                reservedSections.add(slug);
                SourcePosition where = first.content().meta().position("section", first.file());
                problems.add(Problem.error(where, "`section` \"" + first.content().meta().section() + "\" would have"
                        + " its page at /" + slug + "/, which is reserved for " + owner, where.line() == 0
                        ? "rename the folder, or set another `section:`" : "name the section differently"));
            });
        });
        for (Article article : articles) {
            checkReserved(article, reservedSections, sectionPages, refusedArticles, problems);
        }
        return new Refused(refusedArticles, reservedSections);
    }

    // one article a call: compiled after a few hundred calls, where a loop run once stays in the interpreter
    private static void checkReserved(Article article, Set<String> reservedSections, Map<String, Article> sectionPages,
                                      Set<Article> refusedArticles, Problems problems) {
        if (reservedSections.contains(article.sectionSlug())
                && article.outputPath().startsWith(article.sectionSlug() + "/")) {
            return; // already reported for its section
        }
        // the position is looked up only for an error: finding a key's line is a walk of the front matter
        java.util.function.Supplier<SourcePosition> where = () -> article.content().meta().position("slug", article.file());
        ReservedPaths.owner(article.outputPath()).ifPresent(owner -> {
            refusedArticles.add(article);
            problems.add(Problem.error(where.get(), "article would be written to " + article.outputPath()
                    + ", which is reserved for " + owner,
                    "give the article another `slug`, or change `permalink` in site.yaml"));
        });
        Article section = sectionPages.get(pathKey(article.outputPath()));
        if (section != null) {
            refusedArticles.add(article);
            problems.add(Problem.error(where.get(), "article would be written to " + article.outputPath()
                    + ", the page of section \"" + section.content().meta().section() + "\"",
                    "give the article another `slug`"));
        }
    }

    /** Two paths with the same key would be one file on a case-insensitive or normalising file system. */
    public static String pathKey(String path) {
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) >= 0x80) {
                return Normalizer.normalize(path, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            }
        }
        return path.toLowerCase(Locale.ROOT); // ASCII is its own NFC: most paths skip the normaliser
    }

    /**
     * Sorts {@code articles} as {@link #NEWEST_FIRST} orders them, each article's instant worked out
     * once: the comparator's chain worked it out twice a comparison, ~14 comparisons an article.
     */
    static void sortNewestFirst(List<Article> articles) {
        NewestFirst[] keyed = new NewestFirst[articles.size()];
        for (int i = 0; i < keyed.length; i++) {
            keyed[i] = new NewestFirst(articles.get(i));
        }
        java.util.Arrays.sort(keyed);
        for (int i = 0; i < keyed.length; i++) {
            articles.set(i, keyed[i].article);
        }
    }

    /** An article with its sort key, for {@link #sortNewestFirst}. */
    private static final class NewestFirst implements Comparable<NewestFirst> {
        private final long second;
        private final int nano;
        private final String title;
        private final String file;
        private final Article article;

        NewestFirst(Article article) {
            this.second = article.published().toEpochSecond();
            this.nano = article.published().getNano();
            this.title = article.title();
            this.file = article.file();
            this.article = article;
        }

        @Override
        public int compareTo(NewestFirst other) {
            if (second != other.second) {
                return second > other.second ? -1 : 1;
            }
            if (nano != other.nano) {
                return nano > other.nano ? -1 : 1;
            }
            int byTitle = title.compareTo(other.title);
            return byTitle != 0 ? byTitle : file.compareTo(other.file);
        }
    }
}
