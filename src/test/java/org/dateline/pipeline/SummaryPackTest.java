package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.dateline.testing.FileTree;
import org.dateline.testing.RecordingReporter;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The summaries pack ({@link SummaryPack}): a build from the cache reads every article's summary from
 * it; a damaged, truncated, empty or another Dateline's pack is never trusted (one warning, except for
 * another Dateline's, whose entries are simply not this one's), and a body its entry's own file holds
 * that is not the one the pack recorded is rendered again. The output is a cold build's every time.
 */
class SummaryPackTest {

    @TempDir
    Path tmp;

    private Path cache() {
        return tmp.resolve("cache");
    }

    private Path output() {
        return tmp.resolve("out");
    }

    private RecordingReporter build(Path site) {
        RecordingReporter recorder = new RecordingReporter();
        try (Engine engine = new Engine(new BuildRequest(site, output(), false, false, Optional.empty(), TestSites.CLOCK,
                Optional.of(cache())), recorder, 2)) {
            engine.build();
        }
        return recorder;
    }

    /** Every page rendered again from the cache: the output is gone, so every summary and body is read. */
    private RecordingReporter buildWithoutOutput(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(output())) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        return build(site);
    }

    private List<Problem> cacheWarnings(RecordingReporter recorder) {
        return recorder.warnings.stream().filter(p -> p.position().file().startsWith(cache().toString())).toList();
    }

    private Map<String, SummaryPack.Entry> pack() throws IOException {
        return SummaryPack.decode(Files.readAllBytes(cache().resolve(SummaryPack.FILE)), EngineStamp.compute())
                .orElseThrow();
    }

    @Test
    void aBuildFromTheCacheReadsTheSummariesFromThePackAlone() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site);
        Map<String, String> good = FileTree.snapshot(output());
        assertEquals(5, pack().size(), "one entry per article");
        // every entry's own file loses its summary: only the pack can give them now (the bodies stay)
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(cache().resolve(ArticleCache.ARTICLES))) {
            entries = walk.filter(path -> path.toString().endsWith(".bin")).sorted().toList();
        }
        for (Path entry : entries) {
            byte[] bytes = Files.readAllBytes(entry);
            bytes[4] ^= 0x55; // in the stamp's length: the file's own header no longer reads
            Files.write(entry, bytes);
        }
        RecordingReporter again = buildWithoutOutput(site);
        assertEquals(0, again.stages.get("render"), "no article parsed");
        assertEquals(List.of(), cacheWarnings(again));
        assertEquals(good, FileTree.snapshot(output()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"damaged", "truncated", "empty", "foreign"})
    void aDamagedPackIsOneWarningAndEveryArticlesOwnFileIsReadInstead(String damage) throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site);
        Map<String, String> good = FileTree.snapshot(output());
        Path pack = cache().resolve(SummaryPack.FILE);
        byte[] bytes = Files.readAllBytes(pack);
        switch (damage) {
            case "damaged" -> bytes[bytes.length / 2] ^= 0x20;
            case "truncated" -> bytes = java.util.Arrays.copyOf(bytes, bytes.length - 40);
            case "empty" -> bytes = new byte[0];
            default -> {
                SummaryPack foreign = new SummaryPack(Optional.of(tmp.resolve("foreign")), "another build");
                foreign.put("key", SummaryPack.Entry.of(new byte[] {1}, 0, 0, new byte[32]));
                foreign.retain(java.util.Set.of("key"));
                bytes = Files.readAllBytes(tmp.resolve("foreign").resolve(SummaryPack.FILE));
            }
        }
        Files.write(pack, bytes);

        RecordingReporter again = buildWithoutOutput(site);
        assertEquals(0, again.stages.get("render"), "every article from its own cache file");
        assertEquals(damage.equals("foreign") ? List.of() : List.of(Problem.warning(SourcePosition.of(pack.toString()),
                "the summaries pack was damaged or unreadable, so every article's cache file was read instead",
                "nothing to do: it has been rewritten; if this repeats, check the disk or delete the cache folder")),
                cacheWarnings(again));
        assertEquals(good, FileTree.snapshot(output()));
        assertEquals(5, pack().size(), "written again");

        RecordingReporter healed = buildWithoutOutput(site);
        assertEquals(List.of(), cacheWarnings(healed));
        assertEquals(good, FileTree.snapshot(output()));
    }

    /**
     * A pack of the format before ({@code DLP1}: summaries with text dates) is another Dateline's when
     * its stamp is another (silent), and damaged when it claims this one's (one warning); either way
     * every article's own file is read instead.
     */
    @ParameterizedTest
    @ValueSource(strings = {"another build", "this build"})
    void aPackOfTheFormatWithTextDatesIsNeverRead(String stamp) throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site);
        Map<String, String> good = FileTree.snapshot(output());
        Path pack = cache().resolve(SummaryPack.FILE);
        byte[] bytes = Files.readAllBytes(pack);
        assertEquals("444c5033", java.util.HexFormat.of().formatHex(bytes, 0, 4), "DLP3: positions by key number");
        int fields = 4 + 2 + EngineStamp.compute().getBytes(StandardCharsets.UTF_8).length;
        byte[] entries = java.util.Arrays.copyOfRange(bytes, fields, bytes.length - SealedBytes.TRAILER);
        Files.write(pack, SealedBytes.seal(0x444c5031, stamp.equals("this build") ? EngineStamp.compute() : stamp,
                bytes.length, "an old pack", out -> out.write(entries)));

        RecordingReporter again = buildWithoutOutput(site);
        assertEquals(0, again.stages.get("render"), "every article from its own cache file");
        assertEquals(stamp.equals("another build") ? List.of() : List.of(Problem.warning(
                SourcePosition.of(pack.toString()), "the summaries pack was damaged or unreadable, so every article's"
                + " cache file was read instead", "nothing to do: it has been rewritten; if this repeats, check the"
                + " disk or delete the cache folder")), cacheWarnings(again));
        assertEquals(good, FileTree.snapshot(output()));
        assertEquals(5, pack().size(), "written again");
    }

    @Test
    void aBodyThatIsNotTheOneThePackRecordedIsRenderedAgain() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site);
        Map<String, String> good = FileTree.snapshot(output());
        // an entry's body swapped for other bytes of the same length, with a checksum that matches them:
        // the file alone cannot tell, the pack's digest of the body can
        Map.Entry<String, SummaryPack.Entry> first = pack().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .findFirst().orElseThrow();
        Path file = cache().resolve(ArticleCache.ARTICLES).resolve(first.getKey().substring(0, 2))
                .resolve(first.getKey() + ".bin");
        byte[] bytes = Files.readAllBytes(file);
        int offset = (int) first.getValue().bodyOffset(), length = first.getValue().bodyLength();
        byte[] body = "<p>".concat("x".repeat(length - 7)).concat("</p>").getBytes(StandardCharsets.UTF_8);
        System.arraycopy(body, 0, bytes, offset, length);
        System.arraycopy(ArticleCache.check(body, body.length), 0, bytes, offset + length, 32);
        Files.write(file, bytes);

        RecordingReporter again = buildWithoutOutput(site);
        assertEquals(List.of(Problem.warning(SourcePosition.of(cache().toString()), "1 cache entry was damaged or"
                + " unreadable, so those articles were rendered again", "nothing to do: the cache has been rewritten;"
                + " if this repeats, check the disk or delete the folder")), cacheWarnings(again));
        assertEquals(good, FileTree.snapshot(output()));
        assertTrue(pack().containsKey(first.getKey()), "the article's entry, written again");
    }

    @Test
    void anArticleEditedBackToAnEarlierTextIsBuiltWithoutAWarning() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site);
        Map<String, String> good = FileTree.snapshot(output());
        String article = "content/world/harbour-vote.md";
        String text = TestSites.read(site, article);
        TestSites.write(site, article, text + "\nOne more paragraph.\n");
        build(site);
        // the pack is not written again for one edit: it still holds the earlier text's entry, whose
        // own file is gone; its summary is right (same key), its body is rendered again, and that is no damage
        TestSites.write(site, article, text);
        RecordingReporter back = build(site);
        assertEquals(List.of(), cacheWarnings(back));
        assertEquals(good, FileTree.snapshot(output()));
    }

    /**
     * A pack read ahead ({@link SummaryPack#prefetch}, as a fresh start does) gives what a pack read on
     * the first look-up gives: its entries, and a damaged file once reported.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aPackReadAheadGivesWhatItWouldHaveGiven(boolean damaged) throws IOException {
        SummaryPack written = new SummaryPack(Optional.of(cache()), "stamp");
        written.put("key", SummaryPack.Entry.of(new byte[] {1, 2, 3}, 7, 9, new byte[32]));
        written.retain(java.util.Set.of("key"));
        if (damaged) {
            Path file = cache().resolve(SummaryPack.FILE);
            byte[] bytes = Files.readAllBytes(file);
            bytes[bytes.length / 2] ^= 0x20;
            Files.write(file, bytes);
        }
        SummaryPack read = new SummaryPack(Optional.of(cache()), "stamp");
        read.prefetch();
        Optional<SummaryPack.Entry> entry = read.get("key");
        assertEquals(damaged, entry.isEmpty());
        entry.ifPresent(found -> {
            assertEquals("[1, 2, 3]", java.util.Arrays.toString(java.util.Arrays.copyOfRange(found.bytes(),
                    found.summaryAt(), found.summaryAt() + found.summaryLength())));
            assertEquals(7, found.bodyOffset());
            assertEquals(9, found.bodyLength());
        });
        read.prefetch(); // read already: nothing more happens
        assertEquals(damaged, read.takeDamaged());
        assertEquals(false, read.takeDamaged());
    }
}
