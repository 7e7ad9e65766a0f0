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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.dateline.diag.Problem;
import org.dateline.diag.Reporter;
import org.dateline.diag.SourcePosition;
import org.dateline.testing.FileTree;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The recorded site state: a fresh engine tells from it alone that nothing changed (and reports the
 * same result), and anything else that changes the output, the clock included, is noticed.
 */
class SiteStateTest {

    @TempDir
    Path tmp;

    private static final class Warnings implements Reporter {
        final List<Problem> seen = new ArrayList<>();

        @Override
        public void debug(Supplier<String> message) {
        }

        @Override
        public void info(String message) {
        }

        @Override
        public synchronized void warn(Problem problem) {
            seen.add(problem);
        }

        @Override
        public void stage(String name, int count, java.time.Duration took) {
        }
    }

    private record Built(BuildResult result, boolean unchanged, List<Problem> warned) {
    }

    private Built build(Path site, Clock clock, boolean drafts) {
        Warnings warnings = new Warnings();
        try (Engine engine = new Engine(new BuildRequest(site, tmp.resolve("out"), drafts, false, Optional.empty(),
                clock, Optional.of(tmp.resolve("cache"))), warnings, 2)) {
            return new Built(engine.build(), engine.lastUnchanged(), warnings.seen);
        }
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void aFreshEngineFindsNothingChangedFromTheStateAloneAndReportsTheSameResult() {
        Path site = TestSites.copy("messy", tmp);
        Built first = build(site, TestSites.CLOCK, false);
        assertFalse(first.unchanged());
        assertFalse(first.result().warnings().isEmpty(), "the fixture has warnings to report again");
        Map<String, String> tree = FileTree.snapshot(tmp.resolve("out"));

        Built again = build(site, TestSites.CLOCK, false);
        assertTrue(again.unchanged());
        BuildResult a = first.result();
        BuildResult b = again.result();
        assertEquals(List.of(a.articles(), a.skipped(), a.pages(), a.files(), a.bytes()),
                List.of(b.articles(), b.skipped(), b.pages(), b.files(), b.bytes()));
        assertEquals(a.warnings(), b.warnings());
        assertEquals(a.warnings(), again.warned());
        assertEquals(List.of(a.nextPublication(), a.nextExpiry()), List.of(b.nextPublication(), b.nextExpiry()));
        assertEquals(tree, FileTree.snapshot(tmp.resolve("out")));
    }

    @Test
    void aBuildThatFindsNothingChangedStillRemovesWhatAKilledBuildLeftBesideTheOutput() throws IOException {
        Path site = TestSites.copy("messy", tmp);
        build(site, TestSites.CLOCK, false);
        Map<String, String> tree = FileTree.snapshot(tmp.resolve("out"));
        // as a build killed while it wrote leaves it: the marker first, then some pages
        Path staging = Files.createDirectories(tmp.resolve(".out.staging-12345"));
        Files.writeString(staging.resolve(".dateline-output"), "marker\n");
        Files.writeString(Files.createDirectories(staging.resolve("world")).resolve("index.html"), "half\n");

        Built again = build(site, TestSites.CLOCK, false);
        assertTrue(again.unchanged(), "nothing changed, so the build should not write");
        assertFalse(Files.exists(staging), "the killed build's staging folder should be gone");
        assertEquals(tree, FileTree.snapshot(tmp.resolve("out")));
    }

    private static void write(Path site, String file, String text) {
        TestSites.write(site, file, text);
    }

    private static void append(Path site, String file, String text) {
        try {
            Files.writeString(site.resolve(file), Files.readString(site.resolve(file)) + text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each edit of an input the state must notice, by name. */
    private static final Map<String, Consumer<Path>> EDITS = Map.of(
            "article", site -> append(site, "content/world/harbour-vote.md", "\nOne more line.\n"),
            "site.yaml", site -> append(site, "site.yaml", "\n# a comment changes the bytes, and so the key\n"),
            "template", site -> write(site, "templates/footer.peb", "<footer>Our own footer</footer>\n"),
            "static file", site -> write(site, "static/robots-extra.txt", "extra\n"),
            "data file", site -> append(site, "data/authors.yaml", "\n"),
            "file beside the articles", site -> write(site, "content/world/notes.txt", "a stray file\n"),
            "section file", site -> write(site, "content/world/_index.md", "---\ntitle: World news\n---\n"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"article", "site.yaml", "template", "static file", "data file", "file beside the articles",
        "section file"})
    void anEditOfAnyInputIsNoticedAndBuildsTheColdBytes(String kind) {
        Path site = TestSites.copy("newsroom", tmp);
        build(site, TestSites.CLOCK, false);
        EDITS.get(kind).accept(site);
        Built again = build(site, TestSites.CLOCK, false);
        assertFalse(again.unchanged(), kind);
        assertEquals(ColdBuilds.of(tmp, site, TestSites.CLOCK, false, 2), FileTree.snapshot(tmp.resolve("out")), kind);
        assertTrue(build(site, TestSites.CLOCK, false).unchanged(), kind + ": then unchanged again");
    }

    @Test
    void anotherOptionIsAnotherSite() {
        Path site = TestSites.copy("scheduling", tmp);
        build(site, TestSites.CLOCK, false);
        Built drafts = build(site, TestSites.CLOCK, true);
        assertFalse(drafts.unchanged());
        assertEquals(ColdBuilds.of(tmp, site, TestSites.CLOCK, true, 2), FileTree.snapshot(tmp.resolve("out")));
    }

    @Test
    void theClockReachingAScheduledArticleRebuilds() {
        Path site = TestSites.copy("scheduling", tmp);
        build(site, TestSites.CLOCK, false);
        assertTrue(build(site, at("2024-07-02T05:59:59Z"), false).unchanged(), "a second before it is due");
        Clock due = at("2024-07-02T06:00:00Z");
        assertFalse(build(site, due, false).unchanged());
        assertEquals(ColdBuilds.of(tmp, site, due, false, 2), FileTree.snapshot(tmp.resolve("out")));
    }

    @Test
    void anArticleLeavingTheNewsSitemapsTwoDayWindowRebuilds() {
        // harbour-vote.md is dated 2024-06-10T10:00+03:00: in the news sitemap until 2024-06-12T07:00Z
        Path site = TestSites.copy("newsroom", tmp);
        build(site, at("2024-06-11T00:00:00Z"), false);
        assertTrue(build(site, at("2024-06-12T07:00:00Z"), false).unchanged(), "the window's last moment");
        Clock after = at("2024-06-12T07:00:01Z");
        assertFalse(build(site, after, false).unchanged());
        assertEquals(ColdBuilds.of(tmp, site, after, false, 2), FileTree.snapshot(tmp.resolve("out")));
    }

    @Test
    void aDamagedStateIsOneWarningAndAFullBuild() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site, TestSites.CLOCK, false);
        Map<String, String> good = FileTree.snapshot(tmp.resolve("out"));
        Path state = tmp.resolve("cache").resolve(SiteState.FILE);
        byte[] bytes = Files.readAllBytes(state);
        bytes[bytes.length / 2] ^= 1;
        Files.write(state, bytes);

        Built rebuilt = build(site, TestSites.CLOCK, false);
        assertFalse(rebuilt.unchanged());
        assertEquals(List.of(Problem.warning(SourcePosition.of(state.toString()), "the build state was damaged or"
                + " unreadable, so every article and page was checked again", "nothing to do: it has been rewritten;"
                + " if this repeats, check the disk or delete the cache folder")), rebuilt.warned());
        assertEquals(good, FileTree.snapshot(tmp.resolve("out")));

        Built healed = build(site, TestSites.CLOCK, false);
        assertTrue(healed.unchanged());
        assertEquals(List.of(), healed.warned());
    }

    @Test
    void aStateOfAnotherDatelineBuildIsSaidSo() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site, TestSites.CLOCK, false);
        Path state = tmp.resolve("cache").resolve(SiteState.FILE);
        SiteState recorded = SiteState.decode(Files.readAllBytes(state), EngineStamp.compute()).orElseThrow();
        Files.write(state, recorded.encode("0.1+older"));

        Built rebuilt = build(site, TestSites.CLOCK, false);
        assertFalse(rebuilt.unchanged());
        assertEquals(List.of(Problem.warning(SourcePosition.of(state.toString()), "the build state was written by"
                + " another build of Dateline, so every article and page was checked again",
                "nothing to do: it has been rewritten")), rebuilt.warned());
        assertTrue(build(site, TestSites.CLOCK, false).unchanged());
    }

    @Test
    void anOutputFileChangedByHandDefeatsTheShortcut() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        build(site, TestSites.CLOCK, false);
        Map<String, String> good = FileTree.snapshot(tmp.resolve("out"));
        Files.writeString(tmp.resolve("out/index.html"), "edited by hand");
        assertFalse(build(site, TestSites.CLOCK, false).unchanged());
        assertEquals(good, FileTree.snapshot(tmp.resolve("out")));
    }
}
