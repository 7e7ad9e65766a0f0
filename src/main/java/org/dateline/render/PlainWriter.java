package org.dateline.render;

import java.util.List;

/**
 * Writes a {@link PlainElement} tree as jsoup's {@code body.html()} would, and holds jsoup's escaping,
 * which the plain way's renderers ({@link PlainNodeRenderer}) write text and attributes with too.
 */
final class PlainWriter {

    private final StringBuilder out;

    private PlainWriter(int length) {
        this.out = new StringBuilder(length + 128);
    }

    /** {@code body}'s children, written; {@code length} is about how long they are. */
    static String write(PlainElement body, int length) {
        PlainWriter writer = new PlainWriter(length);
        writer.children(body);
        return writer.out.toString();
    }

    private void children(PlainElement element) {
        List<Object> children = element.children;
        for (Object child : children) {
            if (child instanceof String text) {
                escape(text.toCharArray(), text, false, out);
            } else {
                element((PlainElement) child);
            }
        }
    }

    private void element(PlainElement element) {
        out.append('<').append(element.name);
        for (String[] attribute : element.attributes) {
            out.append(' ').append(attribute[0]).append("=\"");
            escape(attribute[1].toCharArray(), attribute[1], true, out);
            out.append('"');
        }
        out.append('>');
        if (!PlainHtml.VOIDS.contains(element.name)) {
            children(element);
            out.append("</").append(element.name).append('>');
        }
    }

    /**
     * jsoup 1.24's escaping in its base mode for UTF-8, into {@code out}. In text it refuses what the HTML
     * parser would not keep as it is (controls, lone surrogates, a byte-order mark), throwing
     * {@link PlainHtmlReader.Refused}; attributes are checked before they are written.
     */
    static void escape(char[] chars, String text, boolean attribute, StringBuilder out) {
        int rest = escapeUpTo(chars, 0, chars.length, attribute, out);
        if (rest == 0) {
            out.append(text); // copied whole, not character by character
        } else {
            out.append(chars, rest, chars.length - rest);
        }
    }

    /**
     * {@link #escape(char[], String, boolean, StringBuilder)} of the text {@code chars[from, to)}: a pair of
     * surrogates is one character only when both halves are inside it, as in a string of those characters alone.
     */
    static void escape(char[] chars, int from, int to, boolean attribute, StringBuilder out) {
        int rest = escapeUpTo(chars, from, to, attribute, out);
        out.append(chars, rest, to - rest);
    }

    /** Writes {@code chars[from, to)} escaped up to its last escaped character; returns where the rest starts. */
    private static int escapeUpTo(char[] chars, int from, int to, boolean attribute, StringBuilder out) {
        int copied = from;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            String escaped;
            if (c > '>') {
                if (c < 0x7f) {
                    continue; // letters and most punctuation: nothing to escape
                }
                if (c != '\u00a0') {
                    if (!attribute && refused(chars, i, from, to)) {
                        throw new PlainHtmlReader.Refused();
                    }
                    continue;
                }
                escaped = "&nbsp;";
            } else if (c >= ' ') {
                if (c == '&') {
                    escaped = "&amp;";
                } else if (c == '<') {
                    escaped = "&lt;";
                } else if (c == '>') {
                    escaped = "&gt;";
                } else if (c == '"' && attribute) {
                    escaped = "&quot;";
                } else {
                    continue; // a space, a digit, other punctuation
                }
            } else {
                if (c != '\n' && c != '\t' && !attribute) {
                    throw new PlainHtmlReader.Refused();
                }
                continue;
            }
            out.append(chars, copied, i - copied).append(escaped);
            copied = i + 1;
        }
        return copied;
    }

    /** A character at or past 0x7f the HTML parser would not keep: C1 controls, lone surrogates, a byte-order mark. */
    static boolean refused(char[] s, int i) {
        return refused(s, i, 0, s.length);
    }

    /**
     * {@link #refused(char[], int)} of {@code s[i]} in the text {@code s[from, to)}: a surrogate whose other half is
     * outside it is alone.
     */
    static boolean refused(char[] s, int i, int from, int to) {
        char c = s[i];
        return c <= 0x9f || c == '\ufeff' || Character.isSurrogate(c)
                && !(Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s[i + 1]))
                && !(Character.isLowSurrogate(c) && i > from && Character.isHighSurrogate(s[i - 1]));
    }
}
