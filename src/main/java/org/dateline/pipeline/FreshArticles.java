package org.dateline.pipeline;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dateline.load.FileStat;
import org.dateline.load.KnownArticles;

/**
 * A {@link FreshIndex} read but for its pages, which {@link #read()} decodes: the articles are what a
 * scan needs ({@link #known}), and it asks for them while the pages, ~60 ms of a fresh JVM's CPU for
 * 10,000 articles, are still to decode (a body edit's scan waited for them, one core idle).
 */
final class FreshArticles {

    private final String inputs;
    private final Instant builtAt;
    /** The pages section as {@link FreshIndex#encode} wrote it. */
    private final byte[] pageBytes;
    /** The articles, the base with the changes applied. */
    private final EntrySection.Read<FreshIndex.Seen> articles;
    private final Optional<FreshIndex.Kept> kept;

    FreshArticles(String inputs, Instant builtAt, byte[] pageBytes, EntrySection.Read<FreshIndex.Seen> articles,
                  Optional<FreshIndex.Kept> kept) {
        this.inputs = inputs;
        this.builtAt = builtAt;
        this.pageBytes = pageBytes;
        this.articles = articles;
        this.kept = kept;
    }

    /** The articles' digests as the build that wrote the index read them, by their files' stats. */
    KnownArticles known() {
        Map<String, FreshIndex.Seen> entries = articles.entries();
        return (relPath, stat) -> {
            FreshIndex.Seen seen = entries.get(relPath);
            return seen != null && seen.stat().isPresent() && seen.stat().get().equals(stat)
                    ? Optional.of(seen.digest()) : Optional.empty();
        };
    }

    /** The whole index; empty when its pages are not what {@link FreshIndex#encode} wrote. */
    Optional<FreshIndex.Read> read() {
        FreshIndex.PageSection section;
        try {
            section = FreshIndex.pages(pageBytes);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        Map<String, String> digests = new HashMap<>(articles.entries().size() * 2);
        Map<String, FileStat> stats = new HashMap<>(articles.entries().size() * 2);
        articles.entries().forEach((path, seen) -> {
            digests.put(path, seen.digest());
            seen.stat().ifPresent(stat -> stats.put(path, stat));
        });
        return Optional.of(new FreshIndex.Read(new FreshIndex(inputs, builtAt, digests, section.pages(),
                section.untracked(), stats, kept, Optional.of(section), Optional.empty()), articles.base()));
    }
}
