package org.dateline.render;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.diag.LineIndex;
import org.dateline.diag.Problem;

/**
 * The transforms of {@link LoneImageFigures}, {@link ExternalLinks}, {@link ImageDefaults} and
 * {@link SitePaths}, done while flexmark writes the HTML of an article without raw HTML, so that
 * article needs no jsoup parse: an attribute provider for link {@code rel}, image defaults and the
 * site's base path, a paragraph renderer for lone images with a title (and {@link PlainText}, which
 * writes text as flexmark does, faster). Same attributes, same
 * order, same warnings as the jsoup transforms.
 */
final class AstTransforms {

    /** Where the provider puts the warnings of the article being rendered; set on its document first. */
    static final DataKey<Warnings> WARNINGS = new DataKey<>("dateline-render-warnings", Warnings.NONE);

    private AstTransforms() {
    }

    /** Adds the transforms to everything {@code builder} will render; {@code basePath} as {@link SitePaths} takes it. */
    static HtmlRenderer.Builder install(HtmlRenderer.Builder builder, String basePath) {
        return builder
                .nodeRendererFactory(options -> new PlainNodeRenderer(options))
                .nodeRendererFactory(options -> new PlainText())
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        Warnings warnings = WARNINGS.get(context.getDocument());
                        DataHolder options = context.getOptions();
                        return (node, part, attributes) -> {
                            attributes(node, attributes, options, basePath, warnings);
                            plainWay(node, part, attributes);
                        };
                    }
                });
    }

    private static void attributes(Node node, MutableAttributes attributes, DataHolder options, String basePath,
                                   Warnings warnings) {
        if (attributes.contains("href")) {
            String href = attributes.getValue("href");
            String lower = href.strip().replace('\\', '/').toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//")) {
                attributes.replaceValue("rel", "noopener"); // flexmark writes no rel of its own
            }
            if (!basePath.isEmpty()) {
                attributes.replaceValue("href", prefixed(href, basePath));
            }
        }
        if (attributes.contains("src")) {
            String src = attributes.getValue("src");
            if (node instanceof Image image && figureCaption(image, options) != null) {
                attributes.remove("title");
            }
            if (!attributes.contains("loading")) {
                attributes.replaceValue("loading", "lazy");
            }
            if (!attributes.contains("decoding")) {
                attributes.replaceValue("decoding", "async");
            }
            if (!attributes.contains("alt")) {
                attributes.replaceValue("alt", "");
            }
            if (attributes.getValue("alt").isBlank()) {
                warnings.add(node.getStartOffset(), "image \"" + src + "\" has no alt text",
                        "write ![what the picture shows](" + src + ")");
            }
            if (!basePath.isEmpty()) {
                attributes.replaceValue("src", prefixed(src, basePath));
            }
        }
    }

    /**
     * What {@link TableAlignment} and {@link ScrollBoxes} do to cells and code blocks, and a check that
     * every attribute is one jsoup would write back as flexmark wrote it (escaped the same: no no-break
     * space, no reference flexmark keeps as written, no control) and that the sanitiser would keep
     * (links and images to safe addresses, no id of the page's own); else the article takes the jsoup way.
     */
    private static void plainWay(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof TableCell && attributes.contains("align")) {
            String alignment = attributes.getValue("align").strip().toLowerCase(Locale.ROOT);
            attributes.remove("align");
            if (alignment.equals("left") || alignment.equals("center") || alignment.equals("right")) {
                String classes = attributes.contains("class") ? attributes.getValue("class") : "";
                attributes.replaceValue("class", classes.isBlank() ? "align-" + alignment
                        : classes + " align-" + alignment);
            }
        }
        if ((node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) && part == AttributablePart.NODE
                && !attributes.contains("tabindex")) {
            attributes.replaceValue("tabindex", "0");
        }
        for (Attribute attribute : attributes.values()) {
            if (attribute.isNonRendering()) {
                continue;
            }
            String name = attribute.getName();
            String value = attribute.getValue();
            if (!writtenAlike(value) || name.equals("href") && !PlainHtml.safeLink(value)
                    || name.equals("src") && !PlainHtml.safeImage(value)
                    || name.equals("id") && PageIds.RESERVED.contains(value.toLowerCase(Locale.ROOT))) {
                throw new PlainHtmlReader.Refused();
            }
        }
    }

    /** Whether jsoup writes {@code value} back as flexmark writes it, and keeps it as it is. */
    private static boolean writtenAlike(String value) {
        char[] chars = value.toCharArray();
        int amp = -1;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 0x20 && c < 0x7f) {
                if (c == '&') {
                    amp = i;
                } else if (c == ';' && amp >= 0) {
                    return false; // flexmark keeps what looks like a reference; jsoup would decode it
                }
            } else if (c == '\u00a0' || c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && PlainWriter.refused(chars, i)) {
                return false;
            }
        }
        return true;
    }

    private static String prefixed(String url, String basePath) {
        return url.startsWith("/") && !url.startsWith("//") && !url.startsWith(basePath + "/") ? basePath + url : url;
    }

    /**
     * The caption when {@code image} is alone in a paragraph that is written as {@code <p>} and has
     * a title that is not blank: then it becomes a figure. Else null.
     */
    static String figureCaption(Image image, DataHolder options) {
        if (!(image.getParent() instanceof Paragraph paragraph) || paragraph.getFirstChild() != image
                || image.getNext() != null || image.getTitle().isNull()) {
            return null;
        }
        String title = image.getTitle().unescape();
        if (title.isBlank()) {
            return null;
        }
        boolean wrapped = !(paragraph.getParent() instanceof ParagraphItemContainer container)
                || !container.isParagraphWrappingDisabled(paragraph, ListOptions.get(options), options);
        return wrapped ? title : null;
    }

    /** The warnings of one article, positioned in its file. */
    static final class Warnings {
        static final Warnings NONE = new Warnings(null, new LineIndex(""), 0);

        private final String file;
        private final LineIndex lines;
        private final int bodyOffset;
        private final List<Problem> problems = new ArrayList<>();

        /** @param lines the index of the whole file ({@code ParsedArticle.lines()}); @param bodyOffset where the body starts */
        Warnings(String file, LineIndex lines, int bodyOffset) {
            this.file = file;
            this.lines = lines;
            this.bodyOffset = bodyOffset;
        }

        static void attach(Document document, Warnings warnings) {
            document.set(WARNINGS, warnings);
        }

        private void add(int offset, String message, String hint) {
            if (file != null) {
                problems.add(Problem.warning(lines.position(file, bodyOffset + offset), message, hint));
            }
        }

        List<Problem> problems() {
            return List.copyOf(problems);
        }
    }
}
