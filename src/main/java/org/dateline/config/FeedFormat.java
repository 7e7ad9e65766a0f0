package org.dateline.config;

import java.util.Locale;

/** A feed format, as {@code feed_formats:} in site.yaml names it. */
public enum FeedFormat {
    RSS, ATOM, JSON;

    /** The name site.yaml uses: {@code rss}, {@code atom}, {@code json}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
