package org.dateline.config;

import java.util.Objects;

/**
 * The organisation behind the site, for bylines, structured data and feeds. Empty strings mean unset.
 *
 * @param correctionsPolicy site path or URL of the corrections policy ({@code correctionsPolicy} in JSON-LD)
 * @param ethicsPolicy site path or URL of the ethics policy ({@code ethicsPolicy} in JSON-LD)
 */
public record Publisher(String name, String url, String logo, String correctionsPolicy, String ethicsPolicy) {
    public Publisher {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(logo, "logo");
        Objects.requireNonNull(correctionsPolicy, "correctionsPolicy");
        Objects.requireNonNull(ethicsPolicy, "ethicsPolicy");
    }

    /** A publisher without policy pages. */
    public Publisher(String name, String url, String logo) {
        this(name, url, logo, "", "");
    }
}
