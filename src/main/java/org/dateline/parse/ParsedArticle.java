package org.dateline.parse;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import java.util.Objects;
import org.dateline.diag.LineIndex;
import org.dateline.diag.Problem;
import org.dateline.load.SourceFile;

/**
 * An article after the parse stage: its source, validated metadata and Markdown AST.
 *
 * @param source the file as parsed: with shortcodes expanded, each on the lines it was written on, so that
 *     offsets of AST nodes give the lines of the file
 * @param bodyOffset character offset of the Markdown body in the source, to position AST nodes
 * @param lines the index of {@code source}'s text that gives positions as the file on disk has them
 *     (columns after an expanded shortcode included): use it, not a new index of the text
 * @param readsArticles whether a shortcode looked another article up: the article then depends on which exist
 *     ({@link Shortcodes#articleList})
 */
public record ParsedArticle(SourceFile source, ArticleMeta meta, Document document, int bodyOffset,
                            List<Problem> warnings, LineIndex lines, boolean readsArticles) {
    public ParsedArticle {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(document, "document");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(lines, "lines");
    }

    /** An article whose text is the file's own (no shortcode was expanded). */
    public ParsedArticle(SourceFile source, ArticleMeta meta, Document document, int bodyOffset, List<Problem> warnings) {
        this(source, meta, document, bodyOffset, warnings, new LineIndex(source.text()), false);
    }
}
