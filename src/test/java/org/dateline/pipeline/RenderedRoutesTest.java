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
 * every page that shows the edited article, and none of the pages that do not. Page keys still cover
 * a whole article view, so every listing, feed and related box showing the article is rendered again
 * even when only its body changed; the pages listed as untouched here must stay so.
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
