package org.dateline.render;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Rewrites a page's site-absolute links ({@code /world/x/}) into page-relative ones
 * ({@code ../../world/x/index.html}), so the output can be opened from disk, where a browser
 * neither knows the site's root nor opens a folder's {@code index.html}. Links to other sites, the
 * canonical link and fragments are left as they are.
 */
public final class RelativeLinks {

    private static final List<String> ATTRIBUTES = List.of("href", "src", "poster", "action", "data");

    private final String basePath;

    /** @param basePath the site's own path prefix, "" or e.g. {@code /paper} */
    public RelativeLinks(String basePath) {
        this.basePath = basePath;
    }

    /** The page at {@code outputPath} (e.g. {@code world/2024/05/31/x/index.html}) with relative links. */
    public String rewrite(String html, String outputPath) {
        Document document = Jsoup.parse(html);
        document.outputSettings().prettyPrint(false).charset("UTF-8");
        for (Element element : document.getAllElements()) {
            if (element.normalName().equals("link") && element.attr("rel").equalsIgnoreCase("canonical")) {
                continue;
            }
            for (String attribute : ATTRIBUTES) {
                if (element.hasAttr(attribute)) {
                    element.attr(attribute, relative(element.attr(attribute), outputPath));
                }
            }
            if (element.hasAttr("srcset")) {
                element.attr("srcset", srcset(element.attr("srcset"), outputPath));
            }
        }
        return document.outerHtml();
    }

    /** {@code url} made relative to the folder of {@code outputPath}, when it is a path of this site. */
    String relative(String url, String outputPath) {
        String prefix = basePath + "/";
        if (!url.startsWith(prefix) || url.startsWith("//")) {
            return url;
        }
        int cut = firstOf(url, '?', '#');
        String path = url.substring(prefix.length(), cut);
        String rest = url.substring(cut);
        if (path.isEmpty() || path.endsWith("/")) {
            path += "index.html";
        }
        String[] from = outputPath.split("/");
        String[] to = path.split("/");
        int common = 0;
        while (common < from.length - 1 && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder relative = new StringBuilder();
        for (int i = common; i < from.length - 1; i++) {
            relative.append("../");
        }
        for (int i = common; i < to.length; i++) {
            relative.append(to[i]).append(i < to.length - 1 ? "/" : "");
        }
        return relative + rest;
    }

    private String srcset(String value, String outputPath) {
        List<String> candidates = new ArrayList<>();
        for (String candidate : value.split(",")) {
            String trimmed = candidate.strip();
            int space = trimmed.indexOf(' ');
            String url = space < 0 ? trimmed : trimmed.substring(0, space);
            candidates.add(relative(url, outputPath) + (space < 0 ? "" : trimmed.substring(space)));
        }
        return String.join(", ", candidates);
    }

    private static int firstOf(String text, char a, char b) {
        int first = text.length();
        int i = text.indexOf(a);
        if (i >= 0) {
            first = i;
        }
        int j = text.indexOf(b);
        return j >= 0 && j < first ? j : first;
    }
}
