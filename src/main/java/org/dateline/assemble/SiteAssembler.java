package org.dateline.assemble;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
        DistributionChecks.check(config, unique, problems);
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

    /** Two paths with the same key would be one file on a case-insensitive or normalising file system. */
    static String pathKey(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
