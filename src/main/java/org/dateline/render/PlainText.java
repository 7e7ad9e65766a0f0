package org.dateline.render;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.parse.InterruptibleText;

/**
 * Writes a text node that holds no backslash, {@code &} or carriage return the way flexmark's core
 * renderer does, without its three regular-expression passes: with nothing to un-escape and no line
 * end to normalise, flexmark's {@code Escaping.unescapeString} and {@code normalizeEOL} give the text
 * back as it was, and {@code escapeHtml} replaces only {@code <}, {@code >} and {@code "} (and
 * {@code &}, absent here). Every other text node goes to flexmark's renderer. Those passes were 3% of
 * a cold build's CPU (JFR, 10,000 articles); the bytes are the same (tested against flexmark's own).
 *
 * <p>On the plain way ({@link #keepTexts}) such a text is not even written: flexmark's writer takes
 * every character of it one at a time, and {@link PlainHtmlReader} would decode it back. A mark
 * ({@link #MARK}, the text's number, {@link #END}) stands in its place and the reader puts the text
 * there. Only texts flexmark's writer passes on as they are get a mark: no tab or line end; the spaces
 * at either end (its line handling looks at those) are written through it, around the mark, which
 * leaves its writer as the text's other characters would (each of them, like each of the mark's, is
 * one that is neither space, tab nor line end); and only in a document whose Markdown cannot make
 * the mark's characters itself (none of them, no numeric character reference). Marking the texts
 * that end in a space too (most texts before a link or emphasis) spared a cold 10,000-article build
 * ~5% of its CPU samples, spent in flexmark's writer taking them a character at a time.
 */
final class PlainText implements NodeRenderer {

    /** Starts a text's mark: a noncharacter, which the reader refuses anywhere else. */
    static final char MARK = '\ufdd0';
    /** Ends a text's mark. */
    static final char END = '\ufdd1';
    /** The texts the marks of a document's HTML stand for, by number; absent when it has no marks. */
    static final DataKey<Texts> TEXTS = new DataKey<>("dateline-plain-texts", Texts.NONE);

    /** The texts of one rendering of a document; {@link #NONE} takes none (every text is written). */
    static final class Texts {
        static final Texts NONE = new Texts(false);

        private final boolean keeping;
        private final List<String> texts;

        private Texts(boolean keeping) {
            this.keeping = keeping;
            this.texts = keeping ? new ArrayList<>() : List.of();
        }

        /** The texts of {@code document}'s next rendering: kept when its Markdown cannot make a mark itself. */
        static Texts keepTexts(Document document) {
            String markdown = string(document.getChars());
            boolean safe = markdown.indexOf(MARK) < 0 && markdown.indexOf(END) < 0 && !markdown.contains("&#");
            Texts texts = safe ? new Texts(true) : NONE;
            document.set(TEXTS, texts);
            return texts;
        }

        /** The texts, by number, for the reader; null when none were kept. */
        List<String> list() {
            return keeping ? texts : null;
        }
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, PlainText::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        String text = string(node.getChars());
        char[] chars = text.toCharArray(); // charAt on a text past Latin-1 keeps a bounds-check call under C1
        int length = chars.length;
        int special = -1; // the first character the HTML escaping replaces
        boolean tabOrLine = false;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c >= 0x20 && c < 0x7f) {
                if (c == '\\' || c == '&') {
                    context.delegateRender();
                    return;
                }
                if (special < 0 && (c == '<' || c == '>' || c == '"')) {
                    special = i;
                }
            } else if (c == '\r') {
                context.delegateRender();
                return;
            } else {
                tabOrLine |= c == '\t' || c == '\n';
            }
        }
        Texts texts = TEXTS.get(context.getDocument());
        if (texts.keeping && length > 0 && !tabOrLine) {
            int first = 0;
            while (first < length && chars[first] == ' ') {
                first++;
            }
            int last = length;
            while (last > first && chars[last - 1] == ' ') {
                last--;
            }
            if (first < last) { // the spaces at the ends go to flexmark's writer, which looks at them
                if (first > 0) {
                    html.raw(text.substring(0, first));
                }
                html.raw(MARK + Integer.toString(texts.texts.size()) + END);
                texts.texts.add(first == 0 && last == length ? text : text.substring(first, last));
                if (last < length) {
                    html.raw(text.substring(last));
                }
                return;
            }
        }
        html.raw(special < 0 ? text : escaped(text, special));
    }

    /**
     * The characters of {@code chars}: cut from the article's own string when they are one stretch of
     * it, where flexmark's {@code toString} appends them one at a time through its layers.
     */
    private static String string(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof InterruptibleText article) {
            return article.toString().substring(chars.getStartOffset(), chars.getEndOffset());
        }
        return chars.toString();
    }

    private static String escaped(String text, int from) {
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, from);
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
