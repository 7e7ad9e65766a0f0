package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An index whose pages are mostly those of the index it was read with ({@link FreshIndex.PageSection#patched})
 * reads back to exactly its pages and untracked articles, as an index encoded whole would, and keeps the
 * bytes of the pages it shares with the one read.
 */
class FreshIndexPagesTest {

    private static final String STAMP = "a build";
    private static final String A = "content/world/a.md", B = "content/world/b.md", C = "content/world/c.md";

    private static final FreshIndex.Page FRONT = new FreshIndex.Page("index.html", "front page", false, Set.of(A, B));
    private static final FreshIndex.Page TAG_X = new FreshIndex.Page("tags/x/index.html", "tag x", false, Set.of(A));
    private static final FreshIndex.Page PAGE_A = new FreshIndex.Page("world/a/index.html", A, false, Set.of(A));
    private static final FreshIndex.Page PAGE_B = new FreshIndex.Page("world/b/index.html", B, false, Set.of(B, A));
    private static final FreshIndex.Page FEED = new FreshIndex.Page("tags/x/feed.xml", "tag x feed", true, Set.of(A));

    @Test
    void aPatchedSectionReadsBackToItsPagesAndKeepsTheSharedPagesBytes() {
        FreshIndex.PageSection read = read(index(List.of(FRONT, TAG_X, PAGE_A, PAGE_B, FEED), Set.of(B), Optional.empty()));

        // a tag page gone, a new one (naming an article the table lacks) before the articles, one page's reach changed
        FreshIndex.Page tagY = new FreshIndex.Page("tags/y/index.html", "tag y", false, Set.of(C, A));
        FreshIndex.Page pageA = new FreshIndex.Page("world/a/index.html", A, false, Set.of(A, C));
        List<FreshIndex.Page> now = List.of(FRONT, tagY, pageA, PAGE_B, FEED);
        FreshIndex.PageSection patched = read.patched(now, Set.of(C)).orElseThrow();
        assertEquals(now, patched.pages());
        assertEquals(Set.of(C), patched.untracked());

        FreshIndex written = index(patched.pages(), patched.untracked(), Optional.of(patched));
        assertTrue(written.section().isPresent(), "the index writes the patched bytes");
        FreshIndex back = FreshIndex.decode(written.encode(STAMP), STAMP).orElseThrow();
        assertEquals(List.of(
                new FreshIndex.Page("index.html", "front page", false, Set.of(A, B)),
                new FreshIndex.Page("tags/y/index.html", "tag y", false, Set.of(A, C)),
                new FreshIndex.Page("world/a/index.html", A, false, Set.of(A, C)),
                new FreshIndex.Page("world/b/index.html", B, false, Set.of(A, B)),
                new FreshIndex.Page("tags/x/feed.xml", "tag x feed", true, Set.of(A))), back.pages());
        assertEquals(Set.of(C), back.untracked());
        assertEquals(index(now, Set.of(C), Optional.empty()).pages(), back.pages(), "as the whole encoding gives");
        // patched again, from the bytes just read: nothing changed gives the same bytes
        FreshIndex.PageSection again = read(written);
        FreshIndex.PageSection same = again.patched(new ArrayList<>(now), Set.of(C)).orElseThrow();
        assertArrayEquals(written.encode(STAMP), index(same.pages(), same.untracked(), Optional.of(same)).encode(STAMP));
        // and a page moved to the end, the untracked article tracked again
        List<FreshIndex.Page> moved = List.of(tagY, pageA, PAGE_B, FEED, FRONT);
        FreshIndex.PageSection last = again.patched(moved, Set.of()).orElseThrow();
        FreshIndex lastBack = FreshIndex.decode(index(last.pages(), last.untracked(), Optional.of(last)).encode(STAMP),
                STAMP).orElseThrow();
        assertEquals(moved, lastBack.pages());
        assertEquals(Set.of(), lastBack.untracked());
    }

    @Test
    void manyNewNamesAreEncodedWhole() {
        FreshIndex.PageSection read = read(index(List.of(FRONT, PAGE_A), Set.of(), Optional.empty()));
        List<FreshIndex.Page> now = new ArrayList<>(List.of(FRONT, PAGE_A));
        for (int i = 0; i < 65; i++) {
            String file = "content/world/new-" + i + ".md";
            now.add(new FreshIndex.Page("world/new-" + i + "/index.html", file, false, Set.of(file)));
        }
        assertEquals(Optional.empty(), read.patched(now, Set.of()), "the table would grow by 65 names");
        assertTrue(read.patched(now.subList(0, 66), Set.of()).isPresent(), "64 new names are appended");
    }

    private static FreshIndex index(List<FreshIndex.Page> pages, Set<String> untracked,
                                    Optional<FreshIndex.PageSection> section) {
        return new FreshIndex("inputs", Instant.EPOCH, Map.of(A, "1", B, "2", C, "3"), pages, untracked, Map.of(),
                Optional.empty(), section, Optional.empty());
    }

    private static FreshIndex.PageSection read(FreshIndex index) {
        return FreshIndex.decode(index.encode(STAMP), STAMP).orElseThrow().section().orElseThrow();
    }
}
