package org.dateline.config;

import java.util.Locale;

/** A kind of listing page, as {@code listings:} and {@code feed_listings:} in site.yaml name it. */
public enum ListingKind {
    FRONT, SECTION, AUTHOR, TAG, ARCHIVE;

    /** The name site.yaml uses: {@code front}, {@code section}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
