package org.dateline.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.dateline.diag.Problem;
import org.dateline.parse.ParsedArticle;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The render stage for one article: flexmark AST → HTML, then an ordered list of jsoup
 * {@link HtmlTransform}s. Built once per build and shared by every worker thread.
 */
public final class MarkdownRenderer {

    private static final int SUMMARY_MAX_CHARS = 300;

    private final HtmlRenderer renderer;
    private final List<HtmlTransform> transforms;

    /** @param parserOptions the options the articles were parsed with, so the extensions match */
    public MarkdownRenderer(DataHolder parserOptions) {
        MutableDataSet options = new MutableDataSet(parserOptions);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        this.renderer = HtmlRenderer.builder(options.toImmutable()).build();
        this.transforms = List.of(new LoneImageFigures(), new ExternalLinks(), new ImageDefaults());
    }

    public RenderedArticle render(ParsedArticle article) {
        String file = article.source().relPath();
        String html = renderer.render(article.document());
        Document document = Parser.parseBodyFragment(html, "");
        document.outputSettings().prettyPrint(false).charset("UTF-8");
        Element body = document.body();
        TransformContext context = new TransformContext(file);
        for (HtmlTransform transform : transforms) {
            transform.apply(body, context);
        }
        List<Problem> warnings = new ArrayList<>(article.warnings());
        warnings.addAll(context.warnings());
        String description = article.meta().description().isEmpty()
                ? firstParagraph(body) : article.meta().description();
        return new RenderedArticle(file, article.meta(), body.html(), description, headings(body),
                wordCount(body.text()), warnings);
    }

    private static String firstParagraph(Element body) {
        Element first = body.selectFirst("> p");
        if (first == null) {
            return "";
        }
        String text = first.text().strip();
        if (text.length() <= SUMMARY_MAX_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_MAX_CHARS);
        int end = cut > 0 ? cut : SUMMARY_MAX_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split an emoji or other supplementary character into a lone surrogate
        }
        return text.substring(0, end) + "\u2026";
    }

    private static List<RenderedArticle.Heading> headings(Element body) {
        List<RenderedArticle.Heading> headings = new ArrayList<>();
        for (Element heading : body.select("h2[id], h3[id], h4[id], h5[id], h6[id]")) {
            headings.add(new RenderedArticle.Heading(heading.normalName().charAt(1) - '0', heading.id(), heading.text()));
        }
        return headings;
    }

    private static int wordCount(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
