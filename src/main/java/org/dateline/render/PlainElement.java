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
    final PlainElement parent;
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

    static final int BLOCK = 1;
    static final int INLINE = 2;
    static final int TEXT_BOUNDARY = 4;
    static final int PRESERVES_WHITESPACE = 8;
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

    boolean is(int flag) {
        return (flags & flag) != 0;
    }

    String attribute(String key) {
        for (String[] attribute : attributes) {
            if (attribute[0].equals(key)) {
                return attribute[1];
            }
        }
        return null;
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

    /** Whether a text that is not blank is in this tree. */
    boolean hasText() {
        for (Object child : children) {
            if (child instanceof String text ? !StringUtil.isBlank(text) : ((PlainElement) child).hasText()) {
                return true;
            }
        }
        return false;
    }

    boolean hasBlockChild() {
        for (Object child : children) {
            if (child instanceof PlainElement element && element.is(BLOCK)) {
                return true;
            }
        }
        return false;
    }
}
