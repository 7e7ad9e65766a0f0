package org.dateline.parse;

import com.vladsch.flexmark.util.ast.Document;
import org.dateline.load.SourceFile;

/**
 * The parse stage for one article: split the front matter, validate it, check the body against
 * {@link MarkdownLimits}, parse it, and check the parsed tree's depth.
 */
public final class ArticleParser {

    private final FrontMatterSplitter splitter = new FrontMatterSplitter();
    private final FrontMatterParser frontMatter;
    private final MarkdownParser markdown;

    public ArticleParser(FrontMatterParser frontMatter, MarkdownParser markdown) {
        this.frontMatter = frontMatter;
        this.markdown = markdown;
    }

    /** Throws a {@code DatelineException} with every problem of the file. */
    public ParsedArticle parse(SourceFile source) {
        FrontMatter split = splitter.split(source.relPath(), source.text());
        FrontMatterParser.Result result = frontMatter.parse(source, split);
        String body = source.text().substring(split.bodyOffset());
        MarkdownLimits limits = new MarkdownLimits(source.relPath(), split.bodyOffset(), source.text());
        limits.checkText(body);
        Document document = markdown.parse(body);
        limits.checkTree(document);
        return new ParsedArticle(source, result.meta(), document, split.bodyOffset(), result.warnings());
    }
}
