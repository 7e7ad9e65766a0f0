package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.Reporter;
import org.dateline.testing.FileTree;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hugo's {@code _index.md}: a section's own front matter (title, description, weight, draft). */
class SectionFrontMatterTest {

    private static final String SITE = "title: Gazette\npermalink: /:section/:slug/\n";

    @TempDir
    Path tmp;

    private Path site(String siteYaml) {
        Path site = TestSites.empty(tmp, siteYaml);
        for (String section : List.of("world", "sport", "business", "culture")) {
            TestSites.write(site, "content/" + section + "/a.md", "---\ntitle: A " + section
                    + "\ndate: 2024-05-01T10:00:00Z\n---\nText.\n");
        }
        return site;
    }

    private static List<String> warnings(RenderedSite built) {
        return built.result().warnings().stream().map(Problem::format).filter(w -> w.contains("_index")).toList();
    }

    @Test
    void weightsOrderTheSectionsSiteYamlDoesNotAndADraftSectionHasNoPageFeedOrPlaceInTheNavigation() {
        Path site = site(SITE + "sections:\n  - culture\n");
        TestSites.write(site, "content/world/_index.md", "---\nweight: 2\n---\n");
        TestSites.write(site, "content/sport/_index.md", "---\nWeight: 1\ntitle: Sport & games\n---\n");
        TestSites.write(site, "content/business/_index.md", "+++\ndraft = true\ntitle = \"Money\"\n+++\n");
        RenderedSite built = TestSites.build(site);
        Document front = built.page("index.html");
        // site.yaml's order first, then by weight, then unweighted by slug
        assertEquals(List.of("Culture", "Sport & games", "World"), front.select("nav.site-nav a").eachText());
        assertFalse(built.files().contains("business/index.html"));
        assertFalse(built.files().contains("business/feed.xml"));
        Document article = built.page("business/a/index.html");
        assertEquals("A business", article.expectFirst("article h1").text());
        assertTrue(article.select("a[href=/business/]").isEmpty());
        assertEquals(List.of(), warnings(built));
    }

    @Test
    void withDraftsShownADraftSectionHasItsPage() {
        Path site = site(SITE);
        TestSites.write(site, "content/business/_index.md", "---\ndraft: true\ntitle: Money\n---\n");
        BuildRequest request = new BuildRequest(site, site.resolveSibling("out"), true, false, Optional.empty(),
                TestSites.CLOCK);
        new BuildPipeline(Reporter.silent(), 2).build(request);
        RenderedSite built = new RenderedSite(request.output(), null);
        assertEquals("Money", built.page("business/index.html").expectFirst("h1.listing__title").text());
    }

    @Test
    void siteYamlsSectionTitleWinsOverTheIndexFiles() {
        Path site = site(SITE + "sections:\n  - name: world\n    title: World news\n");
        TestSites.write(site, "content/world/_index.md", "---\ntitle: Abroad\ndescription: Far &amp; wide.\n---\n");
        TestSites.write(site, "content/sport/_index.md", "\n{\n  \"Title\": \"Games\",\n  \"Summary\": \"Scores.\"\n}\n");
        RenderedSite built = TestSites.build(site);
        Document page = built.page("world/index.html");
        assertEquals("World news", page.expectFirst("h1.listing__title").text());
        assertEquals("Far & wide.", page.expectFirst("p.listing__description").text());
        Document sport = built.page("sport/index.html");
        assertEquals("Games", sport.expectFirst("h1.listing__title").text());
        assertEquals("Scores.", sport.expectFirst("p.listing__description").text());
    }

    @Test
    void indexFilesDateLineCannotUseAreWarningsAtTheirFiles() {
        Path site = site(SITE);
        TestSites.write(site, "content/_index.md", "---\ntitle: Home\n---\n");
        TestSites.write(site, "content/world/europe/_index.md", "---\ntitle: Europe\n---\n");
        TestSites.write(site, "content/world/europe/b.md", "---\ntitle: B\ndate: 2024-05-02T10:00:00Z\n---\nB.\n");
        TestSites.write(site, "content/opinion/_index.md", "---\ntitle: Opinion\n---\n");
        TestSites.write(site, "content/_posts/_index.md", "---\ntitle: Posts\n---\n");
        TestSites.write(site, "content/sport/_index.md", "---\ntitle: Sport\n---\n\nAll the scores.\n");
        assertEquals(List.of(
                "warning: content/_index.md: the front page takes its title and description from site.yaml, so this"
                        + " file is not read (hint: move `title` and `description` to site.yaml, and delete the file)",
                "warning: content/_posts/_index.md: Jekyll's _posts folder is not a section, so this file is not read"
                        + " (hint: move it to the section's folder, or delete it)",
                "warning: content/opinion/_index.md: section \"opinion\" has no published article, so it has no page"
                        + " (hint: add articles to its folder, or delete the file)",
                "warning: content/sport/_index.md:5:1: the text of a section's _index.md is not shown on its page"
                        + " (hint: put a short introduction in `description`, which the section's page shows, and"
                        + " delete the text)",
                "warning: content/world/europe/_index.md: only a folder right under content/ is a section, so this"
                        + " file is not read (hint: move it to the section's folder, or delete it)"),
                warnings(TestSites.build(site)).stream().sorted().toList());
    }

    @Test
    void aMistakeInAnIndexFileIsAnErrorAtItsLine() {
        Path site = site(SITE);
        TestSites.write(site, "content/world/_index.md", "---\ntitle: World\nweight: heavy\ntitle: Again\n---\n");
        TestSites.write(site, "content/sport/_index.md", "+++\ntitle = [1, 2]\n+++\n");
        DatelineException e = assertThrows(DatelineException.class, () -> TestSites.build(site));
        assertEquals(List.of(
                "error: content/sport/_index.md:2:9: `title` must be text, not a list",
                "error: content/world/_index.md:3:9: `weight` is not a whole number"),
                e.problems().stream().map(Problem::format).map(f -> f.replaceAll(" \\(hint.*", "")).sorted().toList());
    }

    @Test
    void aRebuildAfterAnIndexFileOrTheSitesRedirectsChangeGivesTheColdBuildsBytes() {
        Path site = site(SITE);
        TestSites.write(site, "content/world/_index.md", "---\ndescription: Abroad.\n---\n");
        TestSites.write(site, "content/world/a.md", "---\ntitle: A world\ndate: 2024-05-01T10:00:00Z\n"
                + "aliases: [/old/a/]\n---\nText.\n");
        Path output = tmp.resolve("incremental-out");
        try (Engine engine = new Engine(new BuildRequest(site, output, false, false, Optional.empty(), TestSites.CLOCK,
                Optional.of(tmp.resolve("cache"))), Reporter.silent(), 2)) {
            engine.build();
            List<Runnable> edits = List.of(
                    () -> TestSites.write(site, "content/world/_index.md", "---\ndescription: Far away.\nweight: 1\n---\n"),
                    () -> TestSites.write(site, "content/sport/_index.md", "---\ndraft: true\n---\n"),
                    () -> TestSites.write(site, "static/_redirects", "/shop https://shop.example.test/ 302\n"));
            for (Runnable edit : edits) {
                Map<String, String> before = FileTree.snapshot(output);
                edit.run();
                engine.rebuild(List.of());
                Map<String, String> incremental = FileTree.snapshot(output);
                assertFalse(before.equals(incremental), "the edit changed nothing");
                Map<String, String> expected = ColdBuilds.of(tmp, site, 2);
                ColdBuilds.assertSameFiles(expected, incremental, "edit " + edits.indexOf(edit));
            }
        }
        RenderedSite built = new RenderedSite(output, null);
        assertEquals("Far away.", built.page("world/index.html").expectFirst("p.listing__description").text());
        assertFalse(built.files().contains("sport/index.html"));
        assertEquals("/shop https://shop.example.test/ 302\n/old/a/ /world/a/ 301\n", built.text("_redirects"));
    }
}
