package org.dateline.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.typographic.TypographicQuotes;
import com.vladsch.flexmark.ext.typographic.TypographicSmarts;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SequenceUtils;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The node renderers of the plain way: each writes what flexmark's own writes, but its text as jsoup
 * escapes it (a {@code "} as it is, a no-break space as {@code &nbsp;}, typographic quotes and dashes
 * as characters rather than references) and tells the {@link PlainRendering} what jsoup's text of the
 * page would hold (texts, and the spaces it puts at blocks, line breaks and images), the headings and
 * the first paragraph. Lone images with a title become figures ({@link LoneImageFigures}). Only the
 * node types {@link PlainNodes} lets through reach these renderers.
 */
final class PlainNodeRenderer implements NodeRenderer {

    private final DataHolder options;
    /**
     * The rendering of the document this renderer writes, looked up once: flexmark makes its renderers
     * anew for each document it renders, and the look-up for every node was 5% of the render stage.
     */
    private PlainRendering rendering;

    PlainNodeRenderer(DataHolder options) {
        this.options = options;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        Set<NodeRenderingHandler<?>> handlers = new HashSet<>(List.of(
                new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
                new NodeRenderingHandler<>(Heading.class, this::heading),
                new NodeRenderingHandler<>(FencedCodeBlock.class, this::fenced),
                new NodeRenderingHandler<>(IndentedCodeBlock.class, this::indented),
                new NodeRenderingHandler<>(Code.class, this::code),
                new NodeRenderingHandler<>(HtmlEntity.class, this::entity),
                new NodeRenderingHandler<>(TypographicQuotes.class, this::quotes),
                new NodeRenderingHandler<>(TypographicSmarts.class, this::smarts),
                new NodeRenderingHandler<>(HardLineBreak.class, this::hardBreak),
                new NodeRenderingHandler<>(SoftLineBreak.class, this::softBreak),
                new NodeRenderingHandler<>(Image.class, this::image),
                new NodeRenderingHandler<>(ImageRef.class, this::image),
                new NodeRenderingHandler<>(AutoLink.class, (node, context, html) ->
                        link(node.getText().toString(), context)),
                new NodeRenderingHandler<>(MailLink.class, (node, context, html) ->
                        link(node.getText().unescape(), context)),
                new NodeRenderingHandler<>(Footnote.class, this::footnote),
                new NodeRenderingHandler<>(LinkRef.class, this::linkRef)));
        for (Class<? extends Node> type : List.of(BlockQuote.class, BulletList.class, OrderedList.class,
                BulletListItem.class, OrderedListItem.class, ThematicBreak.class, TableBlock.class, TableHead.class,
                TableBody.class, TableRow.class, TableCell.class)) {
            handlers.add(new NodeRenderingHandler<>(type, this::block));
        }
        return handlers;
    }

    private PlainRendering rendering(NodeRendererContext context) {
        if (rendering == null) {
            rendering = PlainRendering.KEY.get(context.getDocument());
        }
        return rendering;
    }

    /** A block flexmark writes as it is: a space before and after it in the page's text. */
    private void block(Node node, NodeRendererContext context, HtmlWriter html) {
        PlainRendering rendering = rendering(context);
        rendering.boundary();
        context.delegateRender();
        after(node, rendering);
    }

    /**
     * After a block: its space, and when it ends a footnote the back links flexmark writes after it, each
     * an arrow after a line end.
     */
    private void after(Node node, PlainRendering rendering) {
        rendering.boundary();
        if (node.getParent() instanceof FootnoteBlock footnote && node.getNext() == null) {
            for (int i = 0; i < Math.max(1, footnote.getFootnoteReferences()); i++) {
                rendering.boundary();
                rendering.text(PlainNodes.BACK_REF, false);
            }
            rendering.boundary();
        }
    }

    private void paragraph(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
        PlainRendering rendering = rendering(context);
        rendering.boundary();
        String caption = paragraph.getFirstChild() instanceof Image image
                ? AstTransforms.figureCaption(image, options) : null;
        if (caption != null) {
            html.line().tag("figure");
            context.render(paragraph.getFirstChild());
            rendering.boundary();
            html.tag("figcaption").raw(rendering.told(caption, false));
            html.closeTag("figcaption");
            rendering.boundary();
            html.closeTag("figure").line();
        } else {
            boolean first = paragraph.getParent() instanceof Document && rendering.firstParagraphToCome()
                    && paragraph.getFirstChildAnyNot(NonRenderingInline.class) != null;
            if (first) {
                rendering.startScope();
            }
            context.delegateRender();
            if (first) {
                rendering.endFirstParagraph();
            }
        }
        after(paragraph, rendering);
    }

    private void heading(Heading heading, NodeRendererContext context, HtmlWriter html) {
        PlainRendering rendering = rendering(context);
        rendering.boundary();
        String id = context.getHtmlOptions().renderHeaderId ? context.getNodeId(heading) : null;
        boolean gather = id != null && heading.getLevel() >= 2;
        if (gather) {
            rendering.startScope();
        }
        context.delegateRender();
        if (gather) {
            rendering.endHeading(heading.getLevel(), id);
        }
        after(heading, rendering);
    }

    /** flexmark's fenced code block, its text escaped as jsoup escapes it. */
    private void fenced(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        PlainRendering rendering = rendering(context);
        rendering.boundary();
        html.line();
        html.srcPosWithTrailingEOL(node.getChars()).withAttr().tag("pre").openPre();
        BasedSequence info = node.getInfo();
        if (info.isNotNull() && !info.isBlank()) {
            BasedSequence language = node.getInfoDelimitedByAny(SequenceUtils.SPACE_TAB_SET);
            html.attr("class", context.getHtmlOptions().languageClassPrefix + language.unescape());
        } else {
            noLanguageClass(context, html);
        }
        BasedSequence content = node.getContentChars();
        codeText(content.normalizeEOL(), content, context, html);
        after(node, rendering);
    }

    private void indented(IndentedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        PlainRendering rendering = rendering(context);
        rendering.boundary();
        html.line();
        html.srcPosWithEOL(node.getChars()).withAttr().tag("pre").openPre();
        noLanguageClass(context, html);
        BasedSequence content = node.getContentChars();
        codeText(content.trimTailBlankLines().normalizeEndWithEOL(), content, context, html);
        after(node, rendering);
    }

    /** flexmark's class for a code block without a language, if its options name one. */
    private static void noLanguageClass(NodeRendererContext context, HtmlWriter html) {
        String noLanguageClass = context.getHtmlOptions().noLanguageClass.trim();
        if (!noLanguageClass.isEmpty()) {
            html.attr("class", noLanguageClass);
        }
    }

    /** @param content the block's content as flexmark has it (made once: each call makes a new sequence) */
    private void codeText(String text, BasedSequence content, NodeRendererContext context, HtmlWriter html) {
        html.srcPosWithEOL(content).withAttr(CoreNodeRenderer.CODE_CONTENT).tag("code");
        html.raw(rendering(context).told(text, true));
        html.tag("/code");
        html.tag("/pre").closePre();
        html.lineIf(context.getHtmlOptions().htmlBlockCloseTagEol);
    }

    private void code(Code node, NodeRendererContext context, HtmlWriter html) {
        html.srcPos(node.getText()).withAttr().tag("code");
        String text = Escaping.collapseWhitespace(node.getText(), true);
        html.raw(rendering(context).told(text, false));
        html.tag("/code");
    }

    private void entity(HtmlEntity node, NodeRendererContext context, HtmlWriter html) {
        text(node.getChars().unescape(), context, html);
    }

    private void quotes(TypographicQuotes node, NodeRendererContext context, HtmlWriter html) {
        if (node.getTypographicOpening() != null && !node.getTypographicOpening().isEmpty()) {
            text(PlainNodes.typographic(node.getTypographicOpening()), context, html);
        }
        context.renderChildren(node);
        if (node.getTypographicClosing() != null && !node.getTypographicClosing().isEmpty()) {
            text(PlainNodes.typographic(node.getTypographicClosing()), context, html);
        }
    }

    private void smarts(TypographicSmarts node, NodeRendererContext context, HtmlWriter html) {
        text(PlainNodes.typographic(node.getTypographicText()), context, html);
    }

    /** {@code text} written as jsoup escapes it and told to the rendering. */
    void text(String text, NodeRendererContext context, HtmlWriter html) {
        html.raw(rendering(context).told(text, false));
    }

    private void hardBreak(HardLineBreak node, NodeRendererContext context, HtmlWriter html) {
        PlainRendering rendering = rendering(context);
        rendering.boundary(); // jsoup puts a space before a br
        String hardBreak = context.getHtmlOptions().hardBreak;
        html.raw(hardBreak);
        rendering.text(hardBreak.substring(hardBreak.indexOf('>') + 1), false);
    }

    private void softBreak(SoftLineBreak node, NodeRendererContext context, HtmlWriter html) {
        String softBreak = context.getHtmlOptions().softBreak;
        html.raw(softBreak);
        rendering(context).text(softBreak, false);
    }

    private void image(Node node, NodeRendererContext context, HtmlWriter html) {
        context.delegateRender();
        if (node.getNext() != null) {
            rendering(context).afterImage();
        }
    }

    /** An autolink or mail link: flexmark writes it; its text must escape as jsoup would. */
    private void link(String text, NodeRendererContext context) {
        if (text.indexOf('"') >= 0 || text.indexOf('\u00a0') >= 0) {
            throw new PlainHtmlReader.Refused(); // flexmark writes &quot; where jsoup writes ", and no &nbsp;
        }
        rendering(context).told(text, false); // refuses controls
        context.delegateRender();
    }

    /**
     * A reference link: flexmark writes a defined one; an undefined one ({@code [sic]}, say) is text, its
     * brackets written as flexmark writes them (there is no link resolver for references) but escaped as jsoup
     * escapes them.
     */
    private void linkRef(LinkRef node, NodeRendererContext context, HtmlWriter html) {
        if (node.isDefined()) {
            context.delegateRender();
        } else if (!node.hasChildren()) {
            text(node.getChars().unescape(), context, html);
        } else {
            text(node.getChars().prefixOf(node.getChildChars()).unescape(), context, html);
            context.renderChildren(node);
            text(node.getChars().suffixOf(node.getChildChars()).unescape(), context, html);
        }
    }

    private void footnote(Footnote node, NodeRendererContext context, HtmlWriter html) {
        FootnoteBlock block = node.getFootnoteBlock();
        if (block == null) {
            throw new PlainHtmlReader.Refused();
        }
        rendering(context).text(Integer.toString(block.getFootnoteOrdinal()), false);
        context.delegateRender();
    }
}
