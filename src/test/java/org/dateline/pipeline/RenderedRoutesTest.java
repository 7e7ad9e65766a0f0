package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dateline.diag.Reporter;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which pages a long-lived engine renders again after an edit (its {@link Engine#lastRendered} hook):
 * every page that shows what the edit changed, and none of the pages that do not. An edit of the first
 * paragraph changes the description, which listings show: every listing, feed and related box showing the
 * article is rendered again. An edit of the body alone renders the article's page and the feeds, and a
 * listing only when its templates read a part of the article made from its body ({@link BodyReaders}).
 * The pages listed as untouched here must stay so.
 */
class RenderedRoutesTest {

    private static final String HARBOUR = "content/world/harbour-vote.md";
    private static final String PAGE = "world/2024/06/10/harbour-vote/index.html";

    @TempDir
    Path tmp;

    private static void replace(Path site, String from, String to) throws IOException {
        String text = Files.readString(site.resolve(HARBOUR));
        assertTrue(text.contains(from), from);
        TestSites.write(site, HARBOUR, text.replace(from, to));
    }

    private Engine engine(Path site) {
        return new Engine(new BuildRequest(site, tmp.resolve("out"), false, false, Optional.empty(), TestSites.CLOCK,
                Optional.of(tmp.resolve("cache"))), Reporter.silent(), 2);
    }

    @Test
    void nothingChangedRendersNothing() {
        Path site = TestSites.copy("newsroom", tmp);
        try (Engine engine = engine(site)) {
            engine.build();
            assertEquals(62, engine.lastRendered().size());
            engine.rebuild(List.of());
            assertEquals(List.of(), engine.lastRendered());
        }
    }

    @Test
    void aBodyEditRendersWhatShowsTheArticleAndNothingElse() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        try (Engine engine = engine(site)) {
            engine.build();
            replace(site, "The council voted.", "The council voted twice.");
            engine.rebuild(List.of(Path.of(HARBOUR)));
            List<String> rendered = engine.lastRendered();
            assertTrue(rendered.containsAll(List.of(PAGE, "index.html", "world/index.html", "tags/harbour/index.html",
                    "tags/transport/index.html", "2024/06/index.html", "feed.xml")), rendered::toString);
            for (String untouched : List.of("culture/index.html", "science/index.html", "tags/arts/index.html",
                    "tags/budget/index.html", "2024/04/index.html", "2024/05/index.html", "authors/index.html",
                    "authors/tomasz-wieczorek/index.html", "tags/index.html", "sitemap.xml", "robots.txt")) {
                assertFalse(rendered.contains(untouched), untouched + " was rendered: " + rendered);
            }
        }
    }

    /**
     * What a body edit of the harbour article past its first paragraph renders again: its page, every feed
     * showing it (made without a template: the default feeds hold the whole body), and the pages of the
     * articles showing it as related or as a neighbour (their template reads their own article's body). Not
     * the front page, its section's, tags', authors' and month's pages, nor 404.html: they show its title,
     * description, byline and date, which a body edit leaves as they were.
     */
    private static final List<String> BODY_EDIT = List.of("atom.xml", "authors/selin-atay/atom.xml",
            "authors/selin-atay/feed.json", "authors/selin-atay/feed.xml", "authors/zoe-angstrom/atom.xml",
            "authors/zoe-angstrom/feed.json", "authors/zoe-angstrom/feed.xml", "culture/2024/06/08/festival/index.html",
            "feed.json", "feed.xml", "science/2024/04/02/tides/index.html", "tags/harbour/atom.xml",
            "tags/harbour/feed.json", "tags/harbour/feed.xml", "tags/transport/atom.xml", "tags/transport/feed.json",
            "tags/transport/feed.xml", "world/2024/05/20/council-budget/index.html",
            "world/2024/06/05/ferry-talks/index.html", PAGE, "world/atom.xml", "world/feed.json", "world/feed.xml");

    /** The newsroom with bodies long enough to be keyed (so their edits are followed), and its own story template. */
    private Path keyedSite() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        ColdBuilds.keyFerryBody(site);
        return site;
    }

    private static void editBody(Path site) {
        TestSites.replace(site, HARBOUR, "the harbour vote was close", "the harbour vote was very close");
    }

    private void assertCold(Path site, Path output, String name) {
        assertEquals(ColdBuilds.of(tmp, site, 2), org.dateline.testing.FileTree.snapshot(output), name);
    }

    /**
     * The pages the dev server renders again after {@code edit} of the harbour article, once it built
     * {@code site} and {@code built} looked at that output; the output after the edit is a cold build's.
     */
    private List<String> servedEdit(Path site, Runnable edit, java.util.function.Consumer<Path> built) {
        Path output = tmp.resolve("served");
        List<String> rendered;
        try (Engine engine = ColdBuilds.server(tmp, site, output)) {
            engine.build();
            built.accept(output);
            edit.run();
            engine.rebuild(List.of(Path.of(HARBOUR)));
            assertTrue(engine.lastQuick(), "a body edit takes the quick way");
            rendered = engine.lastRendered();
        }
        assertCold(site, output, "after the edit");
        return rendered;
    }

    @Test
    void aBodyEditPastTheDescriptionRendersNoListing() throws IOException {
        Path site = keyedSite();
        assertEquals(BODY_EDIT, servedEdit(site, () -> editBody(site), output -> { }));
    }

    @Test
    void aFreshJvmRendersTheSamePagesAfterABodyEdit() throws IOException {
        Path site = keyedSite();
        try (Engine engine = engine(site)) {
            engine.build();
        }
        editBody(site);
        try (Engine engine = engine(site)) {
            engine.build();
            assertTrue(engine.lastQuick(), "a body edit takes the quick way");
            assertEquals(BODY_EDIT, engine.lastRendered());
        }
        assertCold(site, tmp.resolve("out"), "after a body edit in a fresh JVM");
    }

    @Test
    void aListingThatShowsReadingTimeIsRenderedAgainAfterABodyEdit() throws IOException {
        Path site = keyedSite();
        TestSites.replace(site, "templates/story.peb", "</li>", "<p class=\"story__time\">{{ article.readingMinutes }} min</p>\n</li>");
        // a body long enough to take two minutes to read: what the listings show changes
        List<String> rendered = servedEdit(site, () -> TestSites.replace(site, HARBOUR, "the harbour vote was close",
                "the harbour vote was close." + " Word".repeat(300)), output -> { });
        assertTrue(rendered.containsAll(List.of(PAGE, "index.html", "world/index.html", "tags/harbour/index.html",
                "tags/transport/index.html", "2024/06/index.html", "authors/selin-atay/index.html")), rendered::toString);
        assertFalse(rendered.contains("culture/index.html"), rendered::toString);
    }

    @Test
    void aListingPrintingWholeViewsShowsTheirTitlesAndIsNotRenderedAgainAfterABodyEdit() throws IOException {
        Path site = keyedSite();
        TestSites.replace(site, "templates/story.peb", "</li>", "<p class=\"story__whole\">{{ article }}</p>\n</li>");
        assertEquals(BODY_EDIT, servedEdit(site, () -> editBody(site), output -> assertEquals("Harbour vote",
                org.jsoup.Jsoup.parse(TestSites.read(output, "world/index.html")).select("p.story__whole").first().text())));
    }

    @Test
    void aTagAddedRendersTheNewTagsPagesAndTheTagIndexButNoOtherTag() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        try (Engine engine = engine(site)) {
            engine.build();
            replace(site, "tags: [harbour, transport]", "tags: [harbour, transport, ferries]");
            engine.rebuild(List.of(Path.of(HARBOUR)));
            List<String> rendered = engine.lastRendered();
            assertTrue(rendered.containsAll(List.of(PAGE, "tags/ferries/index.html", "tags/ferries/feed.xml",
                    "tags/index.html", "tags/harbour/index.html")), rendered::toString);
            for (String untouched : List.of("tags/arts/index.html", "tags/budget/index.html", "culture/index.html",
                    "science/index.html", "authors/index.html", "2024/04/index.html")) {
                assertFalse(rendered.contains(untouched), untouched + " was rendered: " + rendered);
            }
        }
    }

    @Test
    void aTemplateEditRendersExactlyThePagesWhoseTemplatesReachIt() throws IOException {
        Path site = TestSites.copy("newsroom", tmp);
        TestSites.write(site, "templates/tag.peb", Files.readString(Path.of("templates/tag.peb")));
        TestSites.write(site, "templates/byline.peb", Files.readString(Path.of("templates/byline.peb")));
        try (Engine engine = engine(site)) {
            engine.build();
            TestSites.write(site, "templates/tag.peb", Files.readString(site.resolve("templates/tag.peb")) + "{# edited #}\n");
            engine.rebuild(List.of(Path.of("templates/tag.peb")));
            assertEquals(List.of("tags/arts/index.html", "tags/budget/index.html", "tags/ferries/index.html",
                    "tags/harbour/index.html", "tags/transport/index.html"), engine.lastRendered());

            // byline.peb is included by the article page and by story.peb, which every listing includes
            TestSites.write(site, "templates/byline.peb", Files.readString(site.resolve("templates/byline.peb")) + "\n");
            engine.rebuild(List.of(Path.of("templates/byline.peb")));
            List<String> rendered = engine.lastRendered();
            assertTrue(rendered.containsAll(List.of(PAGE, "index.html", "world/index.html", "tags/arts/index.html",
                    "authors/selin-atay/index.html", "2024/06/index.html")), rendered::toString);
            for (String untouched : List.of("feed.xml", "sitemap.xml", "robots.txt", "tags/index.html",
                    "authors/index.html", "404.html")) {
                assertFalse(rendered.contains(untouched), untouched + " was rendered: " + rendered);
            }
        }
    }
}
