package org.dateline.config;

import java.util.List;

/**
 * How local images are prepared: {@code image_widths} and {@code max_image_pixels}.
 *
 * @param widths the widths, in pixels, of the resized copies of each local JPEG and PNG image (only
 *     those narrower than the original are written), ascending
 * @param maxPixels an image with more pixels (width × height, read from its header) is refused
 *     before it is decoded, so a decompression bomb cannot exhaust memory
 */
public record ImageSettings(List<Integer> widths, long maxPixels) {

    public static final List<Integer> DEFAULT_WIDTHS = List.of(480, 960, 1440);
    public static final long DEFAULT_MAX_PIXELS = 50_000_000L;

    public ImageSettings {
        widths = widths.stream().distinct().sorted().toList();
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("maxPixels must be positive");
        }
    }

    public static ImageSettings defaults() {
        return new ImageSettings(DEFAULT_WIDTHS, DEFAULT_MAX_PIXELS);
    }
}
