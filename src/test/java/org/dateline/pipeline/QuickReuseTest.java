package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.Reporter;
import org.dateline.testing.FileTree;
import org.dateline.testing.TestSites;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the dev server's quick rebuilds take over from the last build instead of computing it again:
 * the static files as listed and checked against the pages, and the clock's horizon. Each is taken
 * only while what it was made from is unchanged: a static file added or a page moved is listed and
 * checked again, and the clock past the horizon rebuilds what it changes.
 */
class QuickReuseTest {

    private static final String HARBOUR = ColdBuilds.HARBOUR;
    private static final String HARBOUR_PAGE = "world/2024/06/10/harbour-vote/index.html";

    @TempDir
    Path tmp;

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now;

        HandClock(String now) {
            this.now = Instant.parse(now);
        }

        void set(String instant) {
            now = Instant.parse(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private Engine server(Path site, Path output, Clock clock) {
        return Engine.forServer(new BuildRequest(site, output, false, false, Optional.empty(), clock,
                Optional.of(tmp.resolve("cache"))), Reporter.silent());
    }

    private static void bodyEdit(Engine engine, Path site, String from, String to) {
        TestSites.replace(site, HARBOUR, from, to);
        engine.rebuild(List.of(Path.of(HARBOUR)));
        assertTrue(engine.lastQuick(), "the body edit " + to + " took the quick way");
    }

    /** Whether the world section's page links to the ferry notice (a page no body edit of the harbour article makes again). */
    private static boolean listsNotice(Path output) throws IOException {
        return !Jsoup.parse(output.resolve("world/index.html").toFile(), "UTF-8")
                .select("a[href*=/2024/06/20/ferry-notice/]").isEmpty();
    }

    /** The article entries of a cache folder, by file name. */
    private static List<String> entries(Path cache) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(cache.resolve(ArticleCache.ARTICLES))) {
            return walk.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theCacheKeepsOnlyTheEditedArticlesNewEntriesAfterQuickRebuilds() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        Path output = tmp.resolve("served");
        try (Engine engine = server(site, output, TestSites.CLOCK)) {
            engine.build();
            bodyEdit(engine, site, "the harbour vote was close", "the harbour vote was tight");
            bodyEdit(engine, site, "the harbour vote was tight", "the harbour vote was very tight");
        }
        Path fresh = tmp.resolve("fresh-cache");
        try (Engine cold = new Engine(new BuildRequest(site, tmp.resolve("cold"), false, false, Optional.empty(),
                TestSites.CLOCK, Optional.of(fresh)), Reporter.silent(), 2)) {
            cold.build();
        }
        assertEquals(entries(fresh), entries(tmp.resolve("cache")), "no entry of an edited article's old text is left");
    }

    @Test
    void aStaticFileAddedOrRemovedBetweenBodyEditsIsCopiedOrGone() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        Path output = tmp.resolve("served");
        try (Engine engine = server(site, output, TestSites.CLOCK)) {
            engine.build();
            bodyEdit(engine, site, "the harbour vote was close", "the harbour vote was tight");
            TestSites.write(site, "static/images/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"3\"/>");
            engine.rebuild(List.of(Path.of("static/images/map.svg")));
            assertTrue(Files.isRegularFile(output.resolve("images/map.svg")), "the new static file is copied");
            bodyEdit(engine, site, "the harbour vote was tight", "the harbour vote was very tight");
            assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"3\"/>",
                    Files.readString(output.resolve("images/map.svg")));
            assertEquals(ColdBuilds.of(tmp, site, 2), FileTree.snapshot(output));
            Files.delete(site.resolve("static/images/map.svg"));
            engine.rebuild(List.of(Path.of("static/images/map.svg")));
            bodyEdit(engine, site, "the harbour vote was very tight", "the harbour vote was close");
            assertFalse(Files.exists(output.resolve("images/map.svg")), "the removed static file is gone");
            assertEquals(ColdBuilds.of(tmp, site, 2), FileTree.snapshot(output));
        }
    }

    @Test
    void aStaticFolderMadeBetweenBodyEditsIsCopied() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        Files.delete(site.resolve("static/images/quay.svg"));
        Files.delete(site.resolve("static/images"));
        Files.delete(site.resolve("static"));
        Path output = tmp.resolve("served");
        try (Engine engine = server(site, output, TestSites.CLOCK)) {
            engine.build();
            bodyEdit(engine, site, "the harbour vote was close", "the harbour vote was tight");
            TestSites.write(site, "static/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"3\"/>");
            engine.rebuild(List.of(Path.of("static/map.svg")));
            bodyEdit(engine, site, "the harbour vote was tight", "the harbour vote was very tight");
            assertTrue(Files.isRegularFile(output.resolve("map.svg")), "the new static folder's file is copied");
            assertEquals(ColdBuilds.of(tmp, site, 2), FileTree.snapshot(output));
        }
    }

    @Test
    void aStaticFileOnAPagesPathAfterBodyEditsIsStillReported() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        Path output = tmp.resolve("served");
        try (Engine engine = server(site, output, TestSites.CLOCK)) {
            engine.build();
            bodyEdit(engine, site, "the harbour vote was close", "the harbour vote was tight");
            String clash = "static/" + HARBOUR_PAGE;
            TestSites.write(site, clash, "<p>a hand-made page</p>");
            DatelineException e = assertThrows(DatelineException.class, () -> engine.rebuild(List.of(Path.of(clash))));
            Problem problem = e.problems().get(0);
            assertEquals(clash, problem.position().file());
            assertEquals("static file has the same path as the page " + HARBOUR_PAGE + " from " + HARBOUR, problem.message());
            Files.delete(site.resolve(clash));
            engine.rebuild(List.of(Path.of(clash)));
            TestSites.replace(site, HARBOUR, "the harbour vote was tight", "the harbour vote was tighter");
            engine.rebuild(List.of(Path.of(HARBOUR))); // the state before the failure again: not always the quick way
            bodyEdit(engine, site, "the harbour vote was tighter", "the harbour vote was close");
            assertEquals(ColdBuilds.of(tmp, site, 2), FileTree.snapshot(output));
        }
    }

    @Test
    void aPageMovedOntoAStaticFileAfterBodyEditsIsStillReported() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        String onTheWay = "static/world/2024/06/10/harbour-poll/index.html";
        TestSites.write(site, onTheWay, "<p>a hand-made page</p>");
        Path output = tmp.resolve("served");
        try (Engine engine = server(site, output, TestSites.CLOCK)) {
            engine.build();
            bodyEdit(engine, site, "the harbour vote was close", "the harbour vote was tight");
            TestSites.replace(site, HARBOUR, "title: Harbour vote", "slug: harbour-poll\ntitle: Harbour vote");
            DatelineException e = assertThrows(DatelineException.class, () -> engine.rebuild(List.of(Path.of(HARBOUR))));
            assertEquals(onTheWay, e.problems().get(0).position().file());
            assertEquals("static file has the same path as the page world/2024/06/10/harbour-poll/index.html from "
                    + HARBOUR, e.problems().get(0).message());
        }
    }

    @Test
    void theClockPastTheHorizonRebuildsWhatItChangesBetweenBodyEdits() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        String notice = "content/world/ferry-notice.md";
        TestSites.write(site, notice, "---\ntitle: Ferry notice\ndate: 2024-06-20T09:00:00Z\nexpires: 2024-07-02T00:00:00Z\n"
                + "tags: [transport]\ndescription: The ferries stop for a day.\n---\nThe ferries stop on Monday.\n");
        Path output = tmp.resolve("served");
        HandClock clock = new HandClock("2024-07-01T12:00:00Z");
        try (Engine engine = server(site, output, clock)) {
            BuildResult first = engine.build();
            assertEquals(Optional.of(Instant.parse("2024-07-02T00:00:00Z")), first.nextExpiry().map(Scheduled::at));
            clock.set("2024-07-01T18:00:00Z");
            TestSites.replace(site, HARBOUR, "the harbour vote was close", "the harbour vote was tight");
            BuildResult quick = engine.rebuild(List.of(Path.of(HARBOUR)));
            assertTrue(engine.lastQuick());
            assertEquals(first.nextExpiry(), quick.nextExpiry(), "the horizon taken over");
            assertEquals(List.of(first.articles(), first.pages(), first.files()), List.of(quick.articles(), quick.pages(),
                    quick.files()), "the counts taken over");
            assertEquals(ColdBuilds.of(tmp, site, clock, false, 2), FileTree.snapshot(output));
            assertTrue(listsNotice(output), "listed before it expires");

            clock.set("2024-07-02T06:00:00Z"); // past the expiry: the section page changes
            TestSites.replace(site, HARBOUR, "the harbour vote was tight", "the harbour vote was very tight");
            BuildResult past = engine.rebuild(List.of(Path.of(HARBOUR)));
            assertFalse(engine.lastQuick(), "the clock passed the horizon: the whole way");
            assertEquals(Optional.empty(), past.nextExpiry());
            assertFalse(listsNotice(output), "gone once expired");
            assertEquals(ColdBuilds.of(tmp, site, clock, false, 2), FileTree.snapshot(output));

            clock.set("2024-07-02T07:00:00Z");
            bodyEdit(engine, site, "the harbour vote was very tight", "the harbour vote was close");
            assertEquals(ColdBuilds.of(tmp, site, clock, false, 2), FileTree.snapshot(output));
        }
    }
}
