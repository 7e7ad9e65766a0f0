package org.dateline.render;

import java.util.List;
import java.util.Optional;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Makes the links and image sources of a rendered body absolute, for copies of it that are read
 * away from the site (feed readers resolve relative URLs inconsistently, or not at all). A body
 * {@link PlainHtml} can read (an article without raw HTML) is rewritten without a jsoup parse, to
 * the same bytes.
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
        if (!pageUrl.startsWith("http://") && !pageUrl.startsWith("https://")) {
            return bodyHtml;
        }
        Optional<PlainHtml> plain = PlainHtml.read(bodyHtml);
        if (plain.isPresent()) {
            plain.get().rewriteAddresses(url -> StringUtil.resolve(pageUrl, url));
            return plain.get().html();
        }
        return withJsoup(bodyHtml, pageUrl);
    }

    /** The jsoup way, for every body; package-private so tests can compare the two ways. */
    static String withJsoup(String bodyHtml, String pageUrl) {
        Document document = Parser.parseBodyFragment(bodyHtml, pageUrl);
        document.outputSettings().prettyPrint(false).charset("UTF-8");
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
}
