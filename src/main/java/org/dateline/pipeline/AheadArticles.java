package org.dateline.pipeline;

import java.util.Map;
import java.util.Optional;
import org.dateline.load.FileStat;

/**
 * The articles of a {@link FreshIndex} made and encoded before its pages are known: they depend only on
 * what the build read, so a build makes them on a thread of its own while it renders
 * ({@link FreshStart#articlesAhead}), where they cost a fresh JVM's edit 30-60 ms after its result.
 *
 * @param digests and {@code stats}: as {@link FreshIndex}'s, handed over to it
 * @param base the base the bytes were written against ({@link EntrySection#write}), so that they are used
 *     only by an encoding against that base
 * @param bytes the articles' section as {@link FreshIndex#encode} writes it against {@code base}
 */
record AheadArticles(Map<String, String> digests, Map<String, FileStat> stats,
                     Optional<EntrySection.Base<FreshIndex.Seen>> base, byte[] bytes) {

    /** {@code digests} and {@code stats} encoded against {@code base}. */
    static AheadArticles of(Map<String, String> digests, Map<String, FileStat> stats,
                            Optional<EntrySection.Base<FreshIndex.Seen>> base) {
        return new AheadArticles(digests, stats, base, encode(digests, stats, base));
    }

    /** {@code digests} and {@code stats} as {@link FreshIndex#encode} writes them against {@code base}. */
    static byte[] encode(Map<String, String> digests, Map<String, FileStat> stats,
                         Optional<EntrySection.Base<FreshIndex.Seen>> base) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(
                base.map(EntrySection.Base::length).orElse(digests.size() * 96) + (1 << 12));
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            FreshIndex.ARTICLES.write(out, seen(digests, stats), base);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot encode the fresh-start index's articles", e);
        }
        return bytes.toByteArray();
    }

    /** Each article's digest with its stat, if known. */
    static Map<String, FreshIndex.Seen> seen(Map<String, String> digests, Map<String, FileStat> stats) {
        Map<String, FreshIndex.Seen> articles = new java.util.HashMap<>(digests.size() * 2);
        digests.forEach((path, digest) -> articles.put(path, new FreshIndex.Seen(digest, Optional.ofNullable(stats.get(path)))));
        return articles;
    }
}
