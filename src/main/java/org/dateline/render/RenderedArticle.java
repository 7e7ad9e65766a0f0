package org.dateline.render;

import java.util.List;
import java.util.Objects;
import org.dateline.diag.Problem;
import org.dateline.parse.ArticleMeta;

/**
 * An article's content rendered without any knowledge of the site: safe to cache and to render
 * in parallel. Its body is held by reference ({@link ArticleBody}), so that a site's worth of
 * rendered articles holds their summaries, not their bodies.
 *
 * @param file the source path relative to the site root
 * @param body the body as an HTML fragment, read when a page shows it
 * @param description the standfirst: the front matter's, else the first paragraph's text
 * @param headings the body's subheadings, in order, for a table of contents
 */
public record RenderedArticle(String file, ArticleMeta meta, ArticleBody body, String description,
                              List<Heading> headings, int wordCount, List<Problem> warnings) {
    public RenderedArticle {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(description, "description");
        headings = DecodedList.copyOf(headings); // a cached article's, decoded when a page reads them
        warnings = List.copyOf(warnings);
    }

    /** An article whose body is held in memory. */
    public RenderedArticle(String file, ArticleMeta meta, String bodyHtml, String description,
                           List<Heading> headings, int wordCount, List<Problem> warnings) {
        this(file, meta, ArticleBody.of(bodyHtml), description, headings, wordCount, warnings);
    }

    /** The body's HTML fragment, ready to be inserted unescaped: read anew on each call. */
    public String bodyHtml() {
        return body.html();
    }

    /** The same article with its body held elsewhere (the same text). */
    public RenderedArticle withBody(ArticleBody stored) {
        return new RenderedArticle(file, meta, stored, description, headings, wordCount, warnings);
    }

    /** A subheading of the body: level 2 to 6, its id and text. */
    public record Heading(int level, String id, String text) {
    }
}
