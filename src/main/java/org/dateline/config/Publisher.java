package org.dateline.config;

import java.util.Objects;

/** The organisation behind the site, for bylines, structured data and feeds. Empty strings mean unset. */
public record Publisher(String name, String url, String logo) {
    public Publisher {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(logo, "logo");
    }
}
