package org.dateline.load;

import java.util.List;
import java.util.Objects;
import org.dateline.diag.SourcePosition;

/**
 * One entry of {@code data/authors.yaml}: what the site says about an author beyond the byline.
 * Optional text is "" when absent.
 *
 * @param key the author's name or slug as the entry is keyed; matched to bylines by slug
 * @param position where the key is written, for messages
 * @param name the byline shown for articles that name the key ({@code jonathan-rubin}); "" to show the key
 * @param photo a site path or URL of a portrait
 * @param links the author's links in the order written
 */
public record AuthorProfile(String key, SourcePosition position, String name, String role, String bio, String photo,
                            List<Link> links) {
    public AuthorProfile {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(bio, "bio");
        Objects.requireNonNull(photo, "photo");
        links = List.copyOf(links);
    }

    /** The name bylines show: {@code name}, or the key when there is none. */
    public String displayName() {
        return name.isEmpty() ? key : name;
    }

    /** A labelled link, e.g. {@code Mastodon → https://...}. */
    public record Link(String name, String url) {
        public Link {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
        }
    }
}
