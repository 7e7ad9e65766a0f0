package org.dateline.pipeline;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.dateline.diag.Problems;
import org.dateline.load.KnownArticles;
import org.dateline.load.SiteSources;
import org.dateline.load.SourceScanner;

/**
 * What a long-lived engine read from the site folder in its last build (the sources and the
 * fingerprints of the other folders), so that a rebuild told which files changed reads only those.
 *
 * <p>What is trusted, and only when the engine is given a list of changed paths (the dev server's
 * watcher; {@link Engine#build()} and an empty list trust nothing and read everything): that the list
 * names every file under {@code content/}, {@code templates/}, {@code static/} and {@code data/} that
 * changed since the last build read them. Then {@code templates/}, {@code static/} and {@code data/} are
 * fingerprinted again only when a listed path lies in them, and the sources are brought up to date by
 * {@link SourceScanner#update} (an edit of known articles) or else scanned whole. {@code site.yaml} is
 * always read again, and a change of it, a scan that found problems, or a failed build before the
 * sources were recorded makes the next build read everything.
 */
final class SiteInputs {

    /**
     * One build's inputs.
     *
     * @param templates fingerprint of {@code templates/}
     * @param statics fingerprint of {@code static/}
     * @param data fingerprint of {@code data/}
     * @param listing every path under {@code content/} ({@link Fingerprints#listing}, {@link SourceScanner#listed})
     * @param bundles the bundle files' bytes ({@link Fingerprints#bundles})
     */
    record Loaded(SiteSources sources, String templates, String statics, String data, String listing, String bundles) {
    }

    private Optional<Loaded> last = Optional.empty();
    /** The runs of articles the last {@link #site} digested, kept for the next call. */
    private final Fingerprints.Runs runs = new Fingerprints.Runs();
    /** What the last full scan found of the articles' stats ({@link SourceScanner#seen}). */
    private Map<String, KnownArticles.Seen> seen = Map.of();
    private long lastMaxFileBytes;
    /** For tests: whether the last load brought the previous sources up to date rather than scanning. */
    private boolean lastUpdated;

    /**
     * The inputs of this build.
     *
     * @param changed the paths (relative to the site folder) that changed since the last build, or
     *     empty when that is not known
     */
    Loaded load(Path source, long maxFileBytes, Optional<Collection<Path>> changed, Problems problems) {
        return load(source, maxFileBytes, changed, Optional.empty(), problems);
    }

    /**
     * @param known what an earlier scan recorded of the articles (a one-shot build's, from the cache
     *     folder): a full scan takes the digest of an article whose stat is the recorded one
     */
    Loaded load(Path source, long maxFileBytes, Optional<Collection<Path>> changed, Optional<KnownArticles> known,
                Problems problems) {
        seen = Map.of();
        Optional<Loaded> previous = last;
        last = Optional.empty(); // until this load has succeeded
        lastUpdated = false;
        boolean trusted = previous.isPresent() && changed.isPresent() && !changed.get().isEmpty()
                && maxFileBytes == lastMaxFileBytes && changed.get().stream().noneMatch(SiteInputs::unknown);
        SourceScanner scanner = new SourceScanner(maxFileBytes);
        Loaded loaded;
        if (trusted) {
            Loaded before = previous.get();
            Optional<SiteSources> updated = scanner.update(before.sources(), changed.get());
            Problems scanned = new Problems();
            SiteSources sources = updated.orElseGet(() -> scanner.scan(source, scanned));
            problems.addAll(scanned.sorted());
            lastUpdated = updated.isPresent();
            loaded = new Loaded(sources,
                    touches(changed.get(), ChangeKind.TEMPLATE) ? Fingerprints.tree(sources.templatesDir()) : before.templates(),
                    touches(changed.get(), ChangeKind.STATIC) ? Fingerprints.tree(sources.staticDir()) : before.statics(),
                    touches(changed.get(), ChangeKind.DATA) ? Fingerprints.tree(source.resolve("data")) : before.data(),
                    updated.isPresent() ? before.listing() : Fingerprints.listing(scanner.listed()),
                    updated.isPresent() ? before.bundles() : Fingerprints.bundles(sources));
            if (scanned.sorted().isEmpty()) {
                remember(loaded, maxFileBytes);
            }
        } else {
            Problems scanned = new Problems();
            SiteSources sources = scanner.scan(source, scanned, known);
            seen = scanner.seen(); // a view, not a copy of 10,000 entries: this scanner scans no more
            problems.addAll(scanned.sorted());
            loaded = new Loaded(sources, Fingerprints.tree(sources.templatesDir()), Fingerprints.tree(sources.staticDir()),
                    Fingerprints.tree(source.resolve("data")), Fingerprints.listing(scanner.listed()),
                    Fingerprints.bundles(sources));
            if (scanned.sorted().isEmpty()) {
                remember(loaded, maxFileBytes);
            }
        }
        return loaded;
    }

    /** The fingerprint of everything the build reads from the site folder, given what else it depends on. */
    String site(Loaded loaded, String... others) {
        return Fingerprints.site(loaded.sources(), loaded.listing(), loaded.bundles(), runs, others);
    }

    /** Forgets the last build's inputs: the next build reads everything. */
    void forget() {
        last = Optional.empty();
    }

    /** What the last load's full scan found of the articles' stats, when it was given what was known. */
    Map<String, KnownArticles.Seen> seen() {
        return seen;
    }

    boolean lastUpdated() {
        return lastUpdated;
    }

    private void remember(Loaded loaded, long maxFileBytes) {
        last = Optional.of(loaded);
        lastMaxFileBytes = maxFileBytes;
    }

    /** A path the list cannot vouch for alone: "everything", {@code site.yaml}, or one outside the watched folders. */
    private static boolean unknown(Path path) {
        Optional<ChangeKind> kind = ChangeKind.of(path);
        return path.toString().isEmpty() || kind.isEmpty() || kind.get() == ChangeKind.CONFIG;
    }

    private static boolean touches(Collection<Path> changed, ChangeKind kind) {
        return changed.stream().anyMatch(path -> ChangeKind.of(path).filter(k -> k == kind).isPresent());
    }
}
