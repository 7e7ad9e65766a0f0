package org.dateline.render;

import java.util.List;
import java.util.Set;
import org.jsoup.internal.StringUtil;

/** A one-pass reader of a rendered body into {@link PlainElement}s for {@link PlainHtml}, refusing what it does not know. */
final class PlainHtmlReader {
    private final String html;
    /**
     * A copy of {@code html}'s characters, which the loops read: {@code charAt} on a text with characters past
     * Latin-1 (typographic quotes and dashes) keeps a bounds-check call per character under C1.
     */
    private final char[] chars;
    private int pos;

    PlainHtmlReader(String html) {
        this.html = html;
        this.chars = html.toCharArray();
    }

    PlainElement read() {
        PlainElement root = new PlainElement("body", null);
        PlainElement current = root;
        while (pos < chars.length) {
            if (chars[pos] != '<') {
                text(current);
            } else if (pos + 1 < chars.length && chars[pos + 1] == '/') {
                pos += 2;
                String name = name();
                expect('>');
                if (current == root || !current.name.equals(name)) {
                    throw new Refused();
                }
                current = current.parent;
            } else {
                pos++;
                current = start(current);
            }
        }
        if (current != root) {
            throw new Refused(); // unclosed
        }
        return root;
    }

    private PlainElement start(PlainElement parent) {
        String name = name();
        if (!(PlainHtml.BLOCKS.contains(name) || PlainHtml.INLINES.contains(name)) || !fits(name, parent)) {
            throw new Refused();
        }
        PlainElement element = new PlainElement(name, parent);
        while (true) {
            while (pos < chars.length && chars[pos] == ' ') {
                pos++;
            }
            if (html.startsWith("/>", pos) && PlainHtml.VOIDS.contains(name)) {
                pos += 2;
                break;
            }
            if (html.startsWith(">", pos)) {
                pos++;
                break;
            }
            String key = name();
            expect('=');
            expect('"');
            int end = html.indexOf('"', pos);
            if (end < 0 || !allowed(name, key) || element.attribute(key) != null) {
                throw new Refused();
            }
            String value = decode(pos, end);
            pos = end + 1;
            if (key.equals("href") && !PlainHtml.safeLink(value) || key.equals("src") && !PlainHtml.safeImage(value)) {
                throw new Refused();
            }
            element.attributes.add(new String[] {key, value});
        }
        parent.children.add(element);
        return PlainHtml.VOIDS.contains(name) ? parent : element;
    }

    /** Whether the HTML parser would put {@code name} inside {@code parent} as written. */
    private static boolean fits(String name, PlainElement parent) {
        boolean block = PlainHtml.BLOCKS.contains(name);
        if (block && PlainHtml.PHRASING.contains(parent.name)) {
            return false;
        }
        if (name.equals("a")) {
            for (PlainElement e = parent; e != null; e = e.parent) {
                if (e.name.equals("a")) {
                    return false;
                }
            }
        }
        return switch (parent.name) {
            case "table" -> name.equals("thead") || name.equals("tbody");
            case "thead", "tbody" -> name.equals("tr");
            case "tr" -> name.equals("th") || name.equals("td");
            case "ul", "ol" -> name.equals("li");
            default -> !name.equals("li") && !name.equals("tr") && !name.equals("th") && !name.equals("td")
                    && !name.equals("thead") && !name.equals("tbody");
        };
    }

    private static boolean allowed(String tag, String key) {
        return PlainHtml.GLOBAL_ATTRIBUTES.contains(key) || PlainHtml.ATTRIBUTES.getOrDefault(tag, Set.of()).contains(key);
    }

    private void text(PlainElement parent) {
        int end = html.indexOf('<', pos);
        end = end < 0 ? html.length() : end;
        String text = decode(pos, end);
        pos = end;
        boolean table = switch (parent.name) {
            case "table", "thead", "tbody", "tr", "ul", "ol" -> true;
            default -> false;
        };
        if (table && !StringUtil.isBlank(text)) {
            throw new Refused(); // text there is moved by the HTML parser
        }
        if (parent.name.equals("pre") && parent.children.isEmpty() && text.startsWith("\n")) {
            throw new Refused(); // the HTML parser drops a newline right after <pre>
        }
        List<Object> children = parent.children;
        if (!children.isEmpty() && children.get(children.size() - 1) instanceof String previous) {
            children.set(children.size() - 1, previous + text);
        } else {
            children.add(text);
        }
    }

    /** An ASCII letter or digit, or {@code -}, run. */
    private String name() {
        int start = pos;
        while (pos < chars.length && nameChar(chars[pos])) {
            pos++;
        }
        if (pos == start) {
            throw new Refused();
        }
        return html.substring(start, pos);
    }

    private static boolean nameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
    }

    private void expect(char c) {
        if (pos >= chars.length || chars[pos] != c) {
            throw new Refused();
        }
        pos++;
    }

    /**
     * {@code html[from, to)} with character references decoded; refuses unknown references and control characters.
     */
    private String decode(int from, int to) {
        StringBuilder out = null;
        int copied = from; // html[from, copied) is in out
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= 0x20 && c < 0x7f) { // printable ASCII, most of the text: only '&' needs a look
                if (c != '&') {
                    continue;
                }
                int semi = html.indexOf(';', i);
                if (semi < 0 || semi >= to || semi - i > 12) {
                    throw new Refused();
                }
                if (out == null) {
                    out = new StringBuilder(to - from);
                }
                out.append(chars, copied, i - copied).append(reference(html.substring(i + 1, semi)));
                i = semi;
                copied = semi + 1;
            } else if (refused(chars, i, from, to)) {
                throw new Refused();
            }
        }
        return out == null ? html.substring(from, to) : out.append(chars, copied, to - copied).toString();
    }

    /** A control or other character the HTML parser would not keep as it is, at {@code s[i]} of {@code s[from, to)}. */
    private static boolean refused(char[] s, int i, int from, int to) {
        char c = s[i];
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && PlainWriter.refused(s, i, from, to);
    }

    private static String reference(String name) {
        String named = PlainHtml.ENTITIES.get(name);
        if (named != null) {
            return named;
        }
        int code;
        try {
            code = name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
                    : name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1;
        } catch (NumberFormatException e) {
            throw new Refused();
        }
        if (code >= 0x20 && code < 0x7f || code >= 0xa0 && code < 0xd800 || code >= 0xe000 && code < 0xfdd0
                || code > 0xfdef && code < 0xfffe || code >= 0x10000 && code <= 0x10ffff && (code & 0xfffe) != 0xfffe) {
            return new String(Character.toChars(code));
        }
        throw new Refused();
    }

    /** Thrown inside the reader when the HTML is not in a shape it knows; never leaves this class. */
    static final class Refused extends RuntimeException {
        Refused() {
            super(null, null, false, false);
        }
    }
}
