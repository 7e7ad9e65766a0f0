package org.dateline.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jsoup.internal.StringUtil;
import org.jsoup.parser.Tag;

/** An element of {@link PlainHtml}'s tree: its name, attributes (decoded) and children (elements and strings). */
final class PlainElement {
    final String name;
    PlainElement parent;
    final List<String[]> attributes = new ArrayList<>(2);
    final List<Object> children = new ArrayList<>();
    /** What jsoup's {@link Tag} says of {@link #name}, looked up once per element rather than once per question. */
    private final int flags;

    PlainElement(String name, PlainElement parent) {
        this.name = name;
        this.parent = parent;
        Integer known = FLAGS.get(name);
        this.flags = known != null ? known : flagsOf(Tag.valueOf(name));
    }

    private static final int BLOCK = 1;
    private static final int INLINE = 2;
    private static final int TEXT_BOUNDARY = 4;
    private static final int PRESERVES_WHITESPACE = 8;
    /**
     * What jsoup's {@link Tag} says of each element name the reader accepts, read once: looking the
     * tag up for every node was a tenth of the plain way. Flags, not Tags (a Tag can be changed).
     */
    private static final Map<String, Integer> FLAGS = flagsOfKnownTags();

    private static Map<String, Integer> flagsOfKnownTags() {
        Map<String, Integer> flags = new HashMap<>();
        for (Set<String> names : List.of(PlainHtml.BLOCKS, PlainHtml.INLINES, Set.of("body"))) {
            for (String name : names) {
                flags.put(name, flagsOf(Tag.valueOf(name)));
            }
        }
        return Map.copyOf(flags);
    }

    private static int flagsOf(Tag tag) {
        return (tag.isBlock() ? BLOCK : 0) | (tag.isInline() ? INLINE : 0) | (tag.is(Tag.TextBoundary) ? TEXT_BOUNDARY : 0)
                | (tag.preserveWhitespace() ? PRESERVES_WHITESPACE : 0);
    }

    private boolean is(int flag) {
        return (flags & flag) != 0;
    }

    /** Adds the value of every {@code id} in this tree to {@code ids}. */
    void ids(List<String> ids) {
        String id = attribute("id");
        if (id != null) {
            ids.add(id);
        }
        for (Object child : children) {
            if (child instanceof PlainElement element) {
                element.ids(ids);
            }
        }
    }

    String attribute(String key) {
        for (String[] attribute : attributes) {
            if (attribute[0].equals(key)) {
                return attribute[1];
            }
        }
        return null;
    }

    /** Sets {@code key} as jsoup's {@code attr} does: in place when present, else at the end. */
    void attribute(String key, String value) {
        for (String[] attribute : attributes) {
            if (attribute[0].equals(key)) {
                attribute[1] = value;
                return;
            }
        }
        attributes.add(new String[] {key, value});
    }

    /**
     * {@link TableAlignment} and {@link ScrollBoxes} on this tree, as the jsoup transforms do them:
     * a cell's {@code align} becomes its class, each table goes into its focusable scrolling box and
     * each code block can take focus. Tables here have no caption (the reader refuses one).
     */
    void boxTablesAndCode() {
        for (int i = 0; i < children.size(); i++) {
            if (!(children.get(i) instanceof PlainElement element)) {
                continue;
            }
            element.boxTablesAndCode();
            switch (element.name) {
                case "th", "td" -> element.alignmentClass();
                case "pre" -> {
                    if (element.attribute("tabindex") == null) {
                        element.attributes.add(new String[] {"tabindex", "0"});
                    }
                }
                case "table" -> {
                    PlainElement box = new PlainElement("div", this);
                    box.attributes.add(new String[] {"class", "scroll-box"});
                    box.attributes.add(new String[] {"role", "region"});
                    box.attributes.add(new String[] {"tabindex", "0"});
                    box.attributes.add(new String[] {"aria-label", "Table"});
                    box.children.add(element);
                    element.parent = box;
                    children.set(i, box);
                }
                default -> { }
            }
        }
    }

    private void alignmentClass() {
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i)[0].equals("align")) {
                String value = attributes.remove(i)[1].strip().toLowerCase(java.util.Locale.ROOT);
                if (value.equals("left") || value.equals("center") || value.equals("right")) {
                    String classes = attribute("class");
                    attribute("class", classes == null || classes.isBlank() ? "align-" + value
                            : classes + " align-" + value);
                }
                return;
            }
        }
    }

    void rewriteAddresses(UnaryOperator<String> rewrite) {
        for (String[] attribute : attributes) {
            if (attribute[0].equals("href") || attribute[0].equals("src")) {
                String rewritten = rewrite.apply(attribute[1]);
                if (!rewritten.isEmpty()) {
                    attribute[1] = rewritten;
                }
            }
        }
        for (Object child : children) {
            if (child instanceof PlainElement element) {
                element.rewriteAddresses(rewrite);
            }
        }
    }

    void headings(List<RenderedArticle.Heading> headings) {
        for (Object child : children) {
            if (child instanceof PlainElement element) {
                String id = element.attribute("id");
                if (id != null && element.name.length() == 2 && element.name.charAt(0) == 'h'
                        && element.name.charAt(1) >= '2' && element.name.charAt(1) <= '6') {
                    headings.add(new RenderedArticle.Heading(element.name.charAt(1) - '0', id, element.text()));
                }
                element.headings(headings);
            }
        }
    }

    /** jsoup's {@code Element.text()}: its TextAccumulator, step for step. */
    String text() {
        TextSink.Chars accum = new TextSink.Chars();
        accumulateChildren(this, accum);
        return accum.text().trim();
    }

    /**
     * The words of {@link #text()} as {@code MarkdownRenderer.wordCount} counts them, from the same
     * steps without the text: a whole article's text was built only to be counted.
     */
    int wordCount() {
        TextSink.Words words = new TextSink.Words();
        accumulateChildren(this, words);
        return words.count();
    }

    /** The children of {@code element} in order, each knowing its next sibling without a search for itself. */
    private static void accumulateChildren(PlainElement element, TextSink accum) {
        List<Object> children = element.children;
        int size = children.size();
        for (int i = 0; i < size; i++) {
            Object child = children.get(i);
            if (child instanceof String text) {
                if (preservesWhitespace(element)) {
                    accum.raw(text);
                } else {
                    accum.normalised(text, accum.lastIsSpace());
                }
            } else {
                accumulate((PlainElement) child, i + 1 < size ? children.get(i + 1) : null, accum);
            }
        }
    }

    private static void accumulate(PlainElement element, Object next, TextSink accum) {
        if (!accum.isEmpty() && (element.is(BLOCK) || element.name.equals("br")
                || element.is(TEXT_BOUNDARY) && !element.children.isEmpty() && element.hasText())
                && !accum.lastIsSpace()) {
            accum.space();
        }
        accumulateChildren(element, accum);
        if (element.is(TEXT_BOUNDARY) || !element.is(INLINE) || element.hasBlockChild()) {
            if ((next instanceof String || next instanceof PlainElement sibling && sibling.is(INLINE))
                    && !accum.lastIsSpace()) {
                accum.space();
            }
        }
    }

    private static boolean preservesWhitespace(PlainElement element) {
        PlainElement current = element;
        for (int i = 0; i < 6 && current != null; i++) {
            if (current.is(PRESERVES_WHITESPACE)) {
                return true;
            }
            current = current.parent;
        }
        return false;
    }

    private boolean hasText() {
        for (Object child : children) {
            if (child instanceof String text ? !StringUtil.isBlank(text) : ((PlainElement) child).hasText()) {
                return true;
            }
        }
        return false;
    }

    private boolean hasBlockChild() {
        for (Object child : children) {
            if (child instanceof PlainElement element && element.is(BLOCK)) {
                return true;
            }
        }
        return false;
    }
}
