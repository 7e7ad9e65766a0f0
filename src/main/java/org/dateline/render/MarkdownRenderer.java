package org.dateline.render;

import com.vladsch.flexmark.html.HtmlRenderer;
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
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The render stage for one article: flexmark AST → HTML, then an ordered list of jsoup
 * {@link HtmlTransform}s, the {@link HtmlSanitiser} first unless the site set {@code unsafe_html}.
 * Built once per build and shared by every worker thread.
 */
public final class MarkdownRenderer {

    private static final int SUMMARY_MAX_CHARS = 300;
    /** Lets jsoup resolve relative links and images while it checks their protocol; never published. */
    private static final String BASE_URI = "https://dateline.invalid/";

    private final HtmlRenderer renderer;
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
        List<HtmlTransform> list = new ArrayList<>();
        if (sanitise) {
            list.add(new HtmlSanitiser(safety.embeds()));
        }
        list.add(new LoneImageFigures());
        images.ifPresent(sizer -> list.add(new ImageSizes(sizer)));
        list.addAll(List.of(new ExternalLinks(), new ImageDefaults(), new TableAlignment(), new ScrollBoxes()));
        if (!basePath.isEmpty()) {
            list.add(new SitePaths(basePath));
        }
        this.transforms = List.copyOf(list);
    }

    public RenderedArticle render(ParsedArticle article) {
        String file = article.source().relPath();
        String html = renderer.render(article.document());
        Document document = sanitise ? parseTracked(html) : Parser.parseBodyFragment(html, BASE_URI);
        document.outputSettings().prettyPrint(false).charset("UTF-8");
        Element body = document.body();
        SourceLocator locator = sanitise ? new SourceLocator(file, article.source().text(), article.bodyOffset(), html)
                : SourceLocator.unmarked(file);
        locator.collect(body);
        TransformContext context = new TransformContext(file, locator);
        for (HtmlTransform transform : transforms) {
            transform.apply(body, context);
        }
        List<Problem> warnings = new ArrayList<>(article.warnings());
        warnings.addAll(context.warnings());
        leadImageProblems(article).forEach(warnings::add);
        if (warnings.stream().anyMatch(Problem::isError)) {
            throw new DatelineException(warnings);
        }
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
