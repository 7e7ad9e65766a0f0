package org.dateline.render;

import org.jsoup.nodes.Element;

/**
 * What can be wider than a phone scrolls sideways in its own box instead of the whole page: every
 * table (Markdown or raw HTML) goes into a {@code <div class="scroll-box">} and every code block
 * scrolls itself. Each box can take keyboard focus, so a reader without a mouse can scroll it too
 * (axe's {@code scrollable-region-focusable}); a table's box is a region named by its caption.
 */
final class ScrollBoxes implements HtmlTransform {

    @Override
    public void apply(Element body, TransformContext context) {
        for (Element table : body.select("table")) {
            Element parent = table.parent();
            if (parent != null && parent.hasClass("scroll-box") && parent.hasAttr("tabindex")) {
                continue;
            }
            Element caption = table.selectFirst("> caption");
            String name = caption == null || caption.text().isBlank() ? "Table" : "Table: " + caption.text().strip();
            table.wrap("<div class=\"scroll-box\" role=\"region\" tabindex=\"0\"></div>");
            table.parent().attr("aria-label", name);
        }
        for (Element pre : body.select("pre")) {
            if (!pre.hasAttr("tabindex")) {
                pre.attr("tabindex", "0");
            }
        }
    }
}
