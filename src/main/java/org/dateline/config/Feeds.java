package org.dateline.config;

/**
 * Feed settings: {@code feed_size} and {@code feed_content}.
 *
 * @param size items per feed
 * @param fullContent whole article bodies in feeds ({@code full}), or only the standfirst ({@code summary})
 */
public record Feeds(int size, boolean fullContent) {

    public static final int DEFAULT_SIZE = 20;

    public Feeds {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive");
        }
    }
}
