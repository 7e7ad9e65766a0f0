package org.dateline.serve;

import java.util.List;
import java.util.Optional;

/**
 * What the server shows, swapped whole after every rebuild.
 *
 * @param built whether any build has succeeded, so there is a site in the output folder
 * @param basePath the segments of {@code base_url}'s path ({@code [paper]}), under which the site is served
 * @param overlay the error overlay's markup while the latest build fails
 * @param version changes with every rebuild: part of every HTML page's ETag and of the live-reload hello
 */
record SiteState(boolean built, List<String> basePath, Optional<String> overlay, long version) {
    SiteState {
        basePath = List.copyOf(basePath);
    }

    static SiteState starting() {
        return new SiteState(false, List.of(), Optional.empty(), 0);
    }

    /** {@code /} or {@code /paper/}. */
    String home() {
        return basePath.isEmpty() ? "/" : "/" + String.join("/", basePath) + "/";
    }
}
