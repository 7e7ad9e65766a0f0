package org.dateline.render;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Links to other sites get {@code rel="noopener"}, so the linked page cannot reach back into ours. */
final class ExternalLinks implements HtmlTransform {

    @Override
    public void apply(Element body, TransformContext context) {
        for (Element link : body.select("a[href]")) {
            String href = link.attr("href").strip().replace('\\', '/').toLowerCase(Locale.ROOT);
            if (href.startsWith("http://") || href.startsWith("https://") || href.startsWith("//")) {
                Set<String> rel = new LinkedHashSet<>();
                for (String part : link.attr("rel").split("\\s+")) {
                    if (!part.isBlank()) {
                        rel.add(part);
                    }
                }
                rel.add("noopener");
                link.attr("rel", String.join(" ", rel));
            }
        }
    }
}
