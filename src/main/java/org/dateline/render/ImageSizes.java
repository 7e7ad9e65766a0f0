package org.dateline.render;

import java.util.Optional;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.image.ImageInfo;
import org.dateline.image.ImageSizer;
import org.jsoup.nodes.Element;

/**
 * Every image of the site's own {@code static/} folder written with a site-absolute path
 * ({@code /images/x.jpg}) gets its {@code width} and {@code height} from the file, so the text does
 * not jump while it loads, and JPEG and PNG images get a {@code srcset} of their resized copies with
 * {@code sizes} for the article column. What the author wrote wins: an image with both sizes, or its
 * own {@code srcset}, keeps them. A broken or oversized image is an error at the line that shows it.
 */
final class ImageSizes implements HtmlTransform {

    /** The theme's article column: 42rem wide, or the viewport less 1rem of padding each side. */
    static final String SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

    private final ImageSizer images;

    ImageSizes(ImageSizer images) {
        this.images = images;
    }

    @Override
    public void apply(Element body, TransformContext context) {
        for (Element image : body.select("img[src]")) {
            Optional<ImageInfo> info;
            try {
                info = images.inspect(image.attr("src"));
            } catch (DatelineException e) {
                for (Problem problem : e.problems()) {
                    context.error(image, problem.message(), problem.hint().orElse(null));
                }
                continue;
            }
            info.ifPresent(found -> {
                if (!image.hasAttr("width") || !image.hasAttr("height")) {
                    image.attr("width", Integer.toString(found.width()));
                    image.attr("height", Integer.toString(found.height()));
                }
                if (!image.hasAttr("srcset") && !found.srcset().isEmpty()) {
                    image.attr("srcset", found.srcset());
                    image.attr("sizes", SIZES);
                }
            });
        }
    }
}
