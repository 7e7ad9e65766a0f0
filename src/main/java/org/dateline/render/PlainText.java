package org.dateline.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;
import org.dateline.parse.InterruptibleText;

/**
 * Writes a text node of the plain way as jsoup would write it after parsing flexmark's HTML, and tells
 * the {@link PlainRendering} its text. A text with no backslash, {@code &} or carriage return is what
 * flexmark's renderer would make of it, without its three regular-expression passes; any other goes
 * through flexmark's own un-escaping first.
 *
 * <p>Such a text is not even written when the rendering keeps texts ({@link PlainRendering#marks}):
 * flexmark's writer takes every character of it one at a time. A mark ({@link PlainRendering#MARK}, the
 * text's number, {@link PlainRendering#END}) stands in its place and {@link PlainRendering#finish} puts
 * the text there, escaped. Only texts flexmark's writer passes on as they are get a mark: no tab or line
 * end; the spaces at either end (its line handling looks at those) are written through it, around the
 * mark, which leaves its writer as the text's other characters would (each of them, like each of the
 * mark's, is one that is neither space, tab nor line end). Marking the texts spared a cold
 * 10,000-article build ~5% of its CPU samples, spent in flexmark's writer taking them a character at a time.
 */
final class PlainText implements NodeRenderer {

    /** The rendering of the document this renderer writes (flexmark makes its renderers anew for each), looked up once. */
    private PlainRendering rendering;

    private PlainRendering rendering(NodeRendererContext context) {
        if (rendering == null) {
            rendering = PlainRendering.KEY.get(context.getDocument());
        }
        return rendering;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
    }

    private void render(Text node, NodeRendererContext context, HtmlWriter html) {
        // the text's characters where the article holds them; else a copy (charAt on a text past Latin-1 keeps a
        // bounds-check call per character under C1)
        BasedSequence sequence = node.getChars();
        char[] chars;
        int from;
        int to;
        if (sequence instanceof SubSequence && sequence.getBase() instanceof InterruptibleText article) {
            chars = article.characters();
            from = sequence.getStartOffset();
            to = sequence.getEndOffset();
        } else {
            chars = sequence.toString().toCharArray();
            from = 0;
            to = chars.length;
        }
        boolean tabOrLine = false;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= 0x20 && c < 0x7f) {
                if (c == '\\' || c == '&') {
                    unescaped(node, context, html);
                    return;
                }
            } else if (c == '\r') {
                unescaped(node, context, html);
                return;
            } else {
                tabOrLine |= c == '\t' || c == '\n';
            }
        }
        PlainRendering rendering = rendering(context);
        rendering.text(chars, from, to, false);
        if (rendering.marks && to > from && !tabOrLine) {
            int first = from;
            while (first < to && chars[first] == ' ') {
                first++;
            }
            int last = to;
            while (last > first && chars[last - 1] == ' ') {
                last--;
            }
            if (first < last) { // the spaces at the ends go to flexmark's writer, which looks at them
                if (first > from) {
                    html.raw(String.valueOf(chars, from, first - from));
                }
                html.raw(rendering.keep(chars, first, last));
                if (last < to) {
                    html.raw(String.valueOf(chars, last, to - last));
                }
                return;
            }
        }
        StringBuilder escaped = new StringBuilder(to - from + 16);
        PlainWriter.escape(chars, from, to, false, escaped);
        html.raw(escaped);
    }

    /** A text with escapes, references or carriage returns: what flexmark's renderer makes of it, escaped as jsoup escapes it. */
    private void unescaped(Text node, NodeRendererContext context, HtmlWriter html) {
        html.raw(rendering(context).told(Escaping.normalizeEOL(node.getChars().unescape()), false));
    }

    /**
     * The characters of {@code chars}: cut from the article's own string when they are one stretch of
     * it, where flexmark's {@code toString} appends them one at a time through its layers.
     */
    static String string(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof InterruptibleText article) {
            return article.toString().substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }
}
