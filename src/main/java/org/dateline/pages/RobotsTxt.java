package org.dateline.pages;

import java.util.List;
import java.util.Map;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;

/**
 * {@code robots.txt}, from {@code robots.txt.peb}, with {@code sitemap}: the sitemap's absolute URL,
 * or "" when there is no {@code base_url} to make one from.
 */
final class RobotsTxt implements RouteSource {

    static final String TEMPLATE = "robots.txt.peb";
    static final String SITEMAP = "/sitemap.xml";

    @Override
    public List<Route> routes(Site site, Views views) {
        String sitemap = site.urls().hasBaseUrl() ? site.urls().absolute(SITEMAP) : "";
        return List.of(new Route("robots.txt", TEMPLATE, Map.of(
                "site", views.site(),
                "page", views.page("robots", "robots.txt", "", "/robots.txt"),
                "sitemap", sitemap), "robots.txt"));
    }
}
