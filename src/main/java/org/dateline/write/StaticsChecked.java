package org.dateline.write;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A build's static files (the theme's, the site's {@code static/} folder, the copied files) as listed
 * for it, and checked against its pages: no static file has a page's path or is a folder of one, or
 * has one as its folder. A later build with the same pages, the same copies and a {@code static/}
 * folder of the same fingerprint would list and check exactly the same, so it passes this to
 * {@link Staging} instead (the dev server's quick rebuilds); any other build lists and checks anew.
 * The files' bytes are read when the build commits, never kept from the listing.
 */
public final class StaticsChecked {

    private final Set<String> pages;
    private final Path staticDir;
    private final List<CopiedFile> copies;
    private final Optional<String> fingerprint;
    private final StaticFiles files;

    private StaticsChecked(Set<String> pages, Path staticDir, List<CopiedFile> copies, Optional<String> fingerprint,
                           StaticFiles files) {
        this.pages = pages;
        this.staticDir = staticDir;
        this.copies = copies;
        this.fingerprint = fingerprint;
        this.files = files;
    }

    /**
     * Lists the static files and checks them against {@code pageOrigins}.
     *
     * @param pageOrigins every page the build writes, by output path, with what makes it (for messages)
     * @param fingerprint what {@code staticDir} holds (its paths and bytes, "" when there is no such
     *     folder), for {@link #covers}; empty for a build that has no next one
     * @throws org.dateline.diag.DatelineException naming a static file that collides with a page
     */
    public static StaticsChecked of(Path staticDir, List<CopiedFile> copies, Map<String, String> pageOrigins,
                                    Optional<String> fingerprint) {
        StaticFiles files = new StaticFiles().addTheme(Staging.class.getClassLoader()).addSite(staticDir).addCopies(copies);
        OutputWriter.checkCollisions(pageOrigins, files);
        return new StaticsChecked(pages(pageOrigins), staticDir, List.copyOf(copies), fingerprint, files);
    }

    /**
     * Whether a build of exactly {@code pages} (output paths), {@code copies} and a {@code static/}
     * folder with this {@code fingerprint} would list and check what this one did.
     */
    public boolean covers(Set<String> pages, Path staticDir, List<CopiedFile> copies, String fingerprint) {
        return sameStatics(staticDir, copies, fingerprint) && hasPages(pages);
    }

    /** Whether this check was of exactly {@code pages} (output paths). */
    public boolean hasPages(Set<String> pages) {
        return pages.equals(this.pages);
    }

    /**
     * Whether a build of {@code copies} and a {@code static/} folder with this {@code fingerprint}
     * would list the same static files as this one, whatever its pages.
     */
    public boolean sameStatics(Path staticDir, List<CopiedFile> copies, String fingerprint) {
        return this.fingerprint.filter(fingerprint::equals).isPresent() && staticDir.equals(this.staticDir)
                && copies.equals(this.copies);
    }

    /**
     * This listing checked against other pages, for a build of the same static files
     * ({@link #sameStatics}) after pages came or went (a new tag's page, say): the static files are
     * not listed again and only the pages this check did not have are checked, since a page that
     * went cannot collide and the others were checked already. A collision is the error
     * {@link #of} would report.
     *
     * @param pageOrigins every page the build writes, by output path, with what makes it
     */
    public StaticsChecked withPages(Map<String, String> pageOrigins) {
        Map<String, String> added = new LinkedHashMap<>();
        pageOrigins.forEach((page, origin) -> {
            if (!pages.contains(page)) {
                added.put(page, origin);
            }
        });
        OutputWriter.checkCollisions(added, files());
        return new StaticsChecked(pages(pageOrigins), staticDir, copies, fingerprint, files);
    }

    StaticFiles files() {
        return Objects.requireNonNull(files);
    }

    /**
     * The pages' paths, unmodifiable: a HashSet's copy, not Set.copyOf, whose table of 14,000 paths a
     * fresh JVM probes in a loop it runs once, in the interpreter (about twice the time, C1).
     */
    private static Set<String> pages(Map<String, String> pageOrigins) {
        return java.util.Collections.unmodifiableSet(new java.util.HashSet<>(pageOrigins.keySet()));
    }
}
