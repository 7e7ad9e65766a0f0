package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dateline.assemble.Route;
import org.dateline.assemble.SiteAssembler;

/**
 * The routes of a site after a front-matter edit ({@link FacetEdits}), in the order a full build lists
 * them, from the last build's routes and the few made again: a changed page in its place; the pages
 * and feeds of a section, author or tag that changed, as a block where its old block was; a new
 * author's or tag's listing pages among the others by slug, as {@code TagPages} and
 * {@code AuthorPages} list them (the sitemap lists pages in that order; feeds are in no listing, so
 * their place does not matter). Sitemaps are left out: they are made from these routes.
 *
 * @param routes every route but the sitemaps
 * @param remade the paths of the routes made again (to key and render)
 * @param added paths no route had before
 * @param removed paths no route has now
 */
record RouteOrder(List<Route> routes, Set<String> remade, Set<String> added, Set<String> removed) {

    static final String TAGS_INDEX = "tags/index.html";
    static final String AUTHORS_INDEX = "authors/index.html";
    static final String ROBOTS = "robots.txt";
    /** The folders whose groups can appear: a section's cannot (its articles keep their section). */
    private static final List<String> KINDS = List.of("tags/", "authors/");

    /**
     * @param old the last build's routes
     * @param made the routes made again: every page in {@code affected} and in a changed folder, and robots.txt
     * @param folders the folders of the groups that changed (e.g. {@code tags/harbour/})
     * @param article whether an output path is an article's page (never in a group's block)
     * @return empty when the navigation every page shows changed, or a page is not made where one was expected
     */
    static Optional<RouteOrder> of(List<Route> old, List<Route> made, Set<String> affected, Set<String> folders,
                                   Predicate<String> article) {
        Map<String, Route> byPath = new LinkedHashMap<>();
        made.forEach(route -> byPath.put(route.outputPath(), route));
        Route oldRobots = old.stream().filter(route -> route.outputPath().equals(ROBOTS)).findFirst().orElse(null);
        Route newRobots = byPath.get(ROBOTS);
        if (oldRobots == null || newRobots == null
                || !Objects.equals(oldRobots.context().get("site"), newRobots.context().get("site"))) {
            return Optional.empty();
        }
        Map<String, List<Route>> pages = new LinkedHashMap<>(), feeds = new LinkedHashMap<>();
        for (Route route : made) {
            String folder = folder(route.outputPath(), folders);
            if (folder != null && !article.test(route.outputPath())) {
                (route.generated().isPresent() ? feeds : pages).computeIfAbsent(folder, f -> new ArrayList<>()).add(route);
            }
        }
        List<Route> routes = new ArrayList<>();
        // outside the changed folders every page stays (the listings there have as many pages as before)
        Set<String> remade = new HashSet<>(), before = new HashSet<>(), placedPages = new HashSet<>(),
                placedFeeds = new HashSet<>();
        for (Route route : old) {
            String path = route.outputPath();
            if (isSitemap(route)) {
                continue;
            }
            // the folder first: an article's page is asked for only in a changed folder (few paths)
            String folder = folders.isEmpty() ? null : folder(path, folders);
            if (folder != null && !article.test(path)) {
                before.add(path);
                boolean feed = route.generated().isPresent();
                if ((feed ? placedFeeds : placedPages).add(folder)) {
                    add((feed ? feeds : pages).getOrDefault(folder, List.of()), routes, routes.size(), remade);
                }
            } else if (affected.contains(path)) {
                Route now = byPath.get(path);
                if (now == null) {
                    return Optional.empty();
                }
                routes.add(now);
                remade.add(path);
            } else {
                routes.add(route);
            }
        }
        for (Map.Entry<String, List<Route>> block : pages.entrySet()) {
            if (!placedPages.contains(block.getKey())) {
                int at = place(routes, block.getKey());
                if (at < 0) {
                    return Optional.empty();
                }
                add(block.getValue(), routes, at, remade);
            }
        }
        feeds.forEach((folder, block) -> {
            if (!placedFeeds.contains(folder)) {
                add(block, routes, routes.size(), remade);
            }
        });
        Set<String> now = new HashSet<>();
        Stream.of(pages, feeds).flatMap(blocks -> blocks.values().stream()).flatMap(List::stream)
                .forEach(route -> now.add(route.outputPath()));
        Set<String> added = new HashSet<>(now);
        added.removeAll(before);
        Set<String> removed = new HashSet<>(before);
        removed.removeAll(now);
        return collide(routes, added) ? Optional.empty() : Optional.of(new RouteOrder(routes, remade, added, removed));
    }

    private static void add(List<Route> block, List<Route> routes, int at, Set<String> remade) {
        routes.addAll(at, block);
        block.forEach(route -> remade.add(route.outputPath()));
    }

    /** Where a new group's pages go: before the first group of its kind with a greater slug, else after the last. */
    private static int place(List<Route> routes, String folder) {
        String kind = KINDS.stream().filter(folder::startsWith).findFirst().orElse(null);
        if (kind == null) {
            return -1;
        }
        String slug = slug(folder, kind);
        int after = -1;
        for (int i = 0; i < routes.size(); i++) {
            Route route = routes.get(i);
            String path = route.outputPath();
            if (route.generated().isPresent() || !path.startsWith(kind)) {
                continue;
            }
            if (path.equals(kind + "index.html")) {
                after = i + 1;
            } else if (slug(path, kind).compareTo(slug) > 0) {
                return i;
            } else {
                after = i + 1;
            }
        }
        return after;
    }

    private static String slug(String path, String kind) {
        int end = path.indexOf('/', kind.length());
        return end < 0 ? path.substring(kind.length()) : path.substring(kind.length(), end);
    }

    /** Whether an added path would share a file with another route (on a file system that ignores case). */
    private static boolean collide(List<Route> routes, Set<String> added) {
        if (added.isEmpty()) {
            return false;
        }
        Set<String> tops = new HashSet<>();
        added.forEach(path -> tops.add(path.substring(0, path.indexOf('/') + 1)));
        Set<String> keys = new HashSet<>();
        return !routes.stream().map(Route::outputPath).filter(path -> tops.contains(path.substring(0, path.indexOf('/') + 1)))
                .allMatch(path -> keys.add(SiteAssembler.pathKey(path)));
    }

    /** The changed folder {@code path} is in, or null. */
    static String folder(String path, Set<String> folders) {
        String found = null;
        for (String folder : folders) { // a few: the groups one edit changed
            if (path.startsWith(folder) && (found == null || folder.length() > found.length())) {
                found = folder;
            }
        }
        return found;
    }

    static boolean isSitemap(Route route) {
        return route.generated().isPresent() && (route.origin().equals("sitemap") || route.origin().equals("news sitemap"));
    }
}
