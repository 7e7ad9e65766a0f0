package org.dateline.render;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One rendering of an article on the plain way: what the node renderers of {@link PlainNodeRenderer} gather
 * while flexmark writes (the words jsoup's {@code text()} would hold, the headings with their text, the text
 * of the first paragraph, the texts {@link PlainText} keeps out of flexmark's writer), and the last step,
 * {@link #finish}, which puts those texts in and writes the few things flexmark's writer cannot: void
 * elements as jsoup writes them and the scrolling boxes of tables. Any renderer may throw
 * {@link PlainHtmlReader.Refused} for what it cannot vouch for; the article then takes the jsoup way.
 */
final class PlainRendering {

    /** The rendering of the document being written ({@link #start}); a document without one gets a fresh one. */
    static final DataKey<PlainRendering> KEY = new DataKey<>("dateline-plain-rendering",
            () -> new PlainRendering(false));

    /** Starts a text's mark: a noncharacter the Markdown may not hold ({@link #start}). */
    static final char MARK = '\ufdd0';
    /** Ends a text's mark. */
    static final char END = '\ufdd1';
    /** The first marks, made once: an article's texts take one each, hundreds in a long article. */
    private static final List<String> MARKS = IntStream.range(0, 1024)
            .mapToObj(number -> MARK + Integer.toString(number) + END).toList();
    /** What jsoup writes around every table ({@link ScrollBoxes}, a table without a caption). */
    private static final String BOX = "<div class=\"scroll-box\" role=\"region\" tabindex=\"0\" aria-label=\"Table\">";

    /** Whether texts may be kept out of the writer: the Markdown can make no mark itself. */
    final boolean marks;
    /** The texts kept, each a stretch of characters (the article's own, mostly): escaped as it is put in. */
    private final List<Kept> texts;
    /** How many characters the kept texts hold, to size the page. */
    private int keptLength;
    private final TextSink.Words words = new TextSink.Words();
    /** The text of the heading or first paragraph being written, else null. */
    private TextSink.Chars scoped;
    private final List<RenderedArticle.Heading> headings = new ArrayList<>();
    private String firstParagraph;

    private PlainRendering(boolean marks) {
        this.marks = marks;
        this.texts = marks ? new ArrayList<>() : List.of();
    }

    /** A text kept out of the writer: {@code chars[from, to)}. */
    private record Kept(char[] chars, int from, int to) {
    }

    /** A rendering of {@code document}, attached to it for the renderers. */
    static PlainRendering start(Document document, String markdown) {
        boolean marks = markdown.indexOf(MARK) < 0 && markdown.indexOf(END) < 0 && !markdown.contains("&#");
        PlainRendering rendering = new PlainRendering(marks);
        document.set(KEY, rendering);
        return rendering;
    }

    /**
     * Keeps the text {@code chars[from, to)} out of the writer: the mark to write instead. The characters are read
     * when {@link #finish} puts the text in: nobody may change them before.
     */
    String keep(char[] chars, int from, int to) {
        int number = texts.size();
        String mark = number < MARKS.size() ? MARKS.get(number) : MARK + Integer.toString(number) + END;
        texts.add(new Kept(chars, from, to));
        keptLength += to - from;
        return mark;
    }

    /**
     * {@code text} as jsoup escapes it in the page, told to this rendering as {@link #text(String, boolean)} does: its
     * characters copied once for both (the text itself when nothing in it is escaped). Refuses what jsoup's escaping
     * would not keep ({@link PlainWriter#escape}) before anything is told.
     */
    CharSequence told(String text, boolean pre) {
        char[] characters = text.toCharArray();
        StringBuilder out = new StringBuilder(characters.length + 16);
        PlainWriter.escape(characters, text, false, out);
        text(text, characters, 0, characters.length, pre);
        return out.length() == characters.length ? text : out; // an escape always writes more than it replaces
    }

    /** A text of the page, as it is written ({@code pre}: in a {@code pre}, where whitespace is kept). */
    void text(String text, boolean pre) {
        char[] characters = text.toCharArray();
        text(text, characters, 0, characters.length, pre);
    }

    /** {@link #text(String, boolean)} of the text {@code chars[from, to)}, read where it is. */
    void text(char[] chars, int from, int to, boolean pre) {
        text(null, chars, from, to, pre);
    }

    /** @param text the text {@code chars[from, to)} as a string, or null to make one only if a scope needs it */
    private void text(String text, char[] chars, int from, int to, boolean pre) {
        if (pre) {
            words.raw(chars, from, to);
        } else {
            words.normalised(chars, from, to, words.lastIsSpace());
        }
        if (scoped != null) {
            String string = text != null ? text : String.valueOf(chars, from, to - from);
            if (pre) {
                scoped.raw(string);
            } else {
                scoped.normalised(string, scoped.lastIsSpace());
            }
        }
    }

    /**
     * The start or end of a block element, or a {@code br}: jsoup's accumulator puts a space there unless it
     * has nothing yet or a space last. (After a block it puts one only before text or an inline; a block
     * next puts its own, and a space more or less between blocks changes no word.)
     */
    void boundary() {
        if (!words.isEmpty() && !words.lastIsSpace()) {
            words.space();
        }
        if (scoped != null && !scoped.isEmpty() && !scoped.lastIsSpace()) {
            scoped.space();
        }
    }

    /** After an image (a text boundary) that text or an inline element follows: a space unless one is last. */
    void afterImage() {
        if (!words.lastIsSpace()) {
            words.space();
        }
        if (scoped != null && !scoped.lastIsSpace()) {
            scoped.space();
        }
    }

    /** Whether the first paragraph of the body is still to come. */
    boolean firstParagraphToCome() {
        return firstParagraph == null;
    }

    /** Starts gathering the text of a heading or the first paragraph. */
    void startScope() {
        scoped = new TextSink.Chars();
    }

    /** The text gathered since {@link #startScope}, as jsoup's {@code text()} gives it. */
    private String endScope() {
        String text = scoped.text().trim();
        scoped = null;
        return text;
    }

    void endHeading(int level, String id) {
        headings.add(new RenderedArticle.Heading(level, id, endScope()));
    }

    void endFirstParagraph() {
        firstParagraph = endScope();
    }

    List<RenderedArticle.Heading> headings() {
        return List.copyOf(headings);
    }

    int wordCount() {
        return words.count();
    }

    /** The text of the first paragraph of the body; null when it has none. */
    String firstParagraphText() {
        return firstParagraph;
    }

    /**
     * flexmark's {@code html} as jsoup writes it: each mark replaced by its text, escaped as jsoup escapes
     * text; {@code " />"} (which ends only void elements: a text's {@code >} is written {@code &gt;}) as
     * {@code ">"}; each table in its scrolling box. Refuses a mark out of order or a text never written.
     */
    String finish(String html) {
        StringBuilder out = new StringBuilder(html.length() + keptLength + keptLength / 16 + 256);
        int mark = marks ? html.indexOf(MARK) : -1;
        int slash = html.indexOf(" />");
        int table = html.indexOf("table>");
        int written = 0;
        int from = 0;
        int tables = 0;
        while (true) {
            int at = min(min(mark, slash), table);
            if (at < 0) {
                break;
            }
            if (at == mark) {
                int end = html.indexOf(END, at);
                int number = number(html, at + 1, end);
                if (number != written || number >= texts.size()) {
                    throw new PlainHtmlReader.Refused(); // the marks come in the order their texts were kept
                }
                out.append(html, from, at);
                Kept kept = texts.get(number);
                PlainWriter.escape(kept.chars(), kept.from(), kept.to(), false, out);
                written++;
                from = end + 1;
                mark = html.indexOf(MARK, from);
            } else if (at == slash) {
                out.append(html, from, at).append('>');
                from = at + 3;
                slash = html.indexOf(" />", from);
            } else {
                boolean open = at > 0 && html.charAt(at - 1) == '<';
                boolean close = at > 1 && html.charAt(at - 1) == '/' && html.charAt(at - 2) == '<';
                if (open) {
                    out.append(html, from, at - 1).append(BOX).append("<table>");
                    tables++;
                } else if (close && tables-- > 0) {
                    out.append(html, from, at + "table>".length()).append("</div>");
                } else {
                    throw new PlainHtmlReader.Refused(); // not a tag flexmark writes for a table
                }
                from = at + "table>".length();
                table = html.indexOf("table>", from);
            }
        }
        if (written != texts.size() || tables != 0) {
            throw new PlainHtmlReader.Refused(); // a text kept and never written, or a table not boxed
        }
        return out.append(html, from, html.length()).toString();
    }

    private static int min(int a, int b) {
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static int number(String html, int from, int to) {
        if (to < 0 || to == from || to - from > 8) {
            throw new PlainHtmlReader.Refused();
        }
        int number = 0;
        for (int i = from; i < to; i++) {
            char digit = html.charAt(i);
            if (digit < '0' || digit > '9') {
                throw new PlainHtmlReader.Refused();
            }
            number = number * 10 + digit - '0';
        }
        return number;
    }
}
