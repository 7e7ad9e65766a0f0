package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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

/**
 * An article's cache entry checks its summary and body with CRCs ({@link ArticleCache#check}), under
 * the magic {@code DLA5} (dates as binary, positions by key number); an entry of an earlier format
 * ({@code DLA4}: positions by key string; {@code DLA3}: dates as text;
 * {@code DLA2}: SHA-256 checks) is never
 * trusted: it is counted with the damaged ones (one warning) and the article rendered again. A cache
 * in memory keys articles by their parts joined, a cache folder by the SHA-256 of those parts.
 */
class ArticleCacheFormatTest {

    private static final int OLD_MAGIC = 0x444c4132; // "DLA2"

    @TempDir
    Path tmp;

    private Path cache() {
        return tmp.resolve("cache");
    }

    /** The first cache entry, by path, after deleting the summaries pack: the next build reads the entries' own files. */
    private Path firstEntryWithoutPack() throws IOException {
        Files.delete(cache().resolve(SummaryPack.FILE));
        try (Stream<Path> walk = Files.walk(cache().resolve(ArticleCache.ARTICLES))) {
            return walk.filter(path -> path.toString().endsWith(".bin")).sorted().findFirst().orElseThrow();
        }
    }

    private RecordingReporter build(Path site) throws IOException {
        if (Files.isDirectory(tmp.resolve("out"))) {
            try (Stream<Path> walk = Files.walk(tmp.resolve("out"))) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path); // every page rendered again: every summary and body is read
                }
            }
        }
        RecordingReporter recorder = new RecordingReporter();
        try (Engine engine = new Engine(new BuildRequest(site, tmp.resolve("out"), false, false, Optional.empty(),
                TestSites.CLOCK, Optional.of(cache())), recorder, 2)) {
            engine.build();
        }
        return recorder;
    }

    private List<Problem> cacheWarnings(RecordingReporter recorder) {
        return recorder.warnings.stream().filter(p -> p.position().file().startsWith(cache().toString())).toList();
    }

    private static byte[] sha256(byte[] bytes) {
        return Fingerprints.sha256().digest(bytes);
    }

    /** {@code entry} as the earlier format wrote it: the same parts, checked by SHA-256s, under its magic. */
    private static byte[] asOldFormat(byte[] entry) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(entry));
        in.readInt();
        String stamp = in.readUTF(), key = in.readUTF();
        byte[] summary = in.readNBytes(in.readInt());
        in.readNBytes(32);
        byte[] body = in.readNBytes(in.readInt());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(OLD_MAGIC);
            out.writeUTF(stamp);
            out.writeUTF(key);
            out.writeInt(summary.length);
            out.write(summary);
            out.write(sha256(summary));
            out.writeInt(body.length);
            out.write(body);
            out.write(sha256(body));
        }
        return bytes.toByteArray();
    }

    @Test
    void theChecksAreTheCrcsOfTheBytesAndTheirLength() {
        byte[] bytes = "<p>Text.</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // CRC-32C, CRC-32 (as zlib computes it), the length 12, then zeros
        assertEquals("a1795669" + "032c8150" + "000000000000000c" + "0".repeat(32),
                java.util.HexFormat.of().formatHex(ArticleCache.check(bytes, bytes.length)));
    }

    @Test
    void aCacheInMemoryKeysByThePartsAndAFolderByTheirSha256() {
        ArticleCache memory = new ArticleCache(Optional.empty(), "stamp");
        ArticleCache folder = new ArticleCache(Optional.of(cache()), "stamp");

        assertEquals("config\0content/a.md\0crc:560d5cb01e04ceb8-40",
                memory.key("content/a.md", "crc:560d5cb01e04ceb8-40", "config"));
        // the SHA-256 of the stamp, configuration, path and digest, each after its length in four bytes
        // (Python's hashlib over struct.pack('>I', len) + part gives the same)
        assertEquals("5a39ddcac9d6552958f57147d95e0292da874ab3ef318d57988019de1c7bfc8c",
                folder.key("content/a.md", "88f0d618b1ff2544cfe3410a1b4c7bcdcb515943137b262dadf757c55c292a6c", "config"));
    }

    @Test
    void anEntryOfTheFormatWithTextDatesIsRenderedAgainWithOneWarning() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site);
        Map<String, String> good = FileTree.snapshot(tmp.resolve("out"));
        Path entry = firstEntryWithoutPack();
        byte[] bytes = Files.readAllBytes(entry);
        assertEquals("444c4135", java.util.HexFormat.of().formatHex(bytes, 0, 4), "DLA5: positions by key number");
        bytes[3] = 0x33; // DLA3, whose summaries held dates as ISO text
        Files.write(entry, bytes);

        assertRenderedAgainWithOneWarning(site, good);
    }

    @Test
    void anEntryOfTheEarlierFormatIsRenderedAgainWithOneWarning() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site);
        Map<String, String> good = FileTree.snapshot(tmp.resolve("out"));
        Path entry = firstEntryWithoutPack();
        Files.write(entry, asOldFormat(Files.readAllBytes(entry)));

        assertRenderedAgainWithOneWarning(site, good);
    }

    /** The next build warns once of one damaged entry and writes {@code good} again; the one after warns of nothing. */
    private void assertRenderedAgainWithOneWarning(Path site, Map<String, String> good) throws IOException {
        RecordingReporter again = build(site);

        assertEquals(List.of(Problem.warning(SourcePosition.of(cache().toString()), "1 cache entry was damaged or"
                + " unreadable, so those articles were rendered again", "nothing to do: the cache has been rewritten;"
                + " if this repeats, check the disk or delete the folder")), cacheWarnings(again));
        assertEquals(good, FileTree.snapshot(tmp.resolve("out")));
        assertEquals(List.of(), cacheWarnings(build(site)), "the entry was written again in this format");
    }
}
