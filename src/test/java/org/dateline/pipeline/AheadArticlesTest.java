package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.load.FileStat;
import org.junit.jupiter.api.Test;

/**
 * An index whose articles were encoded ahead ({@link AheadArticles}) writes the bytes an index that
 * encodes them itself writes, against no base and against the base read; ahead bytes of other maps or
 * of another base are not used.
 */
class AheadArticlesTest {

    private static final String STAMP = "a build";
    private static final String A = "content/world/a.md", B = "content/world/b.md", C = "content/world/c.md";
    private static final FileStat STAT_A = new FileStat(12, 1_000, 2_000, 7, 1);
    private static final List<FreshIndex.Page> PAGES = List.of(
            new FreshIndex.Page("world/a/index.html", A, false, Set.of(A)),
            new FreshIndex.Page("index.html", "front page", false, Set.of(A, B)));

    @Test
    void writesTheBytesOfAnIndexThatEncodesItsArticles() {
        Map<String, String> digests = new LinkedHashMap<>(Map.of(A, "digest of a", B, "digest of b"));
        Map<String, FileStat> stats = new HashMap<>(Map.of(A, STAT_A));
        FreshIndex ahead = index(digests, stats, Optional.of(AheadArticles.of(digests, stats, Optional.empty())));
        assertTrue(ahead.ahead().isPresent());
        assertArrayEquals(index(Map.of(A, "digest of a", B, "digest of b"), Map.of(A, STAT_A), Optional.empty()).encode(STAMP),
                ahead.encode(STAMP));
    }

    @Test
    void writesTheChangesAgainstTheBaseReadAsAnIndexThatEncodesThem() {
        byte[] last = index(Map.of(A, "digest of a", B, "digest of b"), Map.of(A, STAT_A), Optional.empty()).encode(STAMP);
        Optional<EntrySection.Base<FreshIndex.Seen>> base = Optional.of(FreshIndex.read(last, STAMP).orElseThrow().articlesBase());
        Map<String, String> digests = new LinkedHashMap<>(Map.of(A, "digest of a", B, "digest of b, edited", C, "digest of c"));
        Map<String, FileStat> stats = new HashMap<>(Map.of(A, STAT_A));
        byte[] itself = index(Map.copyOf(digests), Map.copyOf(stats), Optional.empty()).encode(STAMP, base);
        FreshIndex ahead = index(digests, stats, Optional.of(AheadArticles.of(digests, stats, base)));
        assertArrayEquals(itself, ahead.encode(STAMP, base));
        FreshIndex back = FreshIndex.decode(ahead.encode(STAMP, base), STAMP).orElseThrow();
        assertEquals(Map.of(A, "digest of a", B, "digest of b, edited", C, "digest of c"), back.digests());
        assertEquals(Map.of(A, STAT_A), back.stats());
        // made against that base, they are not written against none: the index encodes its articles itself
        assertArrayEquals(index(Map.copyOf(digests), Map.copyOf(stats), Optional.empty()).encode(STAMP),
                ahead.encode(STAMP));
    }

    @Test
    void bytesMadeAheadAreUsedOnlyForTheMapsTheyWereMadeOf() {
        Map<String, String> digests = new LinkedHashMap<>(Map.of(A, "digest of a"));
        Map<String, FileStat> stats = new HashMap<>();
        AheadArticles other = new AheadArticles(new LinkedHashMap<>(digests), stats, Optional.empty(), new byte[] {1, 2, 3});
        FreshIndex index = index(digests, stats, Optional.of(other));
        assertFalse(index.ahead().isPresent(), "equal maps, not the same");
        assertArrayEquals(index(digests, stats, Optional.empty()).encode(STAMP), index.encode(STAMP));
        // the same maps: the bytes given are written as they are
        FreshIndex taken = index(digests, stats, Optional.of(new AheadArticles(digests, stats, Optional.empty(),
                AheadArticles.encode(Map.of(A, "digest of another"), Map.of(), Optional.empty()))));
        assertEquals(Map.of(A, "digest of another"), FreshIndex.decode(taken.encode(STAMP), STAMP).orElseThrow().digests());
    }

    private static FreshIndex index(Map<String, String> digests, Map<String, FileStat> stats, Optional<AheadArticles> ahead) {
        return new FreshIndex("inputs", Instant.parse("2024-05-31T20:25:00Z"), digests, PAGES, Set.of(B), stats,
                Optional.empty(), Optional.empty(), ahead);
    }
}
