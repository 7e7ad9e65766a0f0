package org.dateline.render;

import java.util.List;
import java.util.Objects;
import org.dateline.diag.Problem;
import org.dateline.parse.ArticleMeta;

/**
 * An article's content rendered without any knowledge of the site: safe to cache and to render
 * in parallel.
 *
 * @param file the source path relative to the site root
 * @param bodyHtml the body as an HTML fragment, ready to be inserted unescaped
 * @param description the standfirst: the front matter's, else the first paragraph's text
 * @param headings the body's subheadings, in order, for a table of contents
 */
public record RenderedArticle(String file, ArticleMeta meta, String bodyHtml, String description,
                              List<Heading> headings, int wordCount, List<Problem> warnings) {
    public RenderedArticle {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(bodyHtml, "bodyHtml");
        Objects.requireNonNull(description, "description");
        headings = List.copyOf(headings);
        warnings = List.copyOf(warnings);
    }

    /** A subheading of the body: level 2 to 6, its id and text. */
    public record Heading(int level, String id, String text) {
    }
}
