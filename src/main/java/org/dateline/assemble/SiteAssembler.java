package org.dateline.assemble;

import java.text.Normalizer;
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
import org.dateline.config.SiteConfig;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.diag.SourcePosition;
import org.dateline.parse.ArticleMeta;
import org.dateline.parse.Slugs;
import org.dateline.render.RenderedArticle;

/**
 * Builds the {@link Site} from rendered articles: section slugs, permalinks, dates in the site's
 * zone and a reproducible order. Two articles that would write the same file (also when the paths
 * differ only in letter case or Unicode normalisation) are both named in an error.
 */
public final class SiteAssembler {

    static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing(Article::published, Comparator.comparing(OffsetDateTime::toInstant).reversed())
            .thenComparing(Article::title)
            .thenComparing(Article::file);

    private final SiteConfig config;
    private final Permalinks permalinks;

    public SiteAssembler(SiteConfig config) {
        this.config = config;
        this.permalinks = new Permalinks(config.permalink());
    }

    public Site assemble(List<RenderedArticle> rendered, Problems problems) {
        List<Article> articles = new ArrayList<>();
        for (RenderedArticle content : rendered) {
            place(content, problems).ifPresent(articles::add);
        }
        checkReserved(articles, problems);
        articles.sort(NEWEST_FIRST);
        List<Article> unique = new ArrayList<>();
        Map<String, Article> byPath = new HashMap<>();
        for (Article article : articles.stream().sorted(Comparator.comparing(Article::file)).toList()) {
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
        unique.sort(NEWEST_FIRST);
        return new Site(config, new Urls(config), unique, Groups.sections(unique, config.listing(), problems),
                Groups.authors(unique, problems), Groups.tags(unique, problems));
    }

    private Optional<Article> place(RenderedArticle content, Problems problems) {
        ArticleMeta meta = content.meta();
        OffsetDateTime published = meta.published().atZoneSameInstant(config.timeZone()).toOffsetDateTime();
        String sectionSlug = Slugs.slugify(meta.section());
        Optional<String> path = permalinks.path(meta, sectionSlug, published);
        if (path.isEmpty()) {
            SourcePosition position = meta.position("slug", content.file());
            problems.add(Problem.error(position, "permalink \"" + config.permalink() + "\" gives no safe path inside"
                    + " the output folder for this article", "check `slug` and `permalink` in site.yaml"));
            return Optional.empty();
        }
        return Optional.of(new Article(content, sectionSlug, path.get(), Permalinks.outputPath(path.get()), published,
                meta.updated().map(u -> u.atZoneSameInstant(config.timeZone()).toOffsetDateTime())));
    }

    /**
     * Articles and sections may not take a path Dateline writes itself ({@link ReservedPaths}), and
     * an article may not be written where a section's own page goes.
     */
    private static void checkReserved(List<Article> articles, Problems problems) {
        Map<String, Article> sections = new TreeMap<>();
        articles.stream().sorted(Comparator.comparing(Article::file)).filter(a -> !a.sectionSlug().isEmpty())
                .forEach(article -> sections.putIfAbsent(article.sectionSlug(), article));
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
            SourcePosition where = article.content().meta().position("slug", article.file());
            if (reservedSections.contains(article.sectionSlug())
                    && article.outputPath().startsWith(article.sectionSlug() + "/")) {
                continue; // already reported for its section
            }
            ReservedPaths.owner(article.outputPath()).ifPresent(owner -> problems.add(Problem.error(where,
                    "article would be written to " + article.outputPath() + ", which is reserved for " + owner,
                    "give the article another `slug`, or change `permalink` in site.yaml")));
            Article section = sectionPages.get(pathKey(article.outputPath()));
            if (section != null) {
                problems.add(Problem.error(where, "article would be written to " + article.outputPath()
                        + ", the page of section \"" + section.content().meta().section() + "\"",
                        "give the article another `slug`"));
            }
        }
    }

    /** Two paths with the same key would be one file on a case-insensitive or normalising file system. */
    static String pathKey(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
