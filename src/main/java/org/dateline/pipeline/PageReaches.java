package org.dateline.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each page of the last build reaches ({@link RouteReach}: by output path, the source paths of
 * the articles its context holds) and, the other way round, which pages reach an article: the pages
 * a body edit of it makes again.
 *
 * <p>The pages reaching an article are found when first asked for, by one pass over the pages, and
 * then kept up to date: a rebuild asks for a few edited articles, never for all 10,000. A fresh JVM
 * ({@link FreshStart}) takes the pages' reach as its index decoded it, sets and all, without copying.
 */
final class PageReaches {

    /** By output path, the source paths the page reaches (sets never changed once put). */
    private final Map<String, Set<String>> reached = new HashMap<>();
    /** By source path, the pages that reach it, for the articles asked for since the last {@link #clear}. */
    private final Map<String, Set<String>> readers = new HashMap<>();

    /** The pages of a fresh start's index, as they are (their sets are immutable). */
    void putAll(List<FreshIndex.Page> pages) {
        clear();
        for (FreshIndex.Page page : pages) {
            reached.put(page.path(), page.reaches());
        }
    }

    /** Records that the page at {@code path} reaches {@code files} now. */
    void put(String path, Set<String> files) {
        Set<String> before = reached.put(path, Set.copyOf(files));
        readers.forEach((file, pages) -> {
            if (files.contains(file)) {
                pages.add(path);
            } else if (before != null && before.contains(file)) {
                pages.remove(path);
            }
        });
    }

    /** Forgets the page at {@code path}: the site no longer makes it. */
    void remove(String path) {
        if (reached.remove(path) != null) {
            readers.values().forEach(pages -> pages.remove(path));
        }
    }

    /** The pages that reach {@code file} (or every page reaching {@link RouteReach#ALL}), unmodifiable. */
    Set<String> readers(String file) {
        return Collections.unmodifiableSet(readers.computeIfAbsent(file, this::find));
    }

    /**
     * The pages that reach any of {@code files} (or every page, for {@link RouteReach#ALL}): those not asked
     * for yet are found in one pass over the pages for all of them, where each took a pass of its own
     * (14,000 pages' sets, twice for a body edit: every page reaching all articles, and the edited one's).
     */
    Set<String> readers(Set<String> files) {
        List<String> unknown = new ArrayList<>();
        for (String file : files) {
            if (!readers.containsKey(file)) {
                unknown.add(file);
            }
        }
        if (!unknown.isEmpty()) {
            Map<String, Set<String>> found = new HashMap<>();
            unknown.forEach(file -> found.put(file, new HashSet<>()));
            reached.forEach((path, reaches) -> {
                for (String file : unknown) {
                    if (reaches.contains(file)) {
                        found.get(file).add(path);
                    }
                }
            });
            readers.putAll(found);
        }
        Set<String> pages = new HashSet<>();
        files.forEach(file -> pages.addAll(readers.get(file)));
        return pages;
    }

    private Set<String> find(String file) {
        Set<String> pages = new HashSet<>();
        reached.forEach((path, files) -> {
            if (files.contains(file)) {
                pages.add(path);
            }
        });
        return pages;
    }

    /** By output path, what each page reaches, unmodifiable. */
    Map<String, Set<String>> reached() {
        return Collections.unmodifiableMap(reached);
    }

    void clear() {
        reached.clear();
        readers.clear();
    }
}
