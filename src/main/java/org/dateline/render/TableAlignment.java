package org.dateline.render;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A table cell's {@code align} (from Markdown's {@code |--:|} or raw HTML), obsolete in HTML, becomes
 * a class the theme styles: {@code align="right"} → {@code class="align-right"}.
 */
final class TableAlignment implements HtmlTransform {

    private static final Set<String> VALUES = Set.of("left", "center", "right");

    @Override
    public void apply(Element body, TransformContext context) {
        for (Element cell : body.select("th[align], td[align]")) {
            String value = cell.attr("align").strip().toLowerCase(Locale.ROOT);
            cell.removeAttr("align");
            if (VALUES.contains(value)) {
                cell.addClass("align-" + value);
            }
        }
    }
}
