package org.dateline.render;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * For a site served from a sub-folder ({@code base_url: https://me.github.io/paper/}), site-absolute
 * links and images written in an article ({@code ![map](/images/map.svg)}) get the folder in front
 * ({@code /paper/images/map.svg}), as every link Dateline generates does; otherwise they would point
 * outside the site.
 */
final class SitePaths implements HtmlTransform {

    private static final List<String> ATTRIBUTES = List.of("href", "src", "poster");

    private final String basePath;

    /** @param basePath e.g. {@code /paper}; never "" (a site at the root needs no rewriting) */
    SitePaths(String basePath) {
        this.basePath = basePath;
    }

    @Override
    public void apply(Element body, TransformContext context) {
        for (Element element : body.getAllElements()) {
            for (String attribute : ATTRIBUTES) {
                if (element.hasAttr(attribute)) {
                    element.attr(attribute, prefixed(element.attr(attribute)));
                }
            }
            if (element.hasAttr("srcset")) {
                List<String> candidates = new ArrayList<>();
                for (String candidate : element.attr("srcset").split(",")) {
                    candidates.add(prefixed(candidate.strip()));
                }
                element.attr("srcset", String.join(", ", candidates));
            }
        }
    }

    private String prefixed(String url) {
        return url.startsWith("/") && !url.startsWith("//") && !url.startsWith(basePath + "/") ? basePath + url : url;
    }
}
