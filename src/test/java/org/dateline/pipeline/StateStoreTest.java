package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.diag.Problem;
import org.dateline.diag.Reporter;
import org.dateline.load.FileStat;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state files read ahead ({@link StateStore#readAhead}) on a thread of their own give what reading
 * them when asked gives, and a damaged file is still reported once, by the method that would have read it.
 */
class StateStoreTest {

    @TempDir
    Path tmp;

    private final String stamp = EngineStamp.compute();
    private Path cache;

    @BeforeEach
    void buildOnce() {
        Path site = TestSites.copy("messy", tmp);
        cache = tmp.resolve("cache");
        try (Engine engine = new Engine(new BuildRequest(site, tmp.resolve("out"), false, false, Optional.empty(),
                TestSites.CLOCK, Optional.of(cache)), Reporter.silent(), 2)) {
            engine.build();
        }
        assertTrue(Files.isRegularFile(cache.resolve(SiteState.FILE)));
        assertTrue(Files.isRegularFile(cache.resolve(FreshIndex.FILE)));
    }

    private StateStore store() {
        return new StateStore(Optional.of(cache), stamp, true);
    }

    @Test
    void readAheadGivesTheStateIndexAndDigestsThatReadingWhenAskedGives() {
        StateStore asked = store();
        SiteState state = asked.get(problem -> { throw new AssertionError(problem); }).orElseThrow();
        FreshIndex index = asked.index(problem -> { throw new AssertionError(problem); }).orElseThrow();

        StateStore ahead = store();
        ahead.readAhead(true);
        List<Problem> problems = new ArrayList<>();
        assertEquals(state.inputs(), ahead.get(problems::add).orElseThrow().inputs());
        assertEquals(state.builtAt(), ahead.get(problems::add).orElseThrow().builtAt());
        FreshIndex read = ahead.index(problems::add).orElseThrow();
        assertEquals(index.digests(), read.digests());
        assertEquals(index.pages(), read.pages());
        assertEquals(List.of(), problems);
    }

    @Test
    void digestsReadAheadAreGivenByStatOnceTheReadingIsDone() throws IOException {
        FileStat stat = new FileStat(120, 2_000, 3_000, 44, 5);
        writeIndex(Map.of("content/world/a.md", "digest of a", "content/world/b.md", "digest of b"),
                Map.of("content/world/a.md", stat));
        StateStore ahead = store();
        ahead.readAhead(true);
        org.dateline.load.KnownArticles known = ahead.known(); // asked before the reading is waited for
        assertEquals(Optional.of("digest of a"), known.digest("content/world/a.md", stat));
        assertEquals(Optional.empty(), known.digest("content/world/a.md", new FileStat(121, 2_000, 3_000, 44, 5)));
        assertEquals(Optional.empty(), known.digest("content/world/b.md", stat));
    }

    @Test
    void theDigestsAreGivenWhileTheStateIsStillBeingRead() throws IOException, InterruptedException {
        FileStat stat = new FileStat(120, 2_000, 3_000, 44, 5);
        writeIndex(Map.of("content/world/a.md", "digest of a"), Map.of("content/world/a.md", stat));
        Path state = cache.resolve(SiteState.FILE);
        byte[] bytes = Files.readAllBytes(state);
        String inputs = store().get(problem -> { }).orElseThrow().inputs();
        Files.delete(state);
        // a named pipe: the state's reading waits in it until something is written there, after the digests are given
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", state.toString()).start().waitFor() == 0,
                "no mkfifo here");
        StateStore ahead = store();
        ahead.readAhead(true);
        assertEquals(Optional.of("digest of a"), ahead.known().digest("content/world/a.md", stat));
        Files.write(state, bytes);
        List<Problem> problems = new ArrayList<>();
        assertEquals(inputs, ahead.get(problems::add).orElseThrow().inputs());
        assertEquals(List.of(), problems);
    }

    @Test
    void theFirstArticleNotKnownByItsStatIsToldOnceAndAKnownOneNever() throws IOException {
        FileStat stat = new FileStat(120, 2_000, 3_000, 44, 5);
        writeIndex(Map.of("content/world/a.md", "digest of a", "content/world/b.md", "digest of b"),
                Map.of("content/world/a.md", stat, "content/world/b.md", stat));
        for (boolean ahead : List.of(false, true)) {
            StateStore store = store();
            if (ahead) {
                store.readAhead(true);
            }
            java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
            org.dateline.load.KnownArticles known = store.known(told::incrementAndGet);
            assertEquals(Optional.of("digest of a"), known.digest("content/world/a.md", stat));
            assertEquals(Optional.of("digest of b"), known.digest("content/world/b.md", stat));
            assertEquals(0, told.get(), "every article known");
            FileStat edited = new FileStat(121, 2_000, 4_000, 44, 5);
            assertEquals(Optional.empty(), known.digest("content/world/a.md", edited));
            assertEquals(Optional.empty(), known.digest("content/world/c.md", stat));
            assertEquals(Optional.of("digest of b"), known.digest("content/world/b.md", stat));
            assertEquals(1, told.get(), "told once, at the first article not known");
        }
    }

    @Test
    void aDamagedStateReadAheadIsReportedOnceByGetAndNotByTheIndex() throws IOException {
        Files.writeString(cache.resolve(SiteState.FILE), "not a state", StandardCharsets.UTF_8);
        StateStore ahead = store();
        ahead.readAhead(true);
        List<Problem> fromIndex = new ArrayList<>();
        assertTrue(ahead.index(fromIndex::add).isPresent());
        assertEquals(List.of(), fromIndex);
        List<Problem> fromState = new ArrayList<>();
        assertEquals(Optional.empty(), ahead.get(fromState::add));
        assertEquals(Optional.empty(), ahead.get(fromState::add));
        assertEquals(1, fromState.size());
        assertEquals("the build state was damaged or unreadable, so every article and page was checked again",
                fromState.get(0).message());
    }

    @Test
    void aDamagedIndexReadAheadIsReportedOnceByTheIndexAndKnowsNoDigest() throws IOException {
        FileStat stat = new FileStat(120, 2_000, 3_000, 44, 5);
        Files.writeString(cache.resolve(FreshIndex.FILE), "not an index", StandardCharsets.UTF_8);
        StateStore ahead = store();
        ahead.readAhead(true);
        assertEquals(Optional.empty(), ahead.known().digest("content/world/a.md", stat));
        List<Problem> fromState = new ArrayList<>();
        assertTrue(ahead.get(fromState::add).isPresent());
        assertEquals(List.of(), fromState);
        List<Problem> fromIndex = new ArrayList<>();
        assertEquals(Optional.empty(), ahead.index(fromIndex::add));
        assertEquals(Optional.empty(), ahead.index(fromIndex::add));
        assertEquals(1, fromIndex.size());
        assertEquals("the build state was damaged or unreadable, so every article and page was checked again",
                fromIndex.get(0).message());
    }

    @Test
    void aStateAlreadyReadIsNotReadAheadAgain() throws IOException {
        StateStore store = store();
        SiteState state = store.get(problem -> { }).orElseThrow();
        Files.writeString(cache.resolve(SiteState.FILE), "not a state", StandardCharsets.UTF_8);
        store.readAhead(true);
        List<Problem> problems = new ArrayList<>();
        assertEquals(state.inputs(), store.get(problems::add).orElseThrow().inputs());
        assertEquals(List.of(), problems);
    }

    /** Writes a fresh-start index that knows {@code digests}, and {@code stats} of some of the articles, to the cache. */
    private void writeIndex(Map<String, String> digests, Map<String, FileStat> stats) throws IOException {
        Files.write(cache.resolve(FreshIndex.FILE), new FreshIndex("inputs", java.time.Instant.parse("2024-05-01T00:00:00Z"),
                digests, List.of(), java.util.Set.of(), stats, Optional.empty()).encode(stamp));
    }
}
