package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.diag.Problem;
import org.dateline.testing.FileTree;
import org.dateline.testing.RecordingReporter;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code dateline build} after an edit, in a fresh JVM: every build here is a new {@link Engine}
 * sharing only the cache folder and the output with the last one, as two runs of the command do.
 * After edits of articles it takes the quick way ({@link FreshStart}); after any other change, or
 * with a damaged index, the whole way; and it writes the files of a cold build either way.
 */
class FreshStartTest {

    private static final String HARBOUR = ColdBuilds.HARBOUR;
    private static final String FERRY = ColdBuilds.FERRY;
    private static final String TIDES = "content/science/tides.md";

    @TempDir
    Path tmp;

    /** What one fresh build did. */
    private record Built(boolean quick, List<String> rendered, List<Problem> warnings, int pages) {
    }

    private Path output() {
        return tmp.resolve("out");
    }

    private Built build(Path site, Clock clock, int threads) {
        RecordingReporter recorder = new RecordingReporter();
        try (Engine engine = new Engine(new BuildRequest(site, output(), false, false, Optional.empty(), clock,
                Optional.of(tmp.resolve("cache"))), recorder, threads)) {
            int pages = engine.build().pages();
            return new Built(engine.lastQuick(), engine.lastRendered(), List.copyOf(recorder.warnings), pages);
        }
    }

    private Built build(Path site) {
        return build(site, TestSites.CLOCK, 2);
    }

    /** The newsroom with a standalone page, an expired article, and bodies long enough to be keyed. */
    private Path site() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        ColdBuilds.addPageAndExpiredArticle(site);
        ColdBuilds.keyFerryBody(site);
        return site;
    }

    private void assertCold(Path site, Clock clock, String name) {
        Map<String, String> cold = ColdBuilds.of(tmp, site, clock, false, 2);
        Map<String, String> built = FileTree.snapshot(output());
        ColdBuilds.assertSameFiles(cold, built, name);
    }

    /**
     * What the index says the kept output ({@code .out.previous}) holds is what it holds: a fresh start
     * trusts it instead of walking that folder for files to delete.
     */
    private void assertKeptKnown(String name) throws IOException {
        String stamp = EngineStamp.compute();
        Path cache = tmp.resolve("cache");
        SiteState state = SiteState.decode(Files.readAllBytes(cache.resolve(SiteState.FILE)), stamp).orElseThrow();
        FreshIndex index = FreshIndex.decode(Files.readAllBytes(cache.resolve(FreshIndex.FILE)), stamp).orElseThrow();
        Path kept = tmp.resolve(".out.previous");
        java.util.Set<String> held;
        try (java.util.stream.Stream<Path> walk = Files.walk(kept)) {
            held = walk.filter(Files::isRegularFile).map(file -> kept.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !path.equals(".dateline-output")).collect(java.util.stream.Collectors.toSet());
        }
        assertEquals(new java.util.TreeSet<>(held), new java.util.TreeSet<>(index.kept().orElseThrow()
                .files(state.manifest().entries().keySet())), name + ": what the kept output holds");
        // and every file both hold that the build did not write anew is one file in both: the next fresh start takes it over unseen
        java.util.Set<String> renewed = index.kept().orElseThrow().renewed();
        List<String> notShared = new java.util.ArrayList<>();
        for (String path : state.manifest().entries().keySet()) {
            if (held.contains(path) && !renewed.contains(path) && !Files.isSameFile(output().resolve(path), kept.resolve(path))) {
                notShared.add(path);
            }
        }
        assertEquals(List.of(), notShared, name + ": files said to be one in both outputs that are not");
        assertTrue(renewed.size() < state.manifest().entries().size(), name + ": some files are not written anew: " + renewed);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void editsOfArticlesTakeTheQuickWayAndWriteAColdBuildsBytes(int threads) throws IOException {
        Path site = site();
        assertFalse(build(site, TestSites.CLOCK, threads).quick(), "the first build");

        TestSites.replace(site, HARBOUR, "the harbour vote was close", "the harbour vote was very close");
        Built body = build(site, TestSites.CLOCK, threads);
        assertTrue(body.quick(), "a body edit takes the quick way");
        // the pages that show the article's record (its page, listings, feeds, related boxes), not the others
        assertTrue(body.rendered().contains("world/2024/06/10/harbour-vote/index.html"), body.rendered().toString());
        assertFalse(body.rendered().contains("science/index.html"), body.rendered().toString());
        assertFalse(body.rendered().contains("tags/budget/index.html"), body.rendered().toString());
        assertCold(site, TestSites.CLOCK, "body edit");
        assertKeptKnown("body edit");

        TestSites.replace(site, HARBOUR, "tags: [harbour, transport]", "tags: [harbour, transport, ferries]");
        Built tags = build(site, TestSites.CLOCK, threads);
        assertTrue(tags.quick(), "a tag edit takes the quick way");
        assertTrue(tags.rendered().contains("tags/ferries/index.html"), tags.rendered().toString());
        assertFalse(tags.rendered().contains("science/index.html"), tags.rendered().toString());
        assertCold(site, TestSites.CLOCK, "tag edit");
        assertKeptKnown("tag edit");

        TestSites.replace(site, HARBOUR, "ferries]", "ferries, quay]");
        Built added = build(site, TestSites.CLOCK, threads);
        assertTrue(added.quick(), "a new tag takes the quick way");
        assertTrue(FileTree.snapshot(output()).containsKey("tags/quay/index.html"), "the new tag's page");
        assertEquals(FileTree.snapshot(output()).keySet().stream().filter(path -> path.endsWith(".html")).count(),
                added.pages(), "the pages the build reports");
        assertCold(site, TestSites.CLOCK, "new tag");
        assertKeptKnown("new tag");

        TestSites.replace(site, HARBOUR, ", quay]", "]");
        assertTrue(build(site, TestSites.CLOCK, threads).quick(), "a tag's last article leaves on the quick way");
        assertFalse(FileTree.snapshot(output()).containsKey("tags/quay/index.html"), "the tag's page is gone");
        assertCold(site, TestSites.CLOCK, "tag gone");
        assertKeptKnown("tag gone");

        TestSites.replace(site, HARBOUR, "date: 2024-06-10T10:00:00+03:00", "date: 2024-06-10T09:00:00+03:00");
        assertFalse(build(site, TestSites.CLOCK, threads).quick(), "a new date moves the article: the whole way");
        assertCold(site, TestSites.CLOCK, "new date");

        TestSites.replace(site, HARBOUR, "title: Harbour vote", "title: Harbour vote passes");
        TestSites.replace(site, FERRY, "talks go on.", "talks go on and on.");
        Built two = build(site, TestSites.CLOCK, threads);
        assertTrue(two.quick(), "a title edit and a body edit of two articles take the quick way");
        assertCold(site, TestSites.CLOCK, "title and body edits");
        assertKeptKnown("title and body edits");

        TestSites.replace(site, ColdBuilds.ABOUT, "since 1921", "since 1922");
        assertTrue(build(site, TestSites.CLOCK, threads).quick(), "a standalone page's body edit");
        assertCold(site, TestSites.CLOCK, "standalone page");
        assertKeptKnown("standalone page");
        assertEquals(List.of(), build(site, TestSites.CLOCK, threads).rendered(), "then nothing changed");
    }

    @Test
    void everyOtherChangeTakesTheWholeWay() throws IOException {
        Path site = site();
        build(site);
        List<Runnable> changes = List.of(
                () -> TestSites.write(site, "content/world/new-pier.md", "---\ntitle: New pier\n"
                        + "date: 2024-06-20T09:00:00Z\ntags: [harbour]\n---\nA new pier opens.\n"),
                () -> TestSites.delete(site.resolve("content/world/new-pier.md")),
                () -> TestSites.replace(site, "templates/story.peb", "</li>", "</li>\n"),
                () -> TestSites.write(site, "static/images/quay.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><g/></svg>"),
                () -> TestSites.write(site, "site.yaml", TestSites.read(site, "site.yaml") + "page_size: 2\n"));
        List<String> names = List.of("article added", "article deleted", "template edited", "static file replaced",
                "site.yaml changed");
        for (int i = 0; i < changes.size(); i++) {
            changes.get(i).run();
            TestSites.replace(site, HARBOUR, "The council voted", "The council voted " + i + " times; it");
            assertFalse(build(site).quick(), names.get(i) + " with a body edit takes the whole way");
            assertCold(site, TestSites.CLOCK, names.get(i));
            TestSites.replace(site, TIDES, "\n---\n", "\n---\nTides rose " + i + " times.\n");
            assertTrue(build(site).quick(), "after " + names.get(i) + ", the next body edit is quick again");
            assertCold(site, TestSites.CLOCK, "body edit after " + names.get(i));
        }
    }

    @Test
    void theClockPastTheLastBuildsHorizonTakesTheWholeWay() throws IOException {
        Path site = site();
        TestSites.write(site, "content/world/night-ferry.md", "---\ntitle: Night ferry\ndate: 2024-07-02T09:00:00Z\n"
                + "tags: [transport]\n---\nThe night ferry starts tomorrow.\n");
        build(site);
        Clock later = Clock.fixed(Instant.parse("2024-07-03T12:00:00Z"), ZoneOffset.UTC);
        TestSites.replace(site, HARBOUR, "The council voted.", "The council voted again.");
        assertFalse(build(site, later, 2).quick(), "the night ferry is published now");
        assertCold(site, later, "past the horizon");
        assertTrue(FileTree.snapshot(output()).containsKey("world/2024/07/02/night-ferry/index.html"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"damaged", "truncated", "foreign", "empty"})
    void aDamagedIndexIsOneWarningAndTheWholeWay(String damage) throws IOException {
        Path site = site();
        build(site);
        Path index = tmp.resolve("cache").resolve(FreshIndex.FILE);
        byte[] bytes = Files.readAllBytes(index);
        switch (damage) {
            case "damaged" -> bytes[bytes.length / 2] ^= 0x20;
            case "truncated" -> bytes = java.util.Arrays.copyOf(bytes, bytes.length - 40);
            case "foreign" -> bytes = foreign();
            default -> bytes = new byte[0];
        }
        Files.write(index, bytes);
        TestSites.replace(site, HARBOUR, "The council voted.", "The council voted twice.");
        Built built = build(site);
        assertFalse(built.quick(), damage + " index");
        List<String> messages = built.warnings().stream().map(Problem::message).toList();
        assertEquals(List.of(damage.equals("foreign")
                ? "the build state was written by another build of Dateline, so every article and page was checked again"
                : "the build state was damaged or unreadable, so every article and page was checked again"), messages);
        assertEquals(index.toString(), built.warnings().get(0).position().file());
        assertCold(site, TestSites.CLOCK, damage + " index");
        TestSites.replace(site, HARBOUR, "voted twice.", "voted thrice.");
        assertTrue(build(site).quick(), "the index was written again");
        assertCold(site, TestSites.CLOCK, "after a " + damage + " index");
    }

    private SiteState.Read state() throws IOException {
        return SiteState.read(Files.readAllBytes(tmp.resolve("cache").resolve(SiteState.FILE)), EngineStamp.compute())
                .orElseThrow();
    }

    private FreshIndex.Read indexRead() throws IOException {
        return FreshIndex.read(Files.readAllBytes(tmp.resolve("cache").resolve(FreshIndex.FILE)), EngineStamp.compute())
                .orElseThrow();
    }

    @Test
    void editsAreWrittenAsChangesToTheStateFilesAndADamagedChangeIsOneWarning() throws IOException {
        Path site = site();
        build(site);
        SiteState.Read cold = state();
        FreshIndex.Read coldIndex = indexRead();

        TestSites.replace(site, HARBOUR, "The council voted.", "The council voted twice.");
        assertTrue(build(site).quick(), "a body edit");
        assertCold(site, TestSites.CLOCK, "body edit");
        assertTrue(state().manifestBase().sameBytes(cold.manifestBase()), "site.state keeps the cold build's base");
        assertTrue(indexRead().articlesBase().sameBytes(coldIndex.articlesBase()), "fresh.state keeps the cold build's base");
        String page = "world/2024/06/10/harbour-vote/index.html";
        assertEquals(Files.size(output().resolve(page)), state().state().manifest().entries().get(page).size(),
                "the manifest (base and changes) holds the edited page as written");

        TestSites.replace(site, FERRY, "talks go on.", "talks go on and on.");
        assertTrue(build(site).quick(), "a second body edit, from the state written as changes");
        assertCold(site, TestSites.CLOCK, "second body edit");
        assertTrue(state().manifestBase().sameBytes(cold.manifestBase()), "still the cold build's base");
        assertEquals(List.of(), build(site).rendered(), "then nothing changed");

        Path file = tmp.resolve("cache").resolve(SiteState.FILE);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 6] ^= 0x01; // the last change's bytes, before the checksum
        Files.write(file, bytes);
        TestSites.replace(site, HARBOUR, "voted twice.", "voted thrice.");
        Built damaged = build(site);
        assertFalse(damaged.quick(), "a damaged change: the whole way");
        assertEquals(List.of("the build state was damaged or unreadable, so every article and page was checked"
                + " again"), damaged.warnings().stream().map(Problem::message).toList());
        assertEquals(file.toString(), damaged.warnings().get(0).position().file());
        assertCold(site, TestSites.CLOCK, "after a damaged change");
        TestSites.replace(site, HARBOUR, "voted thrice.", "voted four times.");
        Built next = build(site);
        assertTrue(next.quick(), "the state was written again");
        assertEquals(List.of(), next.warnings(), "and is intact");
        assertCold(site, TestSites.CLOCK, "after the state was written again");
    }

    @Test
    void afterAnUpgradeTheStatesWarningIsTheOnlyOne() throws IOException {
        Path site = site();
        build(site);
        Path cache = tmp.resolve("cache");
        Files.write(cache.resolve(FreshIndex.FILE), foreign());
        Files.write(cache.resolve(SiteState.FILE), new SiteState("inputs", Instant.EPOCH, Instant.EPOCH, 0, 0, 0,
                List.of(), Optional.empty(), Optional.empty(), org.dateline.write.OutputManifest.EMPTY)
                .encode("another build"));
        TestSites.replace(site, HARBOUR, "The council voted.", "The council voted twice.");
        Built built = build(site);
        assertEquals(List.of("the build state was written by another build of Dateline, so every article and page"
                + " was checked again"), built.warnings().stream().map(Problem::message).toList());
        assertEquals(cache.resolve(SiteState.FILE).toString(), built.warnings().get(0).position().file());
        assertCold(site, TestSites.CLOCK, "after an upgrade");
    }

    /**
     * A build over an output that no manifest describes (made with {@code --no-cache}) takes its files over
     * by their bytes and keeps it beside the new one: it lists what that kept output holds, a file left there
     * by hand too, so that the edit after it knows, where it walked the whole kept output for files to delete.
     */
    @Test
    void theOutputABuildTookOverUnrecordedIsListedForTheEditAfterIt() throws IOException {
        Path site = site();
        try (Engine engine = new Engine(new BuildRequest(site, output(), false, false, Optional.empty(), TestSites.CLOCK,
                Optional.empty()), new RecordingReporter(), 2)) {
            engine.build();
        }
        Files.writeString(output().resolve("left-by-hand.txt"), "not a page\n");
        build(site);
        assertKeptKnown("the output no manifest described, kept");
        FreshIndex index = FreshIndex.decode(Files.readAllBytes(tmp.resolve("cache").resolve(FreshIndex.FILE)),
                EngineStamp.compute()).orElseThrow();
        assertEquals(java.util.Set.of("left-by-hand.txt"), index.kept().orElseThrow().extra(), "what only the kept output holds");

        TestSites.replace(site, HARBOUR, "the harbour vote was close", "the harbour vote was very close");
        assertTrue(build(site).quick(), "the body edit after it takes the quick way");
        assertCold(site, TestSites.CLOCK, "body edit after the output was taken over");
        assertKeptKnown("body edit after the output was taken over");
        assertFalse(Files.exists(tmp.resolve(".out.previous/left-by-hand.txt")), "the file left by hand, pruned");
    }

    @Test
    void aPageChangedInTheOutputIsMadeAgainNotTakenFromIt() throws IOException {
        Path site = site();
        build(site);
        Path science = output().resolve("science/index.html");
        Files.writeString(science, "tampered");
        TestSites.replace(site, HARBOUR, "The council voted.", "The council voted twice.");
        assertFalse(build(site).quick(), "an output that is not the recorded one");
        assertCold(site, TestSites.CLOCK, "tampered output");
    }

    @Test
    void anEditThatKeepsTheSizeAndTheTimeOfAnArticleIsStillSeen() throws IOException {
        Path site = site();
        build(site);
        // the index as a build run long after the files were written leaves it: every article's stat
        // (this one's files are too new for their stats to be trusted, see FileStat.settled)
        Path file = tmp.resolve("cache").resolve(FreshIndex.FILE);
        String stamp = EngineStamp.compute();
        FreshIndex index = FreshIndex.decode(Files.readAllBytes(file), stamp).orElseThrow();
        Map<String, org.dateline.load.FileStat> stats = new java.util.HashMap<>();
        index.digests().keySet().forEach(path -> stats.put(path, org.dateline.load.FileStat.of(site.resolve(path))
                .orElseThrow()));
        Files.write(file, new FreshIndex(index.inputs(), index.builtAt(), index.digests(), index.pages(),
                index.untracked(), stats, index.kept()).encode(stamp));

        Path harbour = site.resolve(HARBOUR);
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(harbour);
        long size = Files.size(harbour);
        TestSites.replace(site, HARBOUR, "The council voted.", "The council VOTED.");
        Files.setLastModifiedTime(harbour, time);
        assertEquals(size, Files.size(harbour));
        Built built = build(site);
        assertTrue(built.quick(), "a body edit");
        assertTrue(built.rendered().contains("world/2024/06/10/harbour-vote/index.html"), built.rendered().toString());
        assertCold(site, TestSites.CLOCK, "same size, same time");
    }

    private FreshIndex index() throws IOException {
        return FreshIndex.decode(Files.readAllBytes(tmp.resolve("cache").resolve(FreshIndex.FILE)), EngineStamp.compute())
                .orElseThrow();
    }

    private Map<String, java.util.Set<String>> reaches() throws IOException {
        Map<String, java.util.Set<String>> reaches = new java.util.TreeMap<>();
        index().pages().forEach(page -> reaches.put(page.path(), page.reaches()));
        return reaches;
    }

    /**
     * A build after a body edit writes the index's pages as it read them (FreshIndex.PageSection); one
     * whose pages reach other articles, with the same pages, records the new reach, which the next
     * quick build goes by.
     */
    @Test
    void theIndexRecordsWhatThePagesReachNowAfterEveryQuickBuild() throws IOException {
        Path site = site();
        build(site);
        String transport = "tags/transport/index.html", budget = "tags/budget/index.html";
        Map<String, java.util.Set<String>> first = reaches();
        assertTrue(first.get(transport).contains(HARBOUR), first.get(transport).toString());
        assertFalse(first.get(budget).contains(HARBOUR), first.get(budget).toString());

        TestSites.replace(site, HARBOUR, "The council voted.", "The council voted twice.");
        assertTrue(build(site).quick(), "a body edit");
        assertEquals(first, reaches(), "a body edit changes no page's reach");

        // the same pages (both tags keep other articles), the article now on the other tag's page
        TestSites.replace(site, HARBOUR, "tags: [harbour, transport]", "tags: [harbour, budget]");
        assertTrue(build(site).quick(), "a tag edit");
        assertCold(site, TestSites.CLOCK, "tag moved");
        Map<String, java.util.Set<String>> moved = reaches();
        assertEquals(first.keySet(), moved.keySet(), "the same pages");
        assertFalse(moved.get(transport).contains(HARBOUR), moved.get(transport).toString());
        assertTrue(moved.get(budget).contains(HARBOUR), moved.get(budget).toString());

        TestSites.replace(site, HARBOUR, "title: Harbour vote", "title: Harbour vote passes");
        assertTrue(build(site).quick(), "a title edit");
        assertCold(site, TestSites.CLOCK, "title edit after the tag moved");
        TestSites.replace(site, HARBOUR, "voted twice.", "voted thrice.");
        assertTrue(build(site).quick(), "a body edit");
        assertEquals(moved, reaches(), "as the tag edit left them");
        assertCold(site, TestSites.CLOCK, "body edit after the tag moved");
    }

    /** An index as another Dateline would write it: the same magic, another stamp, a valid checksum. */
    private static byte[] foreign() {
        return new FreshIndex("inputs", Instant.EPOCH, Map.of(), List.of(), java.util.Set.of(),
                Map.of(), Optional.empty()).encode("another build");
    }

}
