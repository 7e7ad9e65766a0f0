package org.dateline.render;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Keeps an article's ids from clashing with the page around it: a heading called "Main" or raw HTML
 * with {@code id="content"} would otherwise take the id the theme's skip link and fragments use.
 * Such an id becomes {@code article-ID} (numbered if that is taken too), and links inside the article
 * to {@code #ID} follow it.
 */
final class PageIds implements HtmlTransform {

    /** Ids that pages and themes use for their own landmarks. */
    static final Set<String> RESERVED = Set.of("main", "content", "top", "header", "footer", "nav", "navigation",
            "menu", "search", "sidebar", "skip", "page", "app", "root", "site-header", "site-footer",
            "site-nav", "article", "comments");

    @Override
    public void apply(Element body, TransformContext context) {
        Set<String> taken = new HashSet<>(body.select("[id]").eachAttr("id"));
        for (Element element : body.select("[id]")) {
            String id = element.id();
            if (!RESERVED.contains(id.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String renamed = "article-" + id;
            for (int n = 2; taken.contains(renamed); n++) {
                renamed = "article-" + id + "-" + n;
            }
            taken.add(renamed);
            element.id(renamed);
            for (Element link : body.select("a[href]")) {
                if (link.attr("href").equals("#" + id)) {
                    link.attr("href", "#" + renamed);
                }
            }
        }
    }
}
