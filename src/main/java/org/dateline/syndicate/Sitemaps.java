package org.dateline.syndicate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.assemble.Article;
import org.dateline.assemble.Group;
import org.dateline.assemble.Permalinks;
import org.dateline.assemble.Route;
import org.dateline.assemble.Site;
import org.dateline.markup.Markup;

/**
 * {@code /sitemap.xml} with every page of the site (made from the other routes, so every kind of
 * page is in it), split into {@code sitemap-1.xml}, {@code sitemap-2.xml}, ... under a sitemap index
 * once it outgrows the protocol's 50,000 URLs or 50 MiB; and {@code /news-sitemap.xml} for Google
 * News. Sitemaps need absolute URLs, so a site without a base URL has none.
 */
public final class Sitemaps {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String FILE = "sitemap.xml";
    static final int MAX_URLS = 50_000;
    static final int MAX_BYTES = 50 * 1024 * 1024;

    /** One {@code <url>}: an absolute URL, and when the page last changed if that is known. */
    record Entry(String loc, Optional<OffsetDateTime> lastmod) {
    }

    private final Instant builtAt;

    /** @param builtAt the moment of the build, for the news sitemap's two-day window */
    public Sitemaps(Instant builtAt) {
        this.builtAt = builtAt;
    }

    /**
     * The first instant after {@code now} at which the news sitemap lists other articles without any
     * edit: an article's date enters the two-day window, or leaves it.
     */
    public static Optional<Instant> nextChange(Site site, Instant now) {
        Instant next = null; // a loop, not a stream: every build asks, a fresh JVM's edit too
        for (Article article : site.articles()) {
            Instant published = article.published().toInstant();
            next = sooner(next, published, now);
            next = sooner(next, published.plus(NewsSitemap.WINDOW).plusNanos(1), now); // it leaves the news sitemap
        }
        return Optional.ofNullable(next);
    }

    /** {@code moment} if it is after {@code now} and before {@code next} (or there is none yet), else {@code next}. */
    private static Instant sooner(Instant next, Instant moment, Instant now) {
        return moment.isAfter(now) && (next == null || moment.isBefore(next)) ? moment : next;
    }

    /** The sitemap files for {@code pages}, every other route of the site. */
    public List<Route> routes(Site site, List<Route> pages) {
        if (!site.urls().hasBaseUrl()) {
            return List.of();
        }
        Links links = new Links(site.urls());
        List<Entry> entries = new ArrayList<>();
        Map<String, OffsetDateTime> changed = lastChanged(site);
        for (Route page : pages) {
            if (isPublicPage(page)) {
                entries.add(new Entry(links.page(sitePath(page.outputPath())),
                        Optional.ofNullable(changed.get(page.outputPath()))));
            }
        }
        List<Route> routes = new ArrayList<>();
        files(entries, links.page("/"), MAX_URLS, MAX_BYTES)
                .forEach((path, text) -> routes.add(Route.generated(path, () -> text, "sitemap", Map.of("text", text))));
        news(site, links, routes);
        return routes;
    }

    /**
     * As {@link #routes(Site, List)}, from the last build's {@code sitemap.xml} (one file, not an index)
     * listing {@code lastPages}: each page not in {@code changed} keeps its {@code <url>} as it was,
     * only the others are made. A tag edit of the 10,000-article corpus changes a few of ~12,000
     * entries, where making every entry and its text again took ~100-150 ms of a fresh JVM.
     *
     * <p>Byte-identical to {@code routes} when every page whose URL or lastmod can differ is in
     * {@code changed}: an entry depends only on the page's path, the site's base URL, and for an
     * article's page or a listing's first page on the modified dates of the articles it shows. So
     * the caller must name every page of a changed group and of an article whose dates changed, and
     * the front page when its articles did. Any doubt about the last text (not one urlset, another
     * count of entries) makes every entry again.
     *
     * @param lastPages the last build's routes, sitemaps among them or not
     * @param lastText the text of its {@code sitemap.xml}
     * @param changed the output paths whose entries are made again
     */
    public List<Route> routes(Site site, List<Route> pages, List<Route> lastPages, String lastText, Set<String> changed) {
        if (!site.urls().hasBaseUrl() || !lastText.startsWith(URLSET_HEAD) || !lastText.endsWith(URLSET_FOOT)) {
            return routes(site, pages);
        }
        // the public pages of the last build, in its order, and where each one's <url> ends in lastText (the
        // first begins after the head, each other where the one before it ends)
        List<String> lastPaths = new ArrayList<>(lastPages.size());
        int[] ends = new int[lastPages.size()];
        int at = URLSET_HEAD.length();
        int last = lastText.length() - URLSET_FOOT.length();
        for (Route page : lastPages) {
            if (!isPublicPage(page)) {
                continue;
            }
            int end = lastText.indexOf(URL_END, at);
            if (end < 0 || end >= last || !lastText.startsWith(URL_START, at)) {
                return routes(site, pages);
            }
            at = end + URL_END.length();
            ends[lastPaths.size()] = at;
            lastPaths.add(page.outputPath());
        }
        if (at != last) {
            return routes(site, pages);
        }
        Links links = new Links(site.urls());
        Map<String, OffsetDateTime> dates = lastChanged(site, changed);
        StringBuilder text = newUrlset(lastText.length() + 4096);
        int count = 0;
        int next = 0; // the last page not passed yet: the pages kept are in their last order, the others between them
        for (Route page : pages) {
            if (!isPublicPage(page)) {
                continue;
            }
            String path = page.outputPath();
            int kept = changed.contains(path) ? -1 : find(lastPaths, next, path);
            if (kept < 0) {
                if (!changed.contains(path)) {
                    return routes(site, pages); // a page new here or out of its last order: not named changed
                }
                url(text, new Entry(links.page(sitePath(path)), Optional.ofNullable(dates.get(path))));
            } else {
                text.append(lastText, kept == 0 ? URLSET_HEAD.length() : ends[kept - 1], ends[kept]);
                next = kept + 1;
            }
            count++;
        }
        if (count > MAX_URLS || text.length() + URLSET_FOOT.length() > MAX_BYTES) {
            return routes(site, pages); // split as the full way splits
        }
        String whole = text.append(URLSET_FOOT).toString();
        List<Route> routes = new ArrayList<>();
        routes.add(Route.generated(FILE, () -> whole, "sitemap", Map.of("text", whole)));
        news(site, links, routes);
        return routes;
    }

    /** Where {@code path} is among {@code paths} from {@code from} on (a page kept: mostly at {@code from}), or -1. */
    private static int find(List<String> paths, int from, String path) {
        for (int i = from; i < paths.size(); i++) {
            if (paths.get(i).equals(path)) {
                return i;
            }
        }
        return -1;
    }

    // how an entry begins and ends: written by url(), found by the patch of a last text
    private static final String URL_START = "<url>\n<loc>";
    private static final String URL_END = "</url>\n";

    private void news(Site site, Links links, List<Route> routes) {
        NewsSitemap news = new NewsSitemap(site, links, builtAt);
        news.text().ifPresent(text -> routes.add(Route.generated(NewsSitemap.FILE, () -> text, "news sitemap",
                Map.of("text", text))));
    }

    /** HTML pages, except the error page, which is no page of the site. */
    private static boolean isPublicPage(Route route) {
        String path = route.outputPath();
        return route.generated().isEmpty() && path.endsWith(".html") && !path.equals("404.html");
    }

    /** {@code world/x/index.html} → {@code /world/x/}; {@code a/b.html} → {@code /a/b.html}. */
    static String sitePath(String outputPath) {
        String path = "/" + outputPath;
        return path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }

    /**
     * When each page last changed: an article's updated (else published) date; the front page's,
     * a section's, author's or tag's from the articles on its first page.
     */
    private static Map<String, OffsetDateTime> lastChanged(Site site) {
        return lastChanged(site, null);
    }

    /** As above, for the pages in {@code only} (every page when null), in the same order of precedence. */
    private static Map<String, OffsetDateTime> lastChanged(Site site, Set<String> only) {
        Map<String, OffsetDateTime> changed = new HashMap<>();
        int firstPage = site.config().listing().pageSize();
        for (Article article : site.articles()) {
            if (only == null || only.contains(article.outputPath())) {
                changed.put(article.outputPath(), article.modified());
            }
        }
        if (only == null || only.contains("index.html")) {
            newest(site.articles(), firstPage).ifPresent(date -> changed.put("index.html", date));
        }
        for (List<Group> groups : List.of(site.sections(), site.authors(), site.tags())) {
            for (Group group : groups) {
                String path = Permalinks.outputPath(group.path());
                if (only == null || only.contains(path)) {
                    newest(group.articles(), firstPage).ifPresent(date -> changed.put(path, date));
                }
            }
        }
        return changed;
    }

    private static Optional<OffsetDateTime> newest(List<Article> articles, int count) {
        return articles.stream().limit(count).map(Article::modified).max(Feed.CHRONOLOGICAL);
    }

    /**
     * The sitemap files, by output path: one {@code sitemap.xml} while the entries fit its limits;
     * else numbered sitemaps of at most {@code maxUrls} entries and {@code maxBytes} bytes each, and
     * {@code sitemap.xml} as their index.
     *
     * @param home the site's absolute URL with a trailing slash, e.g. {@code https://news.example.com/}
     */
    static Map<String, String> files(List<Entry> entries, String home, int maxUrls, int maxBytes) {
        // each file's text is appended as its entries come, each entry's text in one reused builder: the
        // sitemap of the 10,000-article corpus made ~14,000 strings by concatenation only to join them
        List<String> texts = new ArrayList<>();
        List<OffsetDateTime> chunkLastmod = new ArrayList<>();
        int overhead = URLSET_HEAD.length() + URLSET_FOOT.length();
        StringBuilder chunk = newUrlset((int) Math.min(maxBytes, 120L * Math.min(entries.size(), maxUrls)));
        int count = 0;
        int bytes = overhead;
        OffsetDateTime latest = null;
        StringBuilder url = new StringBuilder(160);
        for (Entry entry : entries) {
            url.setLength(0);
            url(url, entry);
            if (count > 0 && (count == maxUrls || bytes + url.length() > maxBytes)) {
                texts.add(chunk.append(URLSET_FOOT).toString());
                chunkLastmod.add(latest);
                chunk = newUrlset(bytes);
                count = 0;
                bytes = overhead;
                latest = null;
            }
            chunk.append(url);
            count++;
            bytes += url.length();
            if (entry.lastmod().isPresent() && (latest == null || entry.lastmod().get().isAfter(latest))) {
                latest = entry.lastmod().get();
            }
        }
        texts.add(chunk.append(URLSET_FOOT).toString());
        chunkLastmod.add(latest);
        Map<String, String> files = new LinkedHashMap<>();
        if (texts.size() == 1) {
            files.put(FILE, texts.get(0));
            return files;
        }
        StringBuilder index = new StringBuilder(Xml.DECLARATION)
                .append("<sitemapindex xmlns=\"").append(NAMESPACE).append("\">\n");
        for (int i = 0; i < texts.size(); i++) {
            String name = "sitemap-" + (i + 1) + ".xml";
            files.put(name, texts.get(i));
            index.append("<sitemap>\n<loc>").append(Markup.escape(home + name)).append("</loc>\n");
            if (chunkLastmod.get(i) != null) {
                index.append("<lastmod>").append(Feed.rfc3339(chunkLastmod.get(i))).append("</lastmod>\n");
            }
            index.append("</sitemap>\n");
        }
        files.put(FILE, index.append("</sitemapindex>\n").toString());
        return files;
    }

    private static void url(StringBuilder out, Entry entry) {
        out.append(URL_START).append(Markup.escape(entry.loc())).append("</loc>\n");
        if (entry.lastmod().isPresent()) {
            out.append("<lastmod>").append(Feed.rfc3339(entry.lastmod().get())).append("</lastmod>\n");
        }
        out.append(URL_END);
    }

    private static final String URLSET_HEAD = Xml.DECLARATION + "<urlset xmlns=\"" + NAMESPACE + "\">\n";
    private static final String URLSET_FOOT = "</urlset>\n";

    private static StringBuilder newUrlset(int capacity) {
        return new StringBuilder(Math.max(capacity, 256)).append(URLSET_HEAD);
    }
}
