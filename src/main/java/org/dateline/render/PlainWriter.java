package org.dateline.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link PlainElement} tree as jsoup's {@code body.html()} would, and in the same walk
 * gathers what the page needs of it: the words jsoup's {@code text()} holds, the headings with
 * their text, the text of the first paragraph and whether an id is one of the page's own. Each text
 * is escaped and counted from one copy of its characters; before, the tree was walked once to box
 * the tables, once to write, once to count and once more for the headings and the first paragraph.
 * Throws {@link PlainHtmlReader.Refused} on a character the HTML parser would not keep as it is.
 */
final class PlainWriter {

    /** What one walk gave. */
    record Written(String html, List<RenderedArticle.Heading> headings, int wordCount, String firstParagraphText,
                   boolean reservedId, String text) {
    }

    private final StringBuilder out;
    /** Whether tables and code blocks get the scrolling boxes and cells their classes ({@link ScrollBoxes}). */
    private final boolean box;
    private final TextSink.Words words = new TextSink.Words();
    /** jsoup's {@code body.text()}, only when asked for (tests). */
    private final TextSink.Chars bodyText;
    /** The text of the heading or first paragraph being written, else null. */
    private TextSink.Chars scoped;
    private final List<RenderedArticle.Heading> headings = new ArrayList<>();
    private String firstParagraph;
    private boolean reservedId;

    private PlainWriter(int length, boolean box, boolean withText) {
        this.out = new StringBuilder(length + 128);
        this.box = box;
        this.bodyText = withText ? new TextSink.Chars() : null;
    }

    /**
     * Writes {@code body}'s children; {@code box} adds the scrolling boxes, {@code withText} keeps the
     * whole text as jsoup's {@code text()} gives it.
     */
    static Written write(PlainElement body, int length, boolean box, boolean withText) {
        PlainWriter writer = new PlainWriter(length, box, withText);
        writer.children(body, false, true);
        return new Written(writer.out.toString(), List.copyOf(writer.headings), writer.words.count(),
                writer.firstParagraph, writer.reservedId, withText ? writer.bodyText.text().trim() : null);
    }

    private void children(PlainElement element, boolean pre, boolean top) {
        List<Object> children = element.children;
        int size = children.size();
        for (int i = 0; i < size; i++) {
            Object child = children.get(i);
            if (child instanceof String text) {
                text(text, pre);
            } else {
                element((PlainElement) child, i + 1 < size ? children.get(i + 1) : null, pre, top);
            }
        }
    }

    private void element(PlainElement element, Object next, boolean pre, boolean top) {
        before(words, element);
        if (bodyText != null) {
            before(bodyText, element);
        }
        if (scoped != null) {
            before(scoped, element);
        }
        String name = element.name;
        String id = element.attribute("id");
        if (id != null && PageIds.RESERVED.contains(id.toLowerCase(Locale.ROOT))) {
            reservedId = true; // a heading takes an id of the page: the jsoup way renames it (PageIds)
        }
        boolean heading = id != null && name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '2'
                && name.charAt(1) <= '6';
        boolean paragraph = top && firstParagraph == null && name.equals("p");
        TextSink.Chars outer = scoped;
        if (heading || paragraph) {
            scoped = new TextSink.Chars();
        }
        boolean boxed = box && name.equals("table");
        if (boxed) {
            out.append("<div class=\"scroll-box\" role=\"region\" tabindex=\"0\" aria-label=\"Table\">");
        }
        openTag(element);
        if (!PlainHtml.VOIDS.contains(name)) {
            children(element, pre || element.is(PlainElement.PRESERVES_WHITESPACE), false);
            out.append("</").append(name).append('>');
        }
        if (boxed) {
            out.append("</div>");
        }
        if (heading || paragraph) {
            String text = scoped.text().trim();
            if (heading) {
                headings.add(new RenderedArticle.Heading(name.charAt(1) - '0', id, text));
            } else {
                firstParagraph = text;
            }
            scoped = outer;
        }
        after(words, element, next);
        if (bodyText != null) {
            after(bodyText, element, next);
        }
        if (scoped != null) {
            after(scoped, element, next);
        }
    }

    private void openTag(PlainElement element) {
        out.append('<').append(element.name);
        boolean cell = box && (element.name.equals("th") || element.name.equals("td"));
        for (String[] attribute : cell ? aligned(element) : element.attributes) {
            attribute(attribute[0], attribute[1]);
        }
        if (box && element.name.equals("pre") && element.attribute("tabindex") == null) {
            out.append(" tabindex=\"0\"");
        }
        out.append('>');
    }

    /**
     * A cell's attributes as {@link TableAlignment} leaves them: its {@code align} becomes its class, set as
     * jsoup's {@code attr} sets it (in place when the cell has a class, else after the other attributes).
     */
    private static List<String[]> aligned(PlainElement cell) {
        List<String[]> attributes = new ArrayList<>(cell.attributes.size() + 1);
        String alignment = null;
        for (String[] attribute : cell.attributes) {
            if (alignment == null && attribute[0].equals("align")) {
                alignment = attribute[1].strip().toLowerCase(Locale.ROOT);
            } else {
                attributes.add(attribute);
            }
        }
        if (!"left".equals(alignment) && !"center".equals(alignment) && !"right".equals(alignment)) {
            return attributes;
        }
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i)[0].equals("class")) {
                String classes = attributes.get(i)[1];
                attributes.set(i, new String[] {"class", classes.isBlank() ? "align-" + alignment
                        : classes + " align-" + alignment});
                return attributes;
            }
        }
        attributes.add(new String[] {"class", "align-" + alignment});
        return attributes;
    }

    private void attribute(String key, String value) {
        out.append(' ').append(key).append("=\"");
        escape(value.toCharArray(), value, true);
        out.append('"');
    }

    private void text(String text, boolean pre) {
        char[] chars = text.toCharArray(); // charAt on a text past Latin-1 keeps a bounds-check call under C1
        escape(chars, text, false);
        if (pre) {
            words.raw(chars);
        } else {
            words.normalised(chars, words.lastIsSpace());
        }
        if (bodyText != null) {
            put(bodyText, text, pre);
        }
        if (scoped != null) {
            put(scoped, text, pre);
        }
    }

    private static void put(TextSink sink, String text, boolean pre) {
        if (pre) {
            sink.raw(text);
        } else {
            sink.normalised(text, sink.lastIsSpace());
        }
    }

    /** jsoup's accumulator before an element: a space before a block, a {@code br} or a text boundary with text. */
    private static void before(TextSink sink, PlainElement element) {
        if (!sink.isEmpty() && (element.is(PlainElement.BLOCK) || element.name.equals("br")
                || element.is(PlainElement.TEXT_BOUNDARY) && !element.children.isEmpty() && element.hasText())
                && !sink.lastIsSpace()) {
            sink.space();
        }
    }

    /** jsoup's accumulator after an element: a space after a block or text boundary that text or an inline follows. */
    private static void after(TextSink sink, PlainElement element, Object next) {
        if ((element.is(PlainElement.TEXT_BOUNDARY) || !element.is(PlainElement.INLINE) || element.hasBlockChild())
                && (next instanceof String || next instanceof PlainElement sibling && sibling.is(PlainElement.INLINE))
                && !sink.lastIsSpace()) {
            sink.space();
        }
    }

    /**
     * jsoup 1.24's escaping in its base mode for UTF-8. In text it refuses what the HTML parser would not keep
     * as it is (controls, lone surrogates, a byte-order mark), which the reader checked for everything but
     * the texts {@link PlainText} kept; attributes the reader checked.
     */
    private void escape(char[] chars, String text, boolean attribute) {
        int from = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c > '>' && c < 0x7f) {
                continue; // letters and most punctuation: nothing to escape
            }
            String escaped;
            if (c >= 0x7f) {
                if (c != '\u00a0') {
                    if (!attribute && refused(chars, i)) {
                        throw new PlainHtmlReader.Refused();
                    }
                    continue;
                }
                escaped = "&nbsp;";
            } else {
                escaped = switch (c) {
                    case '&' -> "&amp;";
                    case '<' -> "&lt;";
                    case '>' -> "&gt;";
                    case '"' -> attribute ? "&quot;" : null;
                    case '\n', '\t' -> null;
                    default -> {
                        if (c < 0x20 && !attribute) {
                            throw new PlainHtmlReader.Refused();
                        }
                        yield null;
                    }
                };
            }
            if (escaped != null) {
                out.append(chars, from, i - from).append(escaped);
                from = i + 1;
            }
        }
        if (from == 0) {
            out.append(text); // copied whole, not character by character
        } else {
            out.append(chars, from, chars.length - from);
        }
    }

    /** A character at or past 0x7f the HTML parser would not keep: C1 controls, lone surrogates, a byte-order mark. */
    private static boolean refused(char[] s, int i) {
        char c = s[i];
        return c <= 0x9f || c == '\ufeff' || Character.isSurrogate(c)
                && !(Character.isHighSurrogate(c) && i + 1 < s.length && Character.isLowSurrogate(s[i + 1]))
                && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s[i - 1]));
    }
}
