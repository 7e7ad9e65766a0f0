package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.load.FileStat;
import org.dateline.load.KnownArticles;
import org.junit.jupiter.api.Test;

/**
 * An index read but for its pages ({@link FreshArticles}) knows the articles by their stats as the whole
 * index does, and decodes to the very index a whole reading gives; damaged pages make no index.
 */
class FreshArticlesTest {

    private static final String STAMP = "a build";
    private static final String A = "content/world/a.md", B = "content/world/b.md";
    private static final FileStat STAT_A = new FileStat(12, 1_000, 2_000, 7, 1);

    private static final FreshIndex INDEX = new FreshIndex("inputs", Instant.parse("2024-05-31T20:25:00Z"),
            Map.of(A, "digest of a", B, "digest of b"),
            List.of(new FreshIndex.Page("world/a/index.html", A, false, Set.of(A)),
                    new FreshIndex.Page("index.html", "front page", false, Set.of(A, B))),
            Set.of(B), Map.of(A, STAT_A), Optional.of(new FreshIndex.Kept(Set.of("old.html"), Set.of(), Set.of("index.html"))));

    @Test
    void knowsAnArticleByItsRecordedStatAloneBeforeThePagesAreDecoded() {
        KnownArticles known = FreshIndex.articles(INDEX.encode(STAMP), STAMP).orElseThrow().known();
        assertEquals(Optional.of("digest of a"), known.digest(A, new FileStat(12, 1_000, 2_000, 7, 1)));
        assertEquals(Optional.empty(), known.digest(A, new FileStat(12, 1_000, 2_001, 7, 1)), "another ctime");
        assertEquals(Optional.empty(), known.digest(A, new FileStat(12, 1_000, 2_000, 8, 1)), "another inode");
        assertEquals(Optional.empty(), known.digest(B, STAT_A), "no stat recorded");
        assertEquals(Optional.empty(), known.digest("content/world/c.md", STAT_A), "not an article of the index");
    }

    @Test
    void decodesToTheIndexAWholeReadingGives() {
        byte[] bytes = INDEX.encode(STAMP);
        FreshIndex back = FreshIndex.articles(bytes, STAMP).orElseThrow().read().orElseThrow().index();
        FreshIndex whole = FreshIndex.decode(bytes, STAMP).orElseThrow();
        for (FreshIndex index : List.of(back, whole)) {
            assertEquals(Map.of(A, "digest of a", B, "digest of b"), index.digests());
            assertEquals(Map.of(A, STAT_A), index.stats());
            assertEquals(INDEX.pages(), index.pages());
            assertEquals(Set.of(B), index.untracked());
            assertEquals(INDEX.kept(), index.kept());
            assertArrayEquals(bytes, index.encode(STAMP));
        }
    }

    @Test
    void aDamagedOrAnotherBuildsFileIsNoIndex() {
        byte[] bytes = INDEX.encode(STAMP);
        assertEquals(Optional.empty(), FreshIndex.articles(bytes, "another build").map(read -> "read"));
        byte[] damaged = Arrays.copyOf(bytes, bytes.length);
        damaged[damaged.length / 2] ^= 1;
        assertEquals(Optional.empty(), FreshIndex.articles(damaged, STAMP).map(read -> "read"));
        assertEquals(Optional.empty(), FreshIndex.read(damaged, STAMP).map(read -> "read"));
    }

    /** The kept output's files are told by how they differ from the live output's, whether or not it holds files the live one does not. */
    @Test
    void theKeptOutputIsToldByItsDifferenceFromTheLiveOne() {
        Set<String> live = Set.of("index.html", "a.html", "b.html");
        FreshIndex.Kept same = FreshIndex.Kept.of(Set.of("index.html", "a.html", "b.html"), live, Set.of("a.html"));
        assertEquals(new FreshIndex.Kept(Set.of(), Set.of(), Set.of("a.html")), same, "the same files");
        FreshIndex.Kept fewer = FreshIndex.Kept.of(Set.of("index.html", "a.html"), live, Set.of());
        assertEquals(new FreshIndex.Kept(Set.of(), Set.of("b.html"), Set.of()), fewer, "a file added since");
        FreshIndex.Kept other = FreshIndex.Kept.of(Set.of("index.html", "a.html", "old.html"), live, Set.of());
        assertEquals(new FreshIndex.Kept(Set.of("old.html"), Set.of("b.html"), Set.of()), other, "one removed, one added");
        assertEquals(Set.of("index.html", "a.html", "old.html"), other.files(live));
        FreshIndex.Kept more = FreshIndex.Kept.of(Set.of("index.html", "a.html", "b.html", "old.html"), live, Set.of());
        assertEquals(new FreshIndex.Kept(Set.of("old.html"), Set.of(), Set.of()), more, "a file removed since");
    }
}
