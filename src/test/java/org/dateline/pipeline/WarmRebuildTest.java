package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dateline.diag.DatelineException;
import org.dateline.testing.FileTree;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server's engine told exactly which files changed (as its watcher tells it): it reads only
 * those, takes the quick way after an edit of article bodies or front matter (see {@link FacetEditsTest}
 * for every kind of front-matter edit), and after every kind of edit
 * writes the bytes of a cold build of the same site.
 */
class WarmRebuildTest {

    private static final String HARBOUR = ColdBuilds.HARBOUR;
    private static final String FERRY = ColdBuilds.FERRY;

    @TempDir
    Path tmp;

    private Path site() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        ColdBuilds.keyFerryBody(site);
        return site;
    }

    /** Applies {@code edit}, rebuilds with {@code changed} and checks the output against a cold build. */
    private void step(Engine engine, Path site, Path output, String name, Runnable edit, boolean quick, String... changed) {
        Map<String, String> before = FileTree.snapshot(output);
        edit.run();
        engine.rebuild(java.util.Arrays.stream(changed).map(Path::of).toList());
        Map<String, String> after = FileTree.snapshot(output);
        assertNotEquals(before, after, name + " changed nothing");
        assertEquals(ColdBuilds.of(tmp, site, 2), after, name);
        assertEquals(quick, engine.lastQuick(), name + ": the quick way");
    }

    @Test
    void everyKindOfEditNamedByTheWatcherGivesTheColdBuildsBytes() throws IOException {
        Path site = site();
        Path output = tmp.resolve("served");
        try (Engine engine = ColdBuilds.server(tmp, site, output)) {
            engine.build();
            // a copy of the first output is kept, so the first edit touches only what changed, as later ones do
            assertEquals(FileTree.snapshot(output), FileTree.snapshot(tmp.resolve(".served.previous")));
            step(engine, site, output, "body edit", () -> TestSites.replace(site, HARBOUR, "the harbour vote was close",
                    "the harbour poll was close"), true, HARBOUR);
            assertTrue(engine.lastUpdatedSources(), "only the edited file was read");
            assertTrue(engine.lastRendered().contains("world/2024/06/10/harbour-vote/index.html"), engine.lastRendered().toString());
            assertFalse(engine.lastRendered().contains("world/2024/06/09/ferry-talks/index.html")
                    && !engine.lastRendered().contains("index.html"), engine.lastRendered().toString());
            step(engine, site, output, "two bodies at once", () -> {
                TestSites.replace(site, HARBOUR, "the harbour poll was close", "the harbour poll was tight");
                TestSites.replace(site, FERRY, "talks go on", "talks went on");
            }, true, HARBOUR, FERRY);
            step(engine, site, output, "first paragraph (the description)", () -> TestSites.replace(site, HARBOUR,
                    "The council voted.", "The council voted twice."), true, HARBOUR);
            step(engine, site, output, "front-matter edit", () -> TestSites.replace(site, HARBOUR, "title: Harbour vote",
                    "title: Harbour vote passes"), true, HARBOUR);
            step(engine, site, output, "tag added", () -> TestSites.replace(site, HARBOUR, "tags: [harbour, transport]",
                    "tags: [harbour, transport, ferries]"), true, HARBOUR);
            step(engine, site, output, "body edit after a tag edit", () -> TestSites.replace(site, HARBOUR,
                    "the harbour poll was tight", "the harbour poll was very tight"), true, HARBOUR);
            step(engine, site, output, "article added", () -> TestSites.write(site, "content/culture/new-play.md",
                    "---\ntitle: A new play\ndate: 2024-06-20T09:00:00+03:00\nauthors: [Selin Atay]\ntags: [harbour]\n"
                            + "---\nOpening night.\n"), false, "content/culture/new-play.md");
            assertFalse(engine.lastUpdatedSources(), "an added article is found by a scan");
            step(engine, site, output, "template edited", () -> TestSites.replace(site, "templates/story.peb", "story__headline",
                    "story__headline story__headline--x"), false, "templates/story.peb");
            step(engine, site, output, "body edit after a template edit", () -> TestSites.replace(site, FERRY, "talks went on",
                    "talks go on and on"), true, FERRY);
            step(engine, site, output, "static file replaced", () -> TestSites.write(site, "static/images/quay.svg",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\"/>"), false, "static/images/quay.svg");
            step(engine, site, output, "site.yaml changed", () -> TestSites.replace(site, "site.yaml", "title: The Newsroom Test",
                    "title: The Newsroom"), false, "site.yaml");
            step(engine, site, output, "article deleted", () -> TestSites.delete(site.resolve(HARBOUR)), false, HARBOUR);
            step(engine, site, output, "body edit after a deletion", () -> TestSites.replace(site, FERRY, "talks go on and on",
                    "talks end"), true, FERRY);
        }
    }

    @Test
    void aStandalonePageAndAnExpiredArticleTakeTheQuickWayToo() throws IOException {
        Path site = site();
        ColdBuilds.addPageAndExpiredArticle(site);
        String about = ColdBuilds.ABOUT;
        String expired = ColdBuilds.OLD_FERRY;
        Path output = tmp.resolve("served");
        try (Engine engine = ColdBuilds.server(tmp, site, output)) {
            engine.build();
            step(engine, site, output, "standalone page body", () -> TestSites.replace(site, about, "since 1921", "since 1922"),
                    true, about);
            step(engine, site, output, "expired article body", () -> TestSites.replace(site, expired, "every hour",
                    "every half hour"), true, expired);
        }
    }

    @Test
    void aFailedBuildLeavesNothingForTheQuickWayToMiss() throws IOException {
        Path site = site();
        Path output = tmp.resolve("served");
        try (Engine engine = ColdBuilds.server(tmp, site, output)) {
            engine.build();
            TestSites.replace(site, HARBOUR, "title: Harbour vote", "title: [Harbour vote");
            assertThrows(DatelineException.class, () -> engine.rebuild(List.of(Path.of(HARBOUR))));
            // the broken article is not named again: the next build must still see it
            TestSites.replace(site, FERRY, "talks go on", "talks went on");
            assertThrows(DatelineException.class, () -> engine.rebuild(List.of(Path.of(FERRY))));
            TestSites.replace(site, HARBOUR, "title: [Harbour vote", "title: Harbour vote, fixed");
            engine.rebuild(List.of(Path.of(HARBOUR)));
            // from the last good build, with both failed builds' changes: the ferry's too
            assertTrue(engine.lastQuick(), "the fix takes the quick way");
            assertEquals(ColdBuilds.of(tmp, site, 2), FileTree.snapshot(output));
            step(engine, site, output, "body edit after the fix", () -> TestSites.replace(site, FERRY, "talks went on",
                    "talks go on"), true, FERRY);
        }
    }

    @Test
    void aFailedBuildThatGotPastTheQuickWaysChecksLeavesNothingAside() throws IOException {
        Path site = site();
        Path output = tmp.resolve("served");
        try (Engine engine = ColdBuilds.server(tmp, site, output)) {
            engine.build();
            // parses cleanly, so the quick way plans from the last build's state before the site finds the clash
            TestSites.replace(site, HARBOUR, "authors: [Selin Atay, Zoë Ångström]", "authors: [Zoe Angstrom, Zoë Ångström]");
            assertThrows(DatelineException.class, () -> engine.rebuild(List.of(Path.of(HARBOUR))));
            TestSites.replace(site, HARBOUR, "authors: [Zoe Angstrom, Zoë Ångström]", "authors: [Selin Atay, Zoë Ångström]");
            TestSites.replace(site, HARBOUR, "the harbour vote was close", "the harbour poll was close");
            engine.rebuild(List.of(Path.of(HARBOUR)));
            assertFalse(engine.lastQuick(), "the state the failed build planned from was forgotten");
            assertEquals(ColdBuilds.of(tmp, site, 2), FileTree.snapshot(output));
        }
    }

    @Test
    void aSeededSequenceOfBodyAndFrontMatterEditsReplaysToTheColdBuild() throws IOException {
        Path site = site();
        Path output = tmp.resolve("served");
        Random random = new Random(20261130L);
        try (Engine engine = ColdBuilds.server(tmp, site, output)) {
            engine.build();
            for (int step = 0; step < 12; step++) {
                String file = random.nextBoolean() ? HARBOUR : FERRY;
                String text = TestSites.read(site, file);
                int choice = random.nextInt(4);
                String edited = switch (choice) {
                    case 0, 1 -> text + "\nMore words " + random.nextInt(1000) + " for the body.\n";
                    case 2 -> text.replaceFirst("tags: \\[", "tags: [t" + random.nextInt(3) + ", ");
                    default -> text.replaceFirst("title: ", "title: Re ");
                };
                TestSites.write(site, file, edited);
                engine.rebuild(List.of(Path.of(file)));
                assertEquals(ColdBuilds.of(tmp, site, 2), FileTree.snapshot(output), "after step " + step + " (edit " + choice + ")");
            }
        }
    }

}
