package org.dateline.render;

import org.jsoup.nodes.Element;

/**
 * Body images load lazily and decode off the main thread, and have {@code sizes} exactly when their
 * {@code srcset} needs it; an image without alt text is a warning.
 */
final class ImageDefaults implements HtmlTransform {

    @Override
    public void apply(Element body, TransformContext context) {
        for (Element image : body.select("img")) {
            if (!image.hasAttr("loading")) {
                image.attr("loading", "lazy");
            }
            if (!image.hasAttr("decoding")) {
                image.attr("decoding", "async");
            }
            // as HTML requires: `sizes` only with a `srcset`, and always with width descriptors
            if (!image.hasAttr("srcset")) {
                image.removeAttr("sizes");
            } else if (!image.hasAttr("sizes") && Srcset.parse(image.attr("srcset")).stream()
                    .anyMatch(candidate -> candidate.descriptor().endsWith("w"))) {
                image.attr("sizes", ImageSizes.SIZES);
            }
            if (!image.hasAttr("alt")) {
                image.attr("alt", "");
            }
            if (image.attr("alt").isBlank()) {
                context.warn(image, "image \"" + image.attr("src") + "\" has no alt text",
                        "write ![what the picture shows](" + image.attr("src") + ")");
            }
        }
    }
}
