package org.dateline.assemble;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.config.SiteConfig;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.load.SourceScanner;
import org.dateline.render.RenderedArticle;

/**
 * Standalone pages: every file under {@code content/pages/} (About, Contact, Corrections policy…).
 * A page lives at {@code /<slug>/} whatever the {@code permalink} pattern, has no section, and is
 * kept out of every listing; the page routes, sitemap and footer menu include it.
 */
final class StandalonePages {

    static final String FOLDER = SourceScanner.CONTENT_DIR + "/pages/";

    private StandalonePages() {
    }

    static boolean isPage(String file) {
        return file.startsWith(FOLDER);
    }

    static Article place(RenderedArticle content, SiteConfig config) {
        String path = "/" + content.meta().slug() + "/";
        return new Article(content, "", path, Permalinks.outputPath(path),
                content.meta().published().atZoneSameInstant(config.timeZone()).toOffsetDateTime(),
                SiteAssembler.updated(content.meta()).map(u -> u.atZoneSameInstant(config.timeZone()).toOffsetDateTime()));
    }

    /** The pages by path; two pages with one slug are an error naming both. */
    static List<Article> unique(List<Article> pages, Problems problems) {
        Map<String, Article> byPath = new HashMap<>();
        List<Article> kept = new ArrayList<>();
        for (Article page : pages.stream().sorted(Comparator.comparing(Article::file)).toList()) {
            Article earlier = byPath.putIfAbsent(SiteAssembler.pathKey(page.outputPath()), page);
            if (earlier != null) {
                problems.add(Problem.error(page.content().meta().position("slug", page.file()), "page writes to "
                        + page.outputPath() + ", the same page as " + earlier.file(), "give one of them a different `slug`"));
            } else {
                kept.add(page);
            }
        }
        return kept;
    }
}
