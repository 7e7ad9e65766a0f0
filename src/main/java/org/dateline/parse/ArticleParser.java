package org.dateline.parse;

import org.dateline.load.SourceFile;

/** The parse stage for one article: split the front matter, validate it, parse the body. */
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
        return new ParsedArticle(source, result.meta(), markdown.parse(body), split.bodyOffset(), result.warnings());
    }
}
