package org.dateline.assemble;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.diag.SourcePosition;
import org.dateline.parse.ArticleMeta;
import org.dateline.render.RenderedArticle;

/** Articles as the render stage hands them over, made without parsing any Markdown. */
final class TestArticles {

    /** The line on which every test article writes its {@code slug:}. */
    static final int SLUG_LINE = 4;

    private TestArticles() {
    }

    static ArticleMeta meta(String file, String title, String published, String section, String slug) {
        return new ArticleMeta(title, OffsetDateTime.parse(published), Optional.empty(), List.of("Selin Atay"), "", "",
                section, List.of(), slug, false, Optional.empty(), "", List.of(), List.of(), Map.of(),
                Map.of("slug", new SourcePosition(file, SLUG_LINE, 7)));
    }

    static RenderedArticle article(String file, String title, String published, String slug) {
        return article(file, title, published, "World", slug);
    }

    static RenderedArticle article(String file, String title, String published, String section, String slug) {
        return new RenderedArticle(file, meta(file, title, published, section, slug), "<p>Body.</p>", "Body.",
                List.of(), 1, List.of());
    }
}
