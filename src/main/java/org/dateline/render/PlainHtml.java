package org.dateline.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.internal.StringUtil;
import org.jsoup.parser.Tag;

/**
 * The HTML flexmark writes for an article without raw HTML, read into a small tree and written back
 * byte for byte as jsoup writes it after parsing it (entities, void tags, text), without jsoup's
 * HTML5 parser. It accepts only what it fully knows: the tags and attributes flexmark writes for
 * Markdown, all allowed by the sanitiser, properly nested, links and images only to addresses the
 * sanitiser keeps. Anything else gives {@link Optional#empty()}, and the article takes the jsoup path.
 */
final class PlainHtml {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "pre", "hr", "table", "thead", "tbody", "tr", "th", "td", "div", "figure", "figcaption");
    private static final Set<String> INLINES = Set.of("a", "code", "em", "strong", "del", "sup", "img", "br");
    private static final Set<String> VOIDS = Set.of("hr", "br", "img");
    /** Elements whose content may not hold blocks: the HTML parser would close or move them. */
    private static final Set<String> PHRASING = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "em",
            "strong", "del", "sup", "figcaption", "th", "td");
    private static final Set<String> GLOBAL_ATTRIBUTES = Set.of("id", "class", "title");
    private static final Map<String, Set<String>> ATTRIBUTES = Map.of("a", Set.of("href", "rel"),
            "img", Set.of("src", "alt", "loading", "decoding"), "ol", Set.of("start"),
            "th", Set.of("align"), "td", Set.of("align"));
    /** The named references flexmark writes: its own escapes and the typographic ones. */
    private static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("nbsp", "\u00a0"), Map.entry("ldquo", "\u201c"),
            Map.entry("rdquo", "\u201d"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
            Map.entry("laquo", "\u00ab"), Map.entry("raquo", "\u00bb"), Map.entry("hellip", "\u2026"),
            Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"));
    private static final Map<String, Tag> TAGS = tags();

    private final Element body;

    private static Map<String, Tag> tags() {
        Map<String, Tag> tags = new HashMap<>();
        for (String name : BLOCKS) {
            tags.put(name, Tag.valueOf(name));
        }
        for (String name : INLINES) {
            tags.put(name, Tag.valueOf(name));
        }
        return Map.copyOf(tags);
    }

    private PlainHtml(Element body) {
        this.body = body;
    }

    /** Reads {@code html}; empty when it is not in a shape this class can write back as jsoup would. */
    static Optional<PlainHtml> read(String html) {
        try {
            return Optional.of(new PlainHtml(new Reader(html).read()));
        } catch (Refused refused) {
            return Optional.empty();
        }
    }

    /** The body as jsoup's {@code body.html()} writes it (no pretty-printing, UTF-8). */
    String html() {
        StringBuilder out = new StringBuilder();
        for (Object child : body.children) {
            write(child, out);
        }
        return out.toString();
    }

    /** As jsoup's {@code body.text()}. */
    String text() {
        return body.text();
    }

    /** The text of the first {@code <p>} that is a child of the body, as jsoup's {@code text()}; null if none. */
    String firstParagraphText() {
        for (Object child : body.children) {
            if (child instanceof Element element && element.name.equals("p")) {
                return element.text();
            }
        }
        return null;
    }

    /** The {@code h2}–{@code h6} elements with an id, in document order. */
    List<RenderedArticle.Heading> headings() {
        List<RenderedArticle.Heading> headings = new ArrayList<>();
        body.headings(headings);
        return headings;
    }

    private static void write(Object node, StringBuilder out) {
        if (node instanceof String text) {
            escape(text, out, false);
            return;
        }
        Element element = (Element) node;
        out.append('<').append(element.name);
        for (String[] attribute : element.attributes) {
            out.append(' ').append(attribute[0]).append("=\"");
            escape(attribute[1], out, true);
            out.append('"');
        }
        out.append('>');
        if (VOIDS.contains(element.name)) {
            return;
        }
        for (Object child : element.children) {
            write(child, out);
        }
        out.append("</").append(element.name).append('>');
    }

    /** jsoup's escaping in its base mode for UTF-8; the reader has refused control characters already. */
    private static void escape(String text, StringBuilder out, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '\u00a0' -> out.append("&nbsp;");
                case '<' -> out.append(attribute ? "<" : "&lt;");
                case '>' -> out.append(attribute ? ">" : "&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
    }

    /** An address the sanitiser keeps on a link, beyond doubt: http(s), mailto:, tel: or a path of the site. */
    static boolean safeLink(String url) {
        return plain(url) && (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:")
                || url.startsWith("tel:") || relative(url));
    }

    /** An address the sanitiser keeps on an image, beyond doubt: http(s), data:image/ or a path of the site. */
    static boolean safeImage(String url) {
        return plain(url) && (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("data:image/")
                || relative(url));
    }

    /** Not empty, no spaces, controls, backslashes or non-ASCII (flexmark percent-encodes those). */
    private static boolean plain(String url) {
        if (url.isEmpty()) {
            return false;
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == '\\' || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** A path, query or fragment of this site: no scheme, and not {@code //host} (left to the sanitiser). */
    private static boolean relative(String url) {
        int end = url.length();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        return !url.startsWith("//") && url.lastIndexOf(':', end) < 0;
    }

    /** An element of the tree: its name, attributes (decoded) and children (elements and strings). */
    private static final class Element {
        final String name;
        final Element parent;
        final List<String[]> attributes = new ArrayList<>(2);
        final List<Object> children = new ArrayList<>();

        Element(String name, Element parent) {
            this.name = name;
            this.parent = parent;
        }

        Tag tag() {
            return TAGS.get(name);
        }

        String attribute(String key) {
            for (String[] attribute : attributes) {
                if (attribute[0].equals(key)) {
                    return attribute[1];
                }
            }
            return null;
        }

        void headings(List<RenderedArticle.Heading> headings) {
            for (Object child : children) {
                if (child instanceof Element element) {
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
            StringBuilder accum = new StringBuilder();
            for (Object child : children) {
                accumulate(child, this, accum);
            }
            return accum.toString().trim();
        }

        private static void accumulate(Object node, Element parent, StringBuilder accum) {
            if (node instanceof String text) {
                if (preservesWhitespace(parent)) {
                    accum.append(text);
                } else {
                    StringUtil.appendNormalisedWhitespace(accum, text, lastIsSpace(accum));
                }
                return;
            }
            Element element = (Element) node;
            Tag tag = element.tag();
            if (accum.length() > 0 && (tag.isBlock() || element.name.equals("br")
                    || tag.is(Tag.TextBoundary) && !element.children.isEmpty() && element.hasText())
                    && !lastIsSpace(accum)) {
                accum.append(' ');
            }
            for (Object child : element.children) {
                accumulate(child, element, accum);
            }
            if (tag.is(Tag.TextBoundary) || !tag.isInline() || element.hasBlockChild()) {
                Object next = element.next();
                if ((next instanceof String || next instanceof Element sibling && sibling.tag().isInline())
                        && !lastIsSpace(accum)) {
                    accum.append(' ');
                }
            }
        }

        private static boolean lastIsSpace(StringBuilder accum) {
            return accum.length() != 0 && accum.charAt(accum.length() - 1) == ' ';
        }

        private static boolean preservesWhitespace(Element element) {
            Element current = element;
            for (int i = 0; i < 6 && current != null && current.tag() != null; i++) {
                if (current.tag().preserveWhitespace()) {
                    return true;
                }
                current = current.parent;
            }
            return false;
        }

        private boolean hasText() {
            for (Object child : children) {
                if (child instanceof String text ? !StringUtil.isBlank(text) : ((Element) child).hasText()) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasBlockChild() {
            for (Object child : children) {
                if (child instanceof Element element && element.tag().isBlock()) {
                    return true;
                }
            }
            return false;
        }

        private Object next() {
            List<Object> siblings = parent.children;
            int index = siblings.indexOf(this);
            return index + 1 < siblings.size() ? siblings.get(index + 1) : null;
        }
    }

    /** Thrown inside the reader when the HTML is not in a shape it knows; never leaves this class. */
    private static final class Refused extends RuntimeException {
        Refused() {
            super(null, null, false, false);
        }
    }

    /** A one-pass reader of flexmark's output into {@link Element}s, refusing what it does not know. */
    private static final class Reader {
        private final String html;
        private int pos;

        Reader(String html) {
            this.html = html;
        }

        Element read() {
            Element root = new Element("body", null);
            Element current = root;
            while (pos < html.length()) {
                if (html.charAt(pos) != '<') {
                    text(current);
                } else if (html.startsWith("</", pos)) {
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
                throw new Refused();
            }
            return root;
        }

        private Element start(Element parent) {
            String name = name();
            if (!TAGS.containsKey(name) || !fits(name, parent)) {
                throw new Refused();
            }
            Element element = new Element(name, parent);
            while (true) {
                while (pos < html.length() && html.charAt(pos) == ' ') {
                    pos++;
                }
                if (html.startsWith("/>", pos) && VOIDS.contains(name)) {
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
                if (key.equals("href") && !safeLink(value) || key.equals("src") && !safeImage(value)) {
                    throw new Refused();
                }
                element.attributes.add(new String[] {key, value});
            }
            parent.children.add(element);
            return VOIDS.contains(name) ? parent : element;
        }

        /** Whether the HTML parser would put {@code name} inside {@code parent} as written. */
        private static boolean fits(String name, Element parent) {
            boolean block = BLOCKS.contains(name);
            if (block && PHRASING.contains(parent.name)) {
                return false;
            }
            if (name.equals("a")) {
                for (Element e = parent; e != null; e = e.parent) {
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
            return GLOBAL_ATTRIBUTES.contains(key) || ATTRIBUTES.getOrDefault(tag, Set.of()).contains(key);
        }

        private void text(Element parent) {
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

        private String name() {
            int start = pos;
            while (pos < html.length() && (Character.isLetterOrDigit(html.charAt(pos)) && html.charAt(pos) < 128
                    || html.charAt(pos) == '-')) {
                pos++;
            }
            if (pos == start) {
                throw new Refused();
            }
            return html.substring(start, pos);
        }

        private void expect(char c) {
            if (pos >= html.length() || html.charAt(pos) != c) {
                throw new Refused();
            }
            pos++;
        }

        /** {@code html[from, to)} with character references decoded; refuses unknown ones and control characters. */
        private String decode(int from, int to) {
            StringBuilder out = null;
            for (int i = from; i < to; i++) {
                char c = html.charAt(i);
                if (c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f || Character.isSurrogate(c)
                        && !(Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(html.charAt(i + 1)))
                        && !(Character.isLowSurrogate(c) && i > from && Character.isHighSurrogate(html.charAt(i - 1)))
                        || c == '\ufeff') {
                    throw new Refused();
                }
                if (c == '&') {
                    int semi = html.indexOf(';', i);
                    if (semi < 0 || semi >= to || semi - i > 12) {
                        throw new Refused();
                    }
                    if (out == null) {
                        out = new StringBuilder(to - from).append(html, from, i);
                    }
                    out.append(reference(html.substring(i + 1, semi)));
                    i = semi;
                } else if (out != null) {
                    out.append(c);
                }
            }
            return out == null ? html.substring(from, to) : out.toString();
        }

        private static String reference(String name) {
            String named = ENTITIES.get(name);
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
    }
}
