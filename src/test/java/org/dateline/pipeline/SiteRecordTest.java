package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dateline.diag.Reporter;
import org.dateline.testing.FileTree;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A fresh start puts the last build's site together from its {@link SiteRecord} ({@code site.record}
 * in the cache folder) rather than assembling it: every build here is a new {@link Engine}, as two runs
 * of {@code dateline build} are. With the record, and with a damaged, missing or another build's one,
 * an edit writes a cold build's bytes; a record that lies (sealed as a good one is) is believed, which
 * shows that the site is taken from it.
 */
class SiteRecordTest {

    private static final String HARBOUR = ColdBuilds.HARBOUR;
    private static final String USED = "the site is the last build's, as its record holds it";

    @TempDir
    Path tmp;

    /** What one fresh build did: whether it took the quick way, and whether its site came from the record. */
    private record Built(boolean quick, boolean recorded) {
    }

    private Path cache() {
        return tmp.resolve("cache");
    }

    private Built build(Path site, int threads) {
        List<String> debug = new ArrayList<>();
        Reporter reporter = new Reporter.Silent() {
            @Override
            public synchronized void debug(Supplier<String> message) {
                debug.add(message.get());
            }
        };
        try (Engine engine = new Engine(new BuildRequest(site, tmp.resolve("out"), false, false, Optional.empty(),
                TestSites.CLOCK, Optional.of(cache())), reporter, threads)) {
            engine.build();
            return new Built(engine.lastQuick(), debug.stream().anyMatch(line -> line.startsWith(USED)));
        }
    }

    private Path site() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        ColdBuilds.addPageAndExpiredArticle(site);
        ColdBuilds.keyFerryBody(site);
        return site;
    }

    private void assertCold(Path site, String name) {
        Map<String, String> cold = ColdBuilds.of(tmp, site, 2);
        assertEquals(cold, FileTree.snapshot(tmp.resolve("out")), name + ": the files of a cold build");
    }

    private SiteRecord record() throws IOException {
        return SiteRecord.decode(Files.readAllBytes(cache().resolve(SiteRecord.FILE)), EngineStamp.compute())
                .orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aFreshStartAfterEditsTakesTheSiteFromTheRecordAndWritesAColdBuildsBytes(int threads) throws IOException {
        Path site = site();
        assertFalse(build(site, threads).recorded(), "the first build has no record to take");
        SiteRecord first = record();
        assertEquals(5, first.listed().length, "the listed articles recorded");
        assertEquals(1, first.expired().length, "the expired article recorded");
        assertEquals(1, first.pages().length, "the standalone page recorded");

        TestSites.replace(site, HARBOUR, "the harbour vote was close", "the harbour vote was very close");
        assertEquals(new Built(true, true), build(site, threads), "a body edit");
        assertCold(site, "body edit");

        TestSites.replace(site, HARBOUR, "tags: [harbour, transport]", "tags: [harbour, transport, ferries]");
        assertEquals(new Built(true, true), build(site, threads), "a tag edit");
        assertCold(site, "tag edit");
        assertTrue(record().tags().stream().anyMatch(tag -> tag.slug().equals("ferries")),
                "the record after a tag edit holds the new tag");

        TestSites.replace(site, HARBOUR, "the harbour vote was very close", "the harbour vote was close");
        assertEquals(new Built(true, true), build(site, threads), "a body edit after the tag edit");
        assertCold(site, "body edit after the tag edit");
    }

    /**
     * The record a fresh start's edit writes is the one a build of the whole way writes for the same
     * sources: after a body edit it is the last record with the edited article under its new key
     * ({@link SiteRecord#rekeyed}; an old key left in it would have the next fresh start take the
     * article's old entry), after a tag edit it is made anew.
     */
    @ParameterizedTest
    @ValueSource(strings = {"body", "tags"})
    void theRecordAnEditWritesIsTheOneTheWholeWayWrites(String edit) throws IOException {
        Path site = site();
        build(site, 2);
        byte[] before = Files.readAllBytes(cache().resolve(SiteRecord.FILE));
        if (edit.equals("body")) {
            TestSites.replace(site, HARBOUR, "the harbour vote was close", "the harbour vote was very close");
        } else {
            TestSites.replace(site, HARBOUR, "tags: [harbour, transport]", "tags: [harbour, transport, ferries]");
        }
        assertEquals(new Built(true, true), build(site, 2), "a fresh start");
        byte[] quick = Files.readAllBytes(cache().resolve(SiteRecord.FILE));
        assertFalse(java.util.Arrays.equals(before, quick), "the record changed with the edit");

        Files.delete(cache().resolve(SiteState.FILE)); // the same sources again, built the whole way
        assertEquals(new Built(false, false), build(site, 2), "the whole way");
        assertArrayEquals(Files.readAllBytes(cache().resolve(SiteRecord.FILE)), quick, edit + ": the record");
    }

    @Test
    void aDamagedMissingOrOtherBuildsRecordIsNotTakenAndTheBytesAreTheSame() throws IOException {
        Path site = site();
        build(site, 2);
        byte[] older = Files.readAllBytes(cache().resolve(SiteRecord.FILE));

        byte[] damaged = older.clone();
        damaged[damaged.length / 2] ^= 1;
        Files.write(cache().resolve(SiteRecord.FILE), damaged);
        TestSites.replace(site, HARBOUR, "the harbour vote was close", "the harbour vote was very close");
        assertEquals(new Built(true, false), build(site, 2), "with a damaged record");
        assertCold(site, "damaged record");

        Files.write(cache().resolve(SiteRecord.FILE), older); // intact, but the state's build is the one after it
        TestSites.replace(site, HARBOUR, "the harbour vote was very close", "the harbour vote was quite close");
        assertEquals(new Built(true, false), build(site, 2), "with the record of an earlier build");
        assertCold(site, "an earlier build's record");

        Files.delete(cache().resolve(SiteRecord.FILE));
        TestSites.replace(site, HARBOUR, "the harbour vote was quite close", "the harbour vote was close");
        assertEquals(new Built(true, false), build(site, 2), "without a record");
        assertCold(site, "no record");
        assertTrue(Files.isRegularFile(cache().resolve(SiteRecord.FILE)), "the build keeps a record again");
    }

    /**
     * The recorded articles are looked up in chunks, and what the cache does not give is made the
     * usual way, within the time limit: the unedited articles whose entries are damaged (all six: four
     * listed, the expired one and the page) are rendered again under their recorded keys, each counted
     * once (not once per way it was asked for), and the bytes are a cold build's.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void aDamagedEntryOnAFreshStartIsRenderedAgainCountedOnce(int threads) throws IOException {
        Path site = site();
        build(site, threads);
        Files.delete(cache().resolve(SummaryPack.FILE)); // every summary is read from its entry's own file
        List<Path> entries;
        try (java.util.stream.Stream<Path> walk = Files.walk(cache().resolve(ArticleCache.ARTICLES))) {
            entries = walk.filter(path -> path.toString().endsWith(".bin")).toList();
        }
        for (Path entry : entries) { // every entry but the edited article's, which is made from its new bytes
            byte[] bytes = Files.readAllBytes(entry);
            if (!new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains(HARBOUR)) {
                bytes[bytes.length / 3] ^= 1;
                Files.write(entry, bytes);
            }
        }
        TestSites.replace(site, HARBOUR, "the harbour vote was close", "the harbour vote was very close");

        org.dateline.testing.RecordingReporter recorder = new org.dateline.testing.RecordingReporter();
        try (Engine engine = new Engine(new BuildRequest(site, tmp.resolve("out"), false, false, Optional.empty(),
                TestSites.CLOCK, Optional.of(cache())), recorder, threads)) {
            engine.build();
            assertTrue(engine.lastQuick(), "a fresh start");
        }
        assertEquals(List.of("6 cache entries were damaged or unreadable, so those articles were rendered again"),
                recorder.warnings.stream().filter(p -> p.position().file().startsWith(cache().toString()))
                        .map(org.dateline.diag.Problem::message).toList());
        assertCold(site, "a damaged entry");
    }

    @Test
    void aRecordThatLiesIsBelievedSoTheSiteIsTakenFromIt() throws IOException {
        Path site = site();
        build(site, 2);
        SiteRecord told = record();
        int[] listed = told.listed().clone();
        int newest = listed[0];
        listed[0] = listed[1];
        listed[1] = newest;
        SiteRecord lying = new SiteRecord(told.inputs(), told.builtAt(), told.articleFingerprint(), told.salt(),
                told.files(), told.fileOf(), told.keys(), told.places(), listed, told.expired(), told.pages(),
                told.sections(), told.authors(), told.tags());
        Files.write(cache().resolve(SiteRecord.FILE), lying.encode(EngineStamp.compute()));
        TestSites.replace(site, HARBOUR, "the harbour vote was close", "the harbour vote was very close");
        assertEquals(new Built(true, true), build(site, 2), "with the lying record");
        // the site's feed shows the harbour article (edited: made again) in the place the record gives it; the
        // front page is not made again, as it shows no part of the body
        Map<String, String> cold = ColdBuilds.of(tmp, site, 2);
        assertNotEquals(cold.get("feed.xml"), FileTree.snapshot(tmp.resolve("out")).get("feed.xml"),
                "the feed lists the articles in the record's order");
    }

    /**
     * A record rekeyed from one read writes the read bytes of its shape and unchanged keys
     * ({@link SiteRecordCodec}): the bytes are the ones a whole encoding of the same record gives, whichever
     * keys changed (the first, one between, the last, all, none), and read back to the same keys; a record of
     * another shape (its lists not the ones read) is encoded whole.
     */
    @Test
    void aRekeyedRecordWritesTheBytesOfAWholeEncoding() throws IOException {
        build(site(), 2);
        SiteRecord read = record();
        assertTrue(read.encoded().isPresent(), "a record read keeps its bytes");
        String stamp = EngineStamp.compute();
        int count = read.keys().length;
        assertEquals(7, count, "the published articles");
        for (int[] changed : new int[][] {{}, {0}, {3}, {count - 1}, {0, 1, 5}, {0, 1, 2, 3, 4, 5, 6}}) {
            String[] keys = read.keys().clone();
            for (int i : changed) {
                keys[i] = "changed-key-" + i + "-" + "\u00e9".repeat(i); // of another length, not all ASCII
            }
            SiteRecord spliced = new SiteRecord("inputs-now", read.builtAt(), read.articleFingerprint(), read.salt(),
                    read.files(), read.fileOf(), keys, read.places(), read.listed(), read.expired(), read.pages(),
                    read.sections(), read.authors(), read.tags(), read.encoded());
            assertTrue(spliced.encoded().isPresent(), "the same shape keeps the bytes read");
            SiteRecord whole = new SiteRecord("inputs-now", read.builtAt(), read.articleFingerprint(), read.salt(),
                    read.files(), read.fileOf(), keys, read.places(), read.listed(), read.expired(), read.pages(),
                    read.sections(), read.authors(), read.tags());
            byte[] bytes = spliced.encode(stamp);
            assertArrayEquals(whole.encode(stamp), bytes, "keys changed: " + java.util.Arrays.toString(changed));
            assertEquals(List.of(keys), List.of(SiteRecord.decode(bytes, stamp).orElseThrow().keys()),
                    "the keys read back");
        }
        SiteRecord reshaped = new SiteRecord(read.inputs(), read.builtAt(), read.articleFingerprint(), read.salt(),
                read.files(), read.fileOf(), read.keys(), read.places(), read.listed().clone(), read.expired(),
                read.pages(), read.sections(), read.authors(), read.tags(), read.encoded());
        assertFalse(reshaped.encoded().isPresent(), "another shape's record keeps no bytes of this one");
    }

    /**
     * A record whose groups are not all the ones read (a front-matter edit's, {@link SiteRecord#regrouped})
     * writes the read bytes of its places and lists and of each group read, and writes the others: the
     * bytes a whole encoding gives, whichever groups were replaced, added, removed or reordered.
     */
    @Test
    void aRegroupedRecordWritesTheBytesOfAWholeEncoding() throws IOException {
        build(site(), 2);
        SiteRecord read = record();
        String stamp = EngineStamp.compute();
        List<SiteRecord.Grouped> tags = read.tags();
        assertTrue(tags.size() >= 3, "tags to change: " + tags.size());
        SiteRecord.Grouped added = new SiteRecord.Grouped("Ferries \u00e9", "ferries", "/tags/ferries/", new int[] {0, 4});
        SiteRecord.Grouped renumbered = new SiteRecord.Grouped(tags.get(1).name(), tags.get(1).slug(), tags.get(1).path(),
                new int[] {6});
        List<SiteRecord.Grouped> reversed = new java.util.ArrayList<>(tags);
        java.util.Collections.reverse(reversed);
        List<List<SiteRecord.Grouped>> variants = List.of(
                List.of(tags.get(0), renumbered, tags.get(2)),
                java.util.stream.Stream.concat(tags.stream(), java.util.stream.Stream.of(added)).toList(),
                List.of(added),
                List.of(),
                reversed);
        for (List<SiteRecord.Grouped> regrouped : variants) {
            List<SiteRecord.Grouped> authors = new java.util.ArrayList<>(read.authors()); // the same groups, another list
            SiteRecord spliced = new SiteRecord("inputs-now", read.builtAt(), read.articleFingerprint(), read.salt(),
                    read.files(), read.fileOf(), read.keys(), read.places(), read.listed(), read.expired(), read.pages(),
                    read.sections(), authors, regrouped, read.encoded());
            assertTrue(spliced.encoded().isPresent(), "the same places and lists keep the bytes read");
            SiteRecord whole = new SiteRecord("inputs-now", read.builtAt(), read.articleFingerprint(), read.salt(),
                    read.files(), read.fileOf(), read.keys(), read.places(), read.listed(), read.expired(), read.pages(),
                    read.sections(), authors, regrouped);
            byte[] bytes = spliced.encode(stamp);
            assertArrayEquals(whole.encode(stamp), bytes, "tags " + regrouped.stream().map(SiteRecord.Grouped::slug).toList());
            assertEquals(regrouped.stream().map(SiteRecord.Grouped::slug).toList(),
                    SiteRecord.decode(bytes, stamp).orElseThrow().tags().stream().map(SiteRecord.Grouped::slug).toList(),
                    "the tags read back");
        }
    }
}
