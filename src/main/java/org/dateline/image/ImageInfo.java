package org.dateline.image;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A local image as the page needs it: its path below the site root, its size in pixels, and its
 * resized copies (narrowest first; empty for SVG and GIF, or when no width is below the original's).
 *
 * @param path e.g. {@code images/harbour.jpg}, without a leading slash
 */
public record ImageInfo(String path, int width, int height, List<Variant> variants) {

    public ImageInfo {
        Objects.requireNonNull(path, "path");
        variants = List.copyOf(variants);
    }

    /** One resized copy: {@code images/harbour-480w.jpg}, 480 × 320. */
    public record Variant(String path, int width, int height) {
        public Variant {
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * The {@code srcset} value: every copy and the original, each as a site-absolute, encoded path
     * with its width ({@code /images/harbour-480w.jpg 480w, …, /images/harbour.jpg 1600w}); "" when
     * there are no copies.
     */
    public String srcset() {
        if (variants.isEmpty()) {
            return "";
        }
        List<String> candidates = new ArrayList<>();
        for (Variant variant : variants) {
            candidates.add(url(variant.path()) + " " + variant.width() + "w");
        }
        candidates.add(url(path) + " " + width + "w");
        return String.join(", ", candidates);
    }

    /** {@code images/my photo.jpg} → {@code /images/my%20photo.jpg}. */
    public static String url(String path) {
        try {
            return new URI(null, null, "/" + path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }
}
