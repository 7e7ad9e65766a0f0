package org.dateline.render;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.config.Safety;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.image.ImageSizer;
import org.dateline.parse.ParsedArticle;
import org.dateline.parse.Shortcodes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The render stage for one article: flexmark AST → HTML, then an ordered list of jsoup
 * {@link HtmlTransform}s, the {@link HtmlSanitiser} first unless the site set {@code unsafe_html}.
 * An article without raw HTML takes a shorter way to the same bytes: flexmark does the transforms
 * as it writes ({@link AstTransforms}) and writes the HTML as jsoup would write it back
 * ({@link PlainNodeRenderer}), with no second parse and no sanitiser, which would find nothing to remove in it.
 * Built once per build and shared by every worker thread.
 */
public final class MarkdownRenderer {

    private static final int SUMMARY_MAX_CHARS = 300;
    /** Lets jsoup resolve relative links and images while it checks their protocol; never published. */
    private static final String BASE_URI = "https://dateline.invalid/";

    private final HtmlRenderer renderer;
    private final HtmlRenderer plainRenderer;
    private final List<HtmlTransform> transforms;
    private final boolean sanitise;
    private final Optional<ImageSizer> images;

    /** A renderer with the default {@link Safety}: raw HTML sanitised, the default embeds. */
    public MarkdownRenderer(DataHolder parserOptions) {
        this(parserOptions, Safety.defaults());
    }

    /**
     * @param parserOptions the options the articles were parsed with, so the extensions match
     * @param safety {@code unsafe_html} and {@code embeds} from site.yaml
     */
    public MarkdownRenderer(DataHolder parserOptions, Safety safety) {
        this(parserOptions, safety, "");
    }

    /**
     * @param parserOptions the options the articles were parsed with, so the extensions match
     * @param safety {@code unsafe_html} and {@code embeds} from site.yaml
     * @param basePath the path of {@code base_url} ({@code /paper}, or ""): site-absolute links in
     *     articles get it in front, as generated links do
     */
    public MarkdownRenderer(DataHolder parserOptions, Safety safety, String basePath) {
        this(parserOptions, safety, basePath, Optional.empty());
    }

    /**
     * @param parserOptions the options the articles were parsed with, so the extensions match
     * @param safety {@code unsafe_html} and {@code embeds} from site.yaml
     * @param basePath the path of {@code base_url} ({@code /paper}, or "")
     * @param images the site's local images: body images of {@code static/} get their size and resized copies
     */
    public MarkdownRenderer(DataHolder parserOptions, Safety safety, String basePath, Optional<ImageSizer> images) {
        MutableDataSet options = new MutableDataSet(parserOptions);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(HtmlRenderer.HEADER_ID_GENERATOR_NO_DUPED_DASHES, true);
        this.sanitise = !safety.unsafeHtml();
        this.images = images;
        HtmlRenderer.Builder builder = HtmlRenderer.builder(options.toImmutable());
        this.renderer = (sanitise ? SourceMarkers.install(builder) : builder).build();
        MutableDataSet plainOptions = new MutableDataSet(options);
        plainOptions.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, PlainNodes.BACK_REF); // as jsoup writes it
        this.plainRenderer = AstTransforms.install(HtmlRenderer.builder(plainOptions.toImmutable()), basePath).build();
        List<HtmlTransform> list = new ArrayList<>();
        if (sanitise) {
            list.add(new HtmlSanitiser(safety.embeds()));
        }
        list.addAll(List.of(new PageIds(), new LoneImageFigures()));
        images.ifPresent(sizer -> list.add(new ImageSizes(sizer)));
        list.addAll(List.of(new ExternalLinks(), new ImageDefaults(), new TableAlignment(), new ScrollBoxes()));
        if (!basePath.isEmpty()) {
            list.add(new SitePaths(basePath));
        }
        this.transforms = List.copyOf(list);
    }

    /**
     * Renders one article. A broken or oversized local image (in the body or as {@code image:}) fails
     * the article with every problem it has, each at its line.
     */
    public RenderedArticle render(ParsedArticle article) {
        RenderedArticle rendered = null;
        if (!needsJsoup(article.document())) {
            rendered = renderPlain(article).orElse(null);
        }
        if (rendered == null) {
            rendered = renderWithJsoup(article);
        }
        List<Problem> lead = leadImageProblems(article);
        if (!lead.isEmpty() || rendered.warnings().stream().anyMatch(Problem::isError)) {
            List<Problem> problems = new ArrayList<>(rendered.warnings());
            problems.addAll(lead);
            throw new DatelineException(problems);
        }
        return rendered;
    }

    /**
     * Whether the article needs the jsoup transforms: raw HTML, and what only they do (the size and
     * copies of local images).
     */
    private boolean needsJsoup(Node node) {
        return hasRawHtml(node) || images.isPresent() && containsImage(node);
    }

    private static boolean containsImage(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Image || child instanceof ImageRef || containsImage(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The way without jsoup: flexmark writes the bytes the jsoup way would give, and gathers the headings, the
     * words and the first paragraph as it writes ({@link PlainNodeRenderer}); empty for an article with a node
     * it does not know ({@link PlainNodes}) or anything else it cannot vouch for.
     */
    Optional<RenderedArticle> renderPlain(ParsedArticle article) {
        com.vladsch.flexmark.util.ast.Document document = article.document();
        if (!PlainNodes.writable(document)) {
            return Optional.empty();
        }
        String file = article.source().relPath();
        AstTransforms.Warnings transformWarnings = new AstTransforms.Warnings(file, article.lines(),
                article.bodyOffset());
        AstTransforms.Warnings.attach(document, transformWarnings);
        PlainRendering html = PlainRendering.start(document, PlainText.string(document.getChars()));
        String body;
        try {
            body = html.finish(plainRenderer.render(document));
        } catch (PlainHtmlReader.Refused refused) {
            return Optional.empty(); // a character, address, id or attribute the jsoup way treats otherwise
        }
        List<Problem> warnings = new ArrayList<>(article.warnings());
        warnings.addAll(transformWarnings.problems());
        String description = article.meta().description();
        if (description.isEmpty()) {
            String first = html.firstParagraphText();
            description = first == null ? "" : summary(first);
        }
        return Optional.of(new RenderedArticle(file, article.meta(), body, description, html.headings(),
                html.wordCount(), warnings));
    }

    /** Raw HTML, or a reference image alone in a paragraph (which flexmark may or may not write as an image). */
    private static boolean hasRawHtml(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlBlock || child instanceof HtmlCommentBlock || child instanceof HtmlInnerBlock
                    || child instanceof HtmlInnerBlockComment || child instanceof HtmlInline
                    || child instanceof HtmlInlineComment
                    || child instanceof ImageRef && child.getParent() instanceof Paragraph && child.getPrevious() == null
                    && child.getNext() == null
                    || hasRawHtml(child)) {
                return true;
            }
        }
        return false;
    }

    /** The jsoup way, which every article took before; package-private so tests can compare the two ways. */
    RenderedArticle renderWithJsoup(ParsedArticle article) {
        String file = article.source().relPath();
        String html = renderer.render(article.document());
        Document document = sanitise ? parseTracked(html) : Parser.parseBodyFragment(html, BASE_URI);
        document.outputSettings().prettyPrint(false).charset("UTF-8");
        Element body = document.body();
        SourceLocator locator = sanitise ? new SourceLocator(file, article.source().text(),
                article.lines(), article.bodyOffset(), html)
                : SourceLocator.unmarked(file);
        locator.collect(body);
        TransformContext context = new TransformContext(file, locator);
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

    /** A lead image ({@code image:}) that is broken or too large: an error at its line in the front matter. */
    private List<Problem> leadImageProblems(ParsedArticle article) {
        if (images.isEmpty() || article.meta().image().isEmpty()) {
            return List.of();
        }
        try {
            images.get().inspect(article.meta().image().get().src());
            return List.of();
        } catch (DatelineException e) {
            String file = article.source().relPath();
            return e.problems().stream().map(problem -> Problem.error(article.meta().position("image", file),
                    problem.message(), problem.hint().orElse(null))).toList();
        }
    }

    /** Like {@link Parser#parseBodyFragment}, but each node remembers where it was in {@code html}. */
    private static Document parseTracked(String html) {
        Document document = Document.createShell(BASE_URI);
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        document.body().appendChildren(parser.parseFragmentInput(html, document.body(), BASE_URI));
        return document;
    }

    private static String firstParagraph(Element body) {
        Element first = body.selectFirst("> p");
        if (first == null) {
            return "";
        }
        first = first.clone();
        first.select("code." + Shortcodes.UNKNOWN_CLASS).remove(); // shown on the page, never in a description
        return summary(first.text());
    }

    private static String summary(String paragraphText) {
        String text = paragraphText.strip();
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

    /**
     * The words of {@code text} as {@code text.strip().split("\\s+")} counts them, without the
     * regex and the strings: runs of characters other than {@code [ \t\n\x0B\f\r]}.
     */
    static int wordCount(String text) {
        String trimmed = text.strip();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            boolean space = c == ' ' || c >= '\t' && c <= '\r';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
