package org.dateline.parse;

import com.vladsch.flexmark.util.ast.Document;
import java.util.ArrayList;
import java.util.List;
import org.dateline.diag.LineIndex;
import org.dateline.diag.Problem;
import org.dateline.load.SourceFile;

/**
 * The parse stage for one article: split the front matter, validate it, expand shortcodes
 * ({@link Shortcodes}), check the body against
 * {@link MarkdownLimits}, parse it, and check the parsed tree's depth.
 */
public final class ArticleParser {

    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final FrontMatterParser frontMatter;
    private final MarkdownParser markdown;
    private final Shortcodes shortcodes;

    public ArticleParser(FrontMatterParser frontMatter, MarkdownParser markdown) {
        this(frontMatter, markdown, Shortcodes.none());
    }

    public ArticleParser(FrontMatterParser frontMatter, MarkdownParser markdown, Shortcodes shortcodes) {
        this.frontMatter = frontMatter;
        this.markdown = markdown;
        this.shortcodes = shortcodes;
    }

    /** Throws a {@code DatelineException} with every problem of the file. */
    public ParsedArticle parse(SourceFile source) {
        FrontMatter split = splitter.split(source.relPath(), source.text());
        FrontMatterParser.Result result = frontMatter.parse(source, split);
        LineIndex lines = new LineIndex(source.text());
        Shortcodes.Expanded body = shortcodes.expand(source.relPath(), source.text().substring(split.bodyOffset()),
                split.bodyOffset(), lines);
        // Expansions keep their lines, so the file with its shortcodes expanded has every line where the original has
        // it: offsets in the parsed body are turned into positions through that text, and columns through the edits.
        SourceFile parsed = body.warnings().isEmpty() && body.markdown().length() == source.text().length()
                - split.bodyOffset() ? source
                : new SourceFile(source.relPath(), source.text().substring(0, split.bodyOffset()) + body.markdown());
        int at = split.bodyOffset();
        LineIndex parsedLines = parsed == source ? lines : LineIndex.expanded(parsed.text(), lines,
                body.edits().stream().map(e -> new LineIndex.Edit(at + e.expandedStart(), at + e.expandedEnd(),
                        at + e.originalStart(), at + e.originalEnd())).toList());
        MarkdownLimits limits = new MarkdownLimits(source.relPath(), split.bodyOffset(), parsedLines);
        InterruptibleText text = new InterruptibleText(body.markdown()); // one copy of the characters for both
        limits.checkText(text.toString(), text.characters());
        Document document = markdown.parse(text);
        limits.checkTree(document);
        List<Problem> warnings = new ArrayList<>(result.warnings());
        warnings.addAll(body.warnings());
        return new ParsedArticle(parsed, result.meta(), document, split.bodyOffset(), warnings, parsedLines,
                body.readsArticles());
    }

    /** See {@link Shortcodes#articleList}: which articles exist, for the shortcodes that look one up. */
    public String articleList() {
        return shortcodes.articleList();
    }
}
