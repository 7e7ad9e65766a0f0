package org.dateline.render;

import org.jsoup.nodes.Element;

/**
 * One small change to an article's rendered body, applied in order after flexmark. The place
 * where sanitising, link policy and image defaults plug in.
 */
interface HtmlTransform {

    /** Changes {@code body} in place; problems go to {@code context}. */
    void apply(Element body, TransformContext context);
}
