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
 */
record CachedArticle(ArticleMeta meta, List<Problem> parseWarnings, Optional<RenderedArticle> rendered) {
    CachedArticle {
        Objects.requireNonNull(meta, "meta");
        parseWarnings = List.copyOf(parseWarnings);
        Objects.requireNonNull(rendered, "rendered");
    }
}
