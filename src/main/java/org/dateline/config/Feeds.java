package org.dateline.config;

import java.util.EnumSet;
import java.util.Set;

/**
 * Feed settings: {@code feed_size}, {@code feed_content}, {@code feed_formats} and {@code feed_listings}.
 *
 * @param size items per feed
 * @param fullContent whole article bodies in the site's and the sections' feeds ({@code full}), or only
 *     the summary ({@code summary}); author and tag feeds always carry summaries
 * @param formats the formats each feed is written in
 * @param listings the listings that have feeds (never {@link ListingKind#ARCHIVE})
 */
public record Feeds(int size, boolean fullContent, Set<FeedFormat> formats, Set<ListingKind> listings) {

    public static final int DEFAULT_SIZE = 20;

    public Feeds {
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive");
        }
        formats = Set.copyOf(formats);
        listings = Set.copyOf(listings);
        if (listings.contains(ListingKind.ARCHIVE)) {
            throw new IllegalArgumentException("archives have no feeds");
        }
    }

    /** Every format, for the site, its sections, authors and tags. */
    public Feeds(int size, boolean fullContent) {
        this(size, fullContent, EnumSet.allOf(FeedFormat.class), EnumSet.complementOf(EnumSet.of(ListingKind.ARCHIVE)));
    }

    /** Whether the feeds of this kind of listing carry whole bodies. */
    public boolean fullContent(ListingKind kind) {
        return fullContent && (kind == ListingKind.FRONT || kind == ListingKind.SECTION);
    }

    public boolean has(FeedFormat format) {
        return formats.contains(format);
    }

    public boolean has(ListingKind kind) {
        return listings.contains(kind);
    }
}
