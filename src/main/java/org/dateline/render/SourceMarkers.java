package org.dateline.render;

import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlock;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Leaves the Markdown source position in the HTML flexmark writes, so the sanitiser can name the
 * line of everything it removes: a comment {@code <!--dateline-at:OFFSET-->} right before each
 * piece of raw HTML, and an attribute {@code data-dateline-at="OFFSET"} on each link and image.
 * Offsets are into the article body. Both are taken out again before the HTML is published.
 */
final class SourceMarkers {

    /** The attribute on links and images. */
    static final String ATTRIBUTE = "data-dateline-at";
    /** The text of a marker comment before raw HTML. */
    static final Pattern COMMENT = Pattern.compile("dateline-at:(\\d+)");

    private SourceMarkers() {
    }

    /** Adds the markers to everything {@code builder} will render. */
    static HtmlRenderer.Builder install(HtmlRenderer.Builder builder) {
        return builder
                .nodeRendererFactory(options -> new RawHtmlMarker())
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return (node, part, attributes) -> {
                            if (node instanceof InlineLinkNode || node instanceof RefNode
                                    || node instanceof DelimitedLinkNode) {
                                attributes.replaceValue(ATTRIBUTE, String.valueOf(node.getStartOffset()));
                            }
                        };
                    }
                });
    }

    /** Writes the marker comment, then lets flexmark render the raw HTML as it always does. */
    private static final class RawHtmlMarker implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(HtmlBlock.class, this::mark),
                    new NodeRenderingHandler<>(HtmlCommentBlock.class, this::mark),
                    new NodeRenderingHandler<>(HtmlInnerBlock.class, this::mark),
                    new NodeRenderingHandler<>(HtmlInnerBlockComment.class, this::mark),
                    new NodeRenderingHandler<>(HtmlInline.class, this::mark),
                    new NodeRenderingHandler<>(HtmlInlineComment.class, this::mark));
        }

        private void mark(Node node, NodeRendererContext context, HtmlWriter html) {
            html.raw("<!--dateline-at:" + node.getStartOffset() + "-->");
            context.delegateRender();
        }
    }
}
