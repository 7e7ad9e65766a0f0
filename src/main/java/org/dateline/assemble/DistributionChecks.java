package org.dateline.assemble;

import java.util.List;
import org.dateline.config.ConfigLoader;
import org.dateline.config.SiteConfig;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.diag.SourcePosition;
import org.dateline.parse.ArticleMeta;

/**
 * Warnings about what feeds, sitemaps, structured data and social cards will say: a site without a
 * base URL (once per build), and headlines too long for a {@code NewsArticle}.
 */
final class DistributionChecks {

    static final String NO_BASE_URL = "no `base_url`, so links are root-relative: feeds are built with relative"
            + " links, and sitemap.xml, news-sitemap.xml and the social cards' URLs are left out";
    static final String NO_BASE_URL_HINT = "set `base_url: https://news.example.com/` in site.yaml, or build with"
            + " --base-url URL";

    /** Longer headlines get a warning: search engines cut them off. */
    static final int HEADLINE_MAX = 110;

    private DistributionChecks() {
    }

    static void check(SiteConfig config, List<Article> articles, Problems problems) {
        if (config.baseUrl().isEmpty()) {
            problems.add(Problem.warning(SourcePosition.of(ConfigLoader.FILE_NAME), NO_BASE_URL, NO_BASE_URL_HINT));
        }
        for (Article article : articles) {
            checkHeadline(article, problems);
        }
    }

    // one article a call: compiled after a few hundred calls, where a loop run once stays in the interpreter
    private static void checkHeadline(Article article, Problems problems) {
        ArticleMeta meta = article.content().meta();
        if (meta.title().length() <= HEADLINE_MAX) {
            return; // no more code points than chars: most headlines need no count
        }
        int length = meta.title().codePointCount(0, meta.title().length());
        if (length > HEADLINE_MAX) {
            problems.add(Problem.warning(meta.position("title", article.file()), "`title` is " + length
                    + " characters long; a NewsArticle headline should have at most " + HEADLINE_MAX,
                    "shorten the headline, or search engines may cut it off"));
        }
    }
}
