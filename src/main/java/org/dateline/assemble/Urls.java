package org.dateline.assemble;

import java.net.URI;
import org.dateline.config.SiteConfig;

/**
 * Site URLs: paths start with the base URL's own path ({@code /repo/world/...} for a site served
 * from a sub-folder, as GitHub Pages project sites are), and absolute URLs add its scheme and host.
 */
public final class Urls {

    private final String baseUrl;
    private final String basePath;
    /** The base URL's scheme and authority ({@code https://news.example.com}), "" without a base URL. */
    private final String origin;

    public Urls(SiteConfig config) {
        this.baseUrl = config.baseUrl();
        this.basePath = config.basePath();
        if (baseUrl.isEmpty()) {
            this.origin = "";
        } else {
            URI base = URI.create(baseUrl);
            this.origin = base.getScheme() + "://" + base.getRawAuthority();
        }
    }

    /**
     * A path written by the user ({@code image: /images/x.jpg}): site-absolute ones get the base path,
     * anything else (a URL, a relative path) is left as written.
     */
    public String userPath(String written) {
        return written.startsWith("/") && !written.startsWith("//") ? path(written) : written;
    }

    /** {@code /world/x/} → {@code /repo/world/x/} when the site lives under {@code /repo}. */
    public String path(String sitePath) {
        return basePath + sitePath;
    }

    /** The absolute URL of a site path, or the prefixed path when no base URL is known. */
    public String absolute(String sitePath) {
        return origin + path(sitePath); // parsed once: a sitemap asks for every page's
    }

    public boolean hasBaseUrl() {
        return !baseUrl.isEmpty();
    }
}
