package org.dateline.assemble;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one list of paths Dateline writes for itself (feeds, sitemaps, listing pages, the theme's
 * files), so an article or a section can never take one: {@code slug: feed.xml} with
 * {@code permalink: /:slug} or a section called "Tags" is an error naming the file, not a page
 * silently overwritten. Paths are compared like {@link SiteAssembler#pathKey} does, so case and
 * Unicode normalisation cannot sneak past.
 */
final class ReservedPaths {

    /** Files at the top of the output folder, and what they are. */
    static final Map<String, String> FILES = Map.of(
            "index.html", "the front page",
            "404.html", "the not-found page",
            "feed.xml", "the RSS feed",
            "atom.xml", "the Atom feed",
            "feed.json", "the JSON feed",
            "sitemap.xml", "the sitemap",
            "news-sitemap.xml", "the news sitemap",
            "robots.txt", "robots.txt",
            "_redirects", "the redirects of old URLs");

    /** Top-level folders Dateline fills entirely, and what they hold. */
    static final Map<String, String> FOLDERS = Map.of(
            "tags", "the tag pages",
            "authors", "the author pages",
            "page", "the front page's later pages",
            "theme", "the bundled theme's files");

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern LISTING_PAGE = Pattern.compile("(.+/)?page/\\d+/index\\.html");

    private ReservedPaths() {
    }

    /** What Dateline itself writes at {@code outputPath} (e.g. {@code tags/index.html}), if anything. */
    static Optional<String> owner(String outputPath) {
        String key = SiteAssembler.pathKey(outputPath);
        int slash = key.indexOf('/');
        String first = slash < 0 ? key : key.substring(0, slash); // every article's path is asked: no split
        if (FILES.containsKey(first)) {
            return Optional.of(FILES.get(first)); // a folder of that name cannot sit beside the file either
        }
        if (slash >= 0 && FOLDERS.containsKey(first) && key.chars().skip(slash).anyMatch(c -> c != '/')) {
            return Optional.of(FOLDERS.get(first));
        }
        boolean listingPage = key.contains("page/") && LISTING_PAGE.matcher(key).matches();
        if (isYear(first) && yearPage(key, listingPage)) {
            return Optional.of("the archive of " + first);
        }
        if (listingPage) {
            return Optional.of("the later pages of /" + key.substring(0, key.lastIndexOf("page/")));
        }
        return Optional.empty();
    }

    private static boolean isYear(String segment) {
        return segment.length() == 4 && YEAR.matcher(segment).matches();
    }

    /** Whether {@code key}, below a year's folder, is that year's archive page or one of its later pages. */
    private static boolean yearPage(String key, boolean listingPage) {
        String[] segments = key.split("/");
        return segments.length == 2 && segments[1].equals("index.html") || listingPage && segments.length == 4;
    }

    /** What Dateline writes where the listing page of section {@code slug} would go ({@code /slug/}), if anything. */
    static Optional<String> sectionOwner(String slug) {
        return owner(slug + "/index.html");
    }
}
