package org.dateline.render;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A rendered body (as {@link MarkdownRenderer} writes an article without raw HTML), read into a small
 * tree and written back byte for byte as jsoup writes it after parsing it (entities, void tags, text),
 * without jsoup's HTML5 parser, so {@link AbsoluteLinks} can rewrite its addresses. It accepts only what it fully knows: the tags and attributes flexmark writes for
 * Markdown, all allowed by the sanitiser, properly nested, links and images only to addresses the
 * sanitiser keeps. Anything else gives {@link Optional#empty()}, and the article takes the jsoup path.
 */
final class PlainHtml {

    static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
            "blockquote", "pre", "hr", "table", "thead", "tbody", "tr", "th", "td", "div", "figure", "figcaption");
    static final Set<String> INLINES = Set.of("a", "code", "em", "strong", "del", "sup", "img", "br");
    static final Set<String> VOIDS = Set.of("hr", "br", "img");
    /** Elements whose content may not hold blocks: the HTML parser would close or move them. */
    static final Set<String> PHRASING = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "em",
            "strong", "del", "sup", "figcaption", "th", "td");
    static final Set<String> GLOBAL_ATTRIBUTES = Set.of("id", "class", "title");
    static final Map<String, Set<String>> ATTRIBUTES = Map.of("a", Set.of("href", "rel"),
            "img", Set.of("src", "alt", "loading", "decoding"), "ol", Set.of("start"),
            "th", Set.of("align"), "td", Set.of("align"),
            // what the scroll boxes add (ScrollBoxes, PlainRendering), for AbsoluteLinks reading a rendered body back
            "div", Set.of("role", "tabindex", "aria-label"), "pre", Set.of("tabindex"));
    /** The named references flexmark writes: its own escapes and the typographic ones. */
    static final Map<String, String> ENTITIES = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("nbsp", "\u00a0"), Map.entry("ldquo", "\u201c"),
            Map.entry("rdquo", "\u201d"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
            Map.entry("laquo", "\u00ab"), Map.entry("raquo", "\u00bb"), Map.entry("hellip", "\u2026"),
            Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"));

    private final PlainElement body;
    /** The length of the HTML read: what it writes back is about as long. */
    private final int length;

    private PlainHtml(PlainElement body, int length) {
        this.body = body;
        this.length = length;
    }

    /** Reads {@code html}; empty when it is not in a shape this class can write back as jsoup would. */
    static Optional<PlainHtml> read(String html) {
        try {
            return Optional.of(new PlainHtml(new PlainHtmlReader(html).read(), html.length()));
        } catch (PlainHtmlReader.Refused refused) {
            return Optional.empty();
        }
    }

    /**
     * Replaces each {@code href} and {@code src} with {@code rewrite} of it, as jsoup's
     * {@code absUrl} does: a value that gives "" is kept.
     */
    void rewriteAddresses(UnaryOperator<String> rewrite) {
        body.rewriteAddresses(rewrite);
    }

    /** The body as jsoup's {@code body.html()} writes it (no pretty-printing, UTF-8). */
    String html() {
        return PlainWriter.write(body, length);
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

}
