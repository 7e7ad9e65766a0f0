package org.dateline.render;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** An image alone in its paragraph with a title becomes {@code <figure>} with the title as {@code <figcaption>}. */
final class LoneImageFigures implements HtmlTransform {

    @Override
    public void apply(Element body, TransformContext context) {
        for (Element paragraph : body.select("p:has(> img[title])")) {
            Element image = loneImage(paragraph);
            if (image == null || image.attr("title").isBlank()) {
                continue;
            }
            String caption = image.attr("title");
            image.removeAttr("title");
            Element figure = new Element("figure");
            figure.appendChild(image); // moved, not cloned: it keeps its source position for later warnings
            figure.appendElement("figcaption").text(caption);
            paragraph.replaceWith(figure);
        }
    }

    private static Element loneImage(Element paragraph) {
        Element image = null;
        for (Node child : paragraph.childNodes()) {
            if (child instanceof TextNode text && text.isBlank()) {
                continue;
            }
            if (child instanceof Element element && element.normalName().equals("img") && image == null) {
                image = element;
            } else {
                return null;
            }
        }
        return image;
    }
}
