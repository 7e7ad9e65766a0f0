package org.dateline.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dateline.diag.Problem;
import org.dateline.parse.ArticleMeta;
import org.dateline.render.RenderedArticle;

/**
 * What parsing (and rendering) one article gave, as the cache keeps it: an article left out as a
 * draft or scheduled is kept unrendered, with only its metadata and parse warnings.
 *
 * @param images the {@code src} of every image in the rendered body, as written there (found once,
 *     when the article is rendered, so that a build from the cache need not search the bodies)
 * @param articleList when a shortcode of the article looked another article up ({@code ref}, {@code link}...),
 *     which articles existed ({@link org.dateline.parse.Shortcodes#articleList}): the entry holds only while
 *     the same ones do. Empty for most articles, which depend on no other: an article added or deleted leaves
 *     them cached.
 */
record CachedArticle(ArticleMeta meta, List<Problem> parseWarnings, Optional<RenderedArticle> rendered,
                     List<String> images, Optional<String> articleList) {
    CachedArticle {
        Objects.requireNonNull(meta, "meta");
        parseWarnings = List.copyOf(parseWarnings);
        Objects.requireNonNull(rendered, "rendered");
        images = List.copyOf(images);
        Objects.requireNonNull(articleList, "articleList");
    }

    /** An article that depends on no other. */
    CachedArticle(ArticleMeta meta, List<Problem> parseWarnings, Optional<RenderedArticle> rendered, List<String> images) {
        this(meta, parseWarnings, rendered, images, Optional.empty());
    }

    /**
     * The key of {@code key}'s article made with {@code articleList} existing, when the entry under {@code key} was
     * made with others: an article that looks others up has an entry for each list, so that its entry and the pages
     * that show it are keyed anew when its links may have changed.
     */
    static String keyFor(String key, String articleList) {
        return Fingerprints.of(key, articleList);
    }

    /** Whether this entry holds with {@code articles} (see {@link #articleList}) existing. */
    boolean holdsWith(java.util.function.Supplier<String> articles) {
        return articleList.isEmpty() || articleList.get().equals(articles.get());
    }

    /**
     * An article just rendered, with the images of its body, its body moved to {@code bodies} under
     * {@code key} (so that what is held for the site is its summary).
     */
    static CachedArticle rendered(ArticleMeta meta, List<Problem> parseWarnings, RenderedArticle rendered,
                                  BodySpill bodies, String key, Optional<String> articleList) {
        String html = rendered.bodyHtml();
        return new CachedArticle(meta, parseWarnings, Optional.of(rendered.withBody(bodies.keep(key, html))),
                SiteImages.inBody(html), articleList);
    }
}
