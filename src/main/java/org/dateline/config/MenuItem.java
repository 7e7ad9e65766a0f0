package org.dateline.config;

import java.util.Objects;

/** A link of the footer menu ({@code footer_menu}): its text and a site path or an http(s) URL. */
public record MenuItem(String title, String url) {
    public MenuItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
    }
}
