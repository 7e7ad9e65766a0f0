package org.dateline.render;

import java.util.List;
import java.util.Optional;
import org.dateline.parse.Shortcodes;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Makes the links and image sources (also each {@code srcset} candidate) of a rendered body
 * absolute, for copies of it that are read away from the site (feed readers resolve relative URLs
 * inconsistently, or not at all), and leaves out unknown shortcodes, which the page shows as code. A
 * body {@link PlainHtml} can read (an article without raw HTML, tables, code or sized images) is
 * rewritten without a jsoup parse, to the same bytes.
 */
public final class AbsoluteLinks {

    private static final List<String> ATTRIBUTES = List.of("href", "src", "poster", "cite");

    private AbsoluteLinks() {
    }

    /**
     * {@code bodyHtml} with every relative URL resolved against {@code pageUrl}, the absolute URL
     * of the page the body belongs to; unchanged when {@code pageUrl} is not absolute.
     */
    public static String rewrite(String bodyHtml, String pageUrl) {
        boolean isAbsolute = pageUrl.startsWith("http://") || pageUrl.startsWith("https://");
        boolean unknownShortcodes = bodyHtml.contains(Shortcodes.UNKNOWN_CLASS);
        if (!isAbsolute && !unknownShortcodes) {
            return bodyHtml;
        }
        Optional<PlainHtml> plain = unknownShortcodes ? Optional.empty() : PlainHtml.read(bodyHtml);
        if (plain.isPresent()) {
            plain.get().rewriteAddresses(url -> StringUtil.resolve(pageUrl, url));
            return plain.get().html();
        }
        return withJsoup(bodyHtml, pageUrl);
    }

    /** The jsoup way, for every body; package-private so tests can compare the two ways. */
    static String withJsoup(String bodyHtml, String pageUrl) {
        boolean isAbsolute = pageUrl.startsWith("http://") || pageUrl.startsWith("https://");
        Document document = Parser.parseBodyFragment(bodyHtml, isAbsolute ? pageUrl : "");
        document.outputSettings().prettyPrint(false).charset("UTF-8");
        // an unknown shortcode is shown on the page as code, for its author to see; feeds never carry it
        document.body().select("code." + Shortcodes.UNKNOWN_CLASS).remove();
        if (!isAbsolute) {
            return document.body().html();
        }
        for (Element element : document.body().select("img[srcset]")) {
            element.attr("srcset", Srcset.map(element.attr("srcset"), url -> resolve(pageUrl, url)));
        }
        for (Element element : document.body().select("[href], [src], [poster], [cite]")) {
            for (String attribute : ATTRIBUTES) {
                if (element.hasAttr(attribute)) {
                    String absolute = element.absUrl(attribute);
                    if (!absolute.isEmpty()) {
                        element.attr(attribute, absolute);
                    }
                }
            }
        }
        return document.body().html();
    }

    /** {@code url} resolved against {@code pageUrl}; as written when it is not a valid URI reference. */
    private static String resolve(String pageUrl, String url) {
        try {
            return java.net.URI.create(pageUrl).resolve(url).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
