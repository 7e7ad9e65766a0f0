package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.dateline.diag.Reporter;
import org.dateline.testing.FileTree;
import org.dateline.testing.TestSites;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Front-matter edits in the dev server's engine ({@link FacetEdits}): tags added and removed, a new
 * tag's pages appearing and a tag's last article leaving, pagination growing and shrinking, titles,
 * descriptions, authors and dates. Each takes the quick way where it is claimed, re-renders only
 * what the changed facets reach, and writes the bytes of a cold build; the edits it does not model
 * take the whole way and still do.
 */
class FacetEditsTest {

    private static final String HARBOUR = ColdBuilds.HARBOUR;
    private static final String FERRY = ColdBuilds.FERRY;
    private static final String BUDGET = "content/world/council-budget.md";
    private static final String TIDES = "content/science/tides.md";

    @TempDir
    Path tmp;

    /**
     * The newsroom with two articles a listing page, so tags' listings have more than one page, and
     * templates that show every listed and related article's tags and its authors' counts (an author's
     * count changes when the author gains or loses an article; related boxes when a tag does).
     */
    private Path site() throws IOException {
        Path site = ColdBuilds.newsroom(tmp);
        TestSites.write(site, "site.yaml", TestSites.read(site, "site.yaml") + "page_size: 2\n");
        String counts = "{% for tag in article.tags %}{{ tag.name }} {{ tag.url }} {% endfor %}"
                + "{% for author in article.authors %}{{ author.name }} ({{ author.count }}) {% endfor %}";
        TestSites.replace(site, "templates/story.peb", "</li>", "<p class=\"story__counts\">" + counts + "</p>\n</li>");
        TestSites.write(site, "templates/article.peb", Files.readString(Path.of("templates/article.peb"))
                .replace("{{ story.title }}</a>", "{{ story.title }}</a> " + counts.replace("article.", "story.")));
        ColdBuilds.keyFerryBody(site);
        return site;
    }

    /** Applies {@code edit} to {@code file}, rebuilds, and checks the way taken and the bytes against a cold build. */
    private Map<String, String> step(Engine engine, Path site, Path output, String name, String file, String from,
                                     String to, boolean quick) {
        Map<String, String> before = FileTree.snapshot(output);
        TestSites.replace(site, file, from, to);
        engine.rebuild(List.of(Path.of(file)));
        Map<String, String> after = FileTree.snapshot(output);
        assertTrue(!before.equals(after), name + " changed nothing");
        ColdBuilds.assertSameFiles(ColdBuilds.of(tmp, site, 2), after, name);
        assertEquals(quick, engine.lastQuick(), name + ": the quick way");
        return after;
    }

    @Test
    void tagsComeAndGoOnTheQuickWay() throws IOException {
        Path site = site();
        Path output = tmp.resolve("served");
        try (Engine engine = ColdBuilds.server(tmp, site, output)) {
            engine.build();
            step(engine, site, output, "existing tag added", HARBOUR, "tags: [harbour, transport]",
                    "tags: [harbour, transport, ferries]", true);
            assertTrue(engine.lastRendered().contains("tags/ferries/index.html"), engine.lastRendered().toString());
            assertTrue(engine.lastRendered().contains("tags/ferries/feed.xml"), engine.lastRendered().toString());
            assertTrue(engine.lastRendered().contains("tags/index.html"), engine.lastRendered().toString());
            assertFalse(engine.lastRendered().contains("tags/budget/index.html"), engine.lastRendered().toString());

            Map<String, String> added = step(engine, site, output, "new tag", HARBOUR, "ferries]", "ferries, quay]", true);
            assertTrue(added.containsKey("tags/quay/index.html"), "the new tag's page");
            assertTrue(added.containsKey("tags/quay/atom.xml"), "the new tag's feed");

            Map<String, String> removed = step(engine, site, output, "a tag's last article leaves", HARBOUR, ", quay]", "]",
                    true);
            assertFalse(removed.containsKey("tags/quay/index.html"), "the tag page is gone");
            assertFalse(removed.containsKey("tags/quay/feed.json"), "the tag's feed is gone");
            assertFalse(removed.get("sitemap.xml").contains("/tags/quay/"), "and so is its sitemap entry");
            // new tags sort before and after every other: their pages take their places in the sitemap
            step(engine, site, output, "new tags first and last", TIDES, "tags: [harbour, transport]",
                    "tags: [agenda, harbour, transport, zoning]", true);
            step(engine, site, output, "a new author", TIDES, "author: Zoë Ångström", "authors: [Zoë Ångström, Ana Lima]",
                    true);
            step(engine, site, output, "and gone again", TIDES, "tags: [agenda, harbour, transport, zoning]",
                    "tags: [harbour, transport]", true);

            // harbour has three articles (two pages of two); with two more it has three pages
            step(engine, site, output, "a listing grows a page (1)", FERRY, "tags: [transport, ferries]",
                    "tags: [transport, ferries, harbour]", true);
            Map<String, String> grown = step(engine, site, output, "a listing grows a page (2)", BUDGET, "tags: [budget]",
                    "tags: [budget, harbour]", true);
            assertTrue(grown.containsKey("tags/harbour/page/3/index.html"), "the third page");
            Map<String, String> shrunk = step(engine, site, output, "a listing loses a page", BUDGET, "tags: [budget, harbour]",
                    "tags: [budget]", true);
            assertFalse(shrunk.containsKey("tags/harbour/page/3/index.html"), "no third page");
            step(engine, site, output, "tags reordered in the front matter", TIDES, "tags: [harbour, transport]",
                    "tags: [transport, harbour]", true);
            step(engine, site, output, "the newest article's spelling names a tag everywhere", HARBOUR,
                    "tags: [harbour, transport, ferries]", "tags: [harbour, Transport, ferries]", true);
            step(engine, site, output, "a body edit after the tag edits", HARBOUR, "the harbour vote was close",
                    "the harbour vote was tight", true);
        }
    }

    /**
     * Older articles, so that Tides' four related stories (Harbour vote, Festival, Ferry talks by
     * shared tags, then the newest: Council budget) leave one out; when one of them joins Tides' tag
     * "transport" it takes Council budget's place there, on a page that did not show it before.
     */
    @Test
    void anArticleJoiningATagEntersRelatedStoriesThatDidNotShowIt() throws IOException {
        Path site = site();
        for (int i = 1; i <= 4; i++) {
            TestSites.write(site, "content/sport/old-match-" + i + ".md", "---\ntitle: Old match " + i
                    + "\ndate: 2023-0" + i + "-01T10:00:00+03:00\nauthor: Zoë Ångström\ntags: [misc]\n---\n"
                    + "The match ended level.\n");
        }
        Path output = tmp.resolve("out");
        try (Engine engine = ColdBuilds.server(tmp, site, output)) {
            engine.build();
            step(engine, site, output, "an old match joins transport", "content/sport/old-match-2.md", "tags: [misc]",
                    "tags: [misc, transport]", true);
            Path tides;
            try (Stream<Path> pages = Files.walk(output)) {
                tides = pages.filter(path -> path.toString().endsWith("tides/index.html")).findFirst().orElseThrow();
            }
            assertEquals(List.of("Harbour vote", "Festival", "Ferry talks", "Old match 2"),
                    Jsoup.parse(Files.readString(tides)).select(".related a").eachText());
        }
    }

    @Test
    void titlesDescriptionsAuthorsAndDatesTakeTheQuickWay() throws IOException {
        Path site = site();
        Path output = tmp.resolve("served");
        try (Engine engine = ColdBuilds.server(tmp, site, output)) {
            engine.build();
            step(engine, site, output, "title", HARBOUR, "title: Harbour vote", "title: Harbour vote passes", true);
            List<String> rendered = engine.lastRendered();
            for (String page : List.of("index.html", "feed.xml", "world/index.html", "tags/transport/index.html",
                    "world/2024/06/05/ferry-talks/index.html", "sitemap.xml", "news-sitemap.xml")) {
                // ferry-talks shows the harbour vote in its related stories; the news sitemap shows titles
                assertTrue(rendered.contains(page) || page.contains("sitemap"), page + " in " + rendered);
            }
            assertFalse(rendered.contains("2024/04/index.html"), "April's archive shows no harbour vote: " + rendered);
            assertFalse(rendered.contains("tags/budget/index.html"), rendered.toString());
            step(engine, site, output, "description", FERRY, "tags: [transport, ferries]",
                    "tags: [transport, ferries]\ndescription: Talks about the ferries.", true);
            step(engine, site, output, "author changed", HARBOUR, "authors: [Selin Atay, Zoë Ångström]",
                    "authors: [Selin Atay, Tomasz Wieczorek]", true);
            step(engine, site, output, "an author's last article leaves", BUDGET, "author: Selin Atay",
                    "author: Tomasz Wieczorek", true);
            step(engine, site, output, "updated date", HARBOUR, "updated: 2024-06-10T12:00:00+03:00",
                    "updated: 2024-06-12T12:00:00+03:00", true);
            TestSites.replace(site, BUDGET, "tags: [budget]", "tags: [budget, ferries]");
            TestSites.replace(site, FERRY, "title: Ferry talks", "title: Ferry talks resume");
            engine.rebuild(List.of(Path.of(BUDGET), Path.of(FERRY)));
            ColdBuilds.assertSameFiles(ColdBuilds.of(tmp, site, 2), FileTree.snapshot(output), "two articles' front matter at once");
            assertTrue(engine.lastQuick(), "two articles' front matter at once: the quick way");
            step(engine, site, output, "a lead image from another host", TIDES, "title: Tides",
                    "title: Tides\nimage: https://cdn.example.test/tide.jpg\nimage_alt: The tide", true);
            step(engine, site, output, "its caption", TIDES, "image_alt: The tide",
                    "image_alt: The tide\nimage_caption: High water at noon.", true);
            step(engine, site, output, "a lead image of the site's own", TIDES, "https://cdn.example.test/tide.jpg",
                    "/images/quay.svg", false);
        }
    }

    @Test
    void editsThatMoveAnArticleTakeTheWholeWay() throws IOException {
        Path site = site();
        Path output = tmp.resolve("served");
        try (Engine engine = ColdBuilds.server(tmp, site, output)) {
            engine.build();
            step(engine, site, output, "section", BUDGET, "title: Council budget", "title: Council budget\nsection: culture",
                    false);
            step(engine, site, output, "publication date", TIDES, "date: 2024-04-02T10:00:00+03:00",
                    "date: 2024-04-03T10:00:00+03:00", false);
            step(engine, site, output, "slug", TIDES, "title: Tides", "title: Tides\nslug: high-tide", false);
            step(engine, site, output, "old URL", TIDES, "title: Tides", "title: Tides\naliases: [/old/tides/]", false);
            step(engine, site, output, "title of an article with old URLs", TIDES, "title: Tides", "title: Tide", false);
            step(engine, site, output, "a quick edit after them", HARBOUR, "title: Harbour vote", "title: Harbour votes",
                    true);
        }
    }

    @Test
    void aStandalonePageAndAnExpiredArticleTooAndTheSitemapsFollow() throws IOException {
        Path site = site();
        ColdBuilds.addPageAndExpiredArticle(site);
        String about = ColdBuilds.ABOUT;
        String expired = ColdBuilds.OLD_FERRY;
        Path output = tmp.resolve("served");
        try (Engine engine = ColdBuilds.server(tmp, site, output)) {
            engine.build();
            step(engine, site, output, "standalone page title", about, "title: About us", "title: About the Newsroom", true);
            step(engine, site, output, "expired article's tags", expired, "tags: [transport]", "tags: [transport, ferries]",
                    true);
            step(engine, site, output, "a tag only an expired article had", expired, "tags: [transport, ferries]",
                    "tags: [transport, ferries, timetables]", true);
            step(engine, site, output, "a tag the expired article shows gains its first listed article", HARBOUR,
                    "tags: [harbour, transport]", "tags: [harbour, transport, timetables]", true);
        }
    }

    @Test
    void aSeededReplayOfFrontMatterEditsGivesTheColdBuildsBytes() throws IOException {
        Path site = site();
        Path output = tmp.resolve("served");
        Random random = new Random(20261130L);
        List<String> files = List.of(HARBOUR, FERRY, BUDGET, TIDES, "content/culture/festival.md");
        List<String> authors = List.of("Selin Atay", "Zoë Ångström", "Tomasz Wieczorek", "Ana Lima");
        int quick = 0;
        try (Engine engine = ColdBuilds.server(tmp, site, output)) {
            engine.build();
            for (int step = 0; step < 16; step++) {
                String file = files.get(random.nextInt(files.size()));
                String text = TestSites.read(site, file);
                int choice = random.nextInt(6);
                String edited = switch (choice) {
                    case 0 -> text.replaceFirst("tags: \\[", "tags: [t" + random.nextInt(4) + ", ");
                    case 1 -> text.replaceFirst("tags: \\[[^,\\]]+, ", "tags: [");
                    case 2 -> text.replaceFirst("title: ", "title: Re ");
                    case 3 -> text.replaceFirst("\n---\n", "\ndescription: Step " + step + ".\n---\n");
                    case 4 -> text.replaceFirst("\nauthors?: [^\n]+", "\nauthor: " + authors.get(random.nextInt(4)));
                    default -> text + "\nMore words " + random.nextInt(1000) + " for the body.\n";
                };
                if (edited.equals(text)) {
                    continue;
                }
                TestSites.write(site, file, edited);
                engine.rebuild(List.of(Path.of(file)));
                ColdBuilds.assertSameFiles(ColdBuilds.of(tmp, site, 2), FileTree.snapshot(output), "after step " + step + " (edit "
                        + choice + " of " + file + ")");
                quick += engine.lastQuick() ? 1 : 0;
            }
        }
        assertTrue(quick >= 12, quick + " quick rebuilds");
    }

    /**
     * The keys a fresh start's tag edit records for the files it makes, and keeps for the others, are the keys
     * a cold build gives the same files: what the next build compares to keep a file, which no comparison of
     * the bytes shows wrong. The new tag's page and the sitemap are among them, keyed.
     */
    @Test
    void aTagEditRecordsTheKeysOfAColdBuild() throws IOException {
        Path site = site();
        for (int build = 0; build < 2; build++) { // the second a fresh start's edit, as a fresh JVM makes it
            try (Engine engine = new Engine(new BuildRequest(site, tmp.resolve("served"), false, false, Optional.empty(),
                    TestSites.CLOCK, Optional.of(tmp.resolve("cache"))), Reporter.silent(), 2)) {
                engine.build();
                assertEquals(build == 1, engine.lastQuick(), "the quick way");
                assertEquals(build == 1, engine.lastRendered().contains("tags/quay/index.html"),
                        engine.lastRendered().toString());
            }
            if (build == 0) {
                TestSites.replace(site, TIDES, "tags: [harbour, transport]", "tags: [harbour, transport, quay]");
            }
        }
        Map<String, String> served = keys(tmp.resolve("cache"));
        try (Engine engine = new Engine(new BuildRequest(site, tmp.resolve("cold"), false, false, Optional.empty(),
                TestSites.CLOCK, Optional.of(tmp.resolve("cold-cache"))), Reporter.silent(), 2)) {
            engine.build();
        }
        Map<String, String> cold = keys(tmp.resolve("cold-cache"));
        assertTrue(served.get("tags/quay/index.html").matches("[0-9a-f]{64}\\+reads:[0-9a-f]{64}"),
                "the new tag's page is keyed, with the author counts its stories show: " + served.get("tags/quay/index.html"));
        assertTrue(served.get("sitemap.xml").matches("[0-9a-f]{64}"), "the sitemap is keyed: " + served.get("sitemap.xml"));
        assertEquals(cold, served);
    }

    /** By output path, the keys the build state in {@code cache} records. */
    private static Map<String, String> keys(Path cache) throws IOException {
        SiteState state = SiteState.decode(Files.readAllBytes(cache.resolve(SiteState.FILE)), EngineStamp.compute())
                .orElseThrow();
        Map<String, String> keys = new java.util.TreeMap<>();
        state.manifest().entries().forEach((path, entry) -> keys.put(path, entry.key()));
        return keys;
    }
}
