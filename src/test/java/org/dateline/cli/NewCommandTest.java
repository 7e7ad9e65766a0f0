package org.dateline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dateline new}: the scaffold, its date and zone, slugs, archetypes, and never overwriting. */
class NewCommandTest {

    @TempDir
    Path tmp;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private Path site() {
        return TestSites.empty(tmp.resolve("site"), "title: T\ntime_zone: Europe/Berlin\n");
    }

    private CommandRun newArticle(Path site, String... options) {
        List<String> args = new ArrayList<>(List.of("new"));
        args.addAll(List.of(options));
        args.add("--source=" + site);
        return run(args.toArray(String[]::new));
    }

    @Test
    void writesCompleteFrontMatterDatedNowInTheSiteZoneAndPrintsThePath() throws IOException {
        Path site = site();
        CommandRun run = newArticle(site, "Polls close in the capital", "--section", "World", "--author", "Ana Ruiz",
                "--author", "Ben Ode", "--tag", "elections", "--tag", "capital");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertEquals(site.resolve("content/world/polls-close-in-the-capital.md") + System.lineSeparator(), run.out());
        assertEquals("", run.err());
        assertEquals("""
                ---
                title: "Polls close in the capital"
                date: 2024-07-01T14:00:00+02:00
                authors: ["Ana Ruiz", "Ben Ode"]
                section: "World"
                tags: ["elections", "capital"]
                source: ""
                # description: one or two sentences for listings, feeds and search results (at most 160 characters)
                description: ""
                draft: true
                ---

                Write the story here. Remove `draft: true` above when it is ready to publish.
                """, Files.readString(site.resolve("content/world/polls-close-in-the-capital.md")));
    }

    @Test
    void theNewArticleBuildsAsADraftWithItsHeadlineExactlyAsTyped() {
        Path site = site();
        String headline = "Vote: \"yes\" or \\no\\ # tonight --- ok";
        assertEquals(ExitCode.OK, newArticle(site, headline, "--section", "World news").exit());
        CommandRun build = run("build", "--source", site.toString(), "--output", tmp.resolve("out").toString(), "--drafts");
        assertEquals(ExitCode.OK, build.exit(), build.err());
        Document page = new RenderedSite(tmp.resolve("out"), null)
                .page("world-news/2024/07/01/vote-yes-or-no-tonight-ok/index.html");
        assertEquals(headline, page.expectFirst("h1").text());
        CommandRun published = run("build", "--source", site.toString(), "--output", tmp.resolve("out2").toString());
        assertEquals(ExitCode.OK, published.exit(), published.err());
        assertFalse(Files.exists(tmp.resolve("out2/world-news/2024/07/01/vote-yes-or-no-tonight-ok/index.html")),
                "a new article is a draft");
    }

    @Test
    void slugsFollowTheSiteRules() {
        Path site = site();
        assertEquals(site.resolve("content/zoes-cafe-and-bar-reopen.md") + System.lineSeparator(),
                newArticle(site, "Zoë's Café & Bar reopen").out());
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws IOException {
        Path site = site();
        TestSites.write(site, "content/world/polls-close.md", "mine\n");
        CommandRun run = newArticle(site, "Polls close", "--section", "World");
        assertEquals(ExitCode.SITE_ERRORS, run.exit());
        assertEquals("", run.out());
        assertEquals("content/world/polls-close.md: error: refusing to overwrite: the file already exists\n"
                + "    hint: choose another headline, or edit the existing file\n", run.err().replace("\r\n", "\n"));
        assertEquals("mine\n", Files.readString(site.resolve("content/world/polls-close.md")));
    }

    @Test
    void aHeadlineWithoutLettersIsRefused() {
        CommandRun run = newArticle(site(), "!!!");
        assertEquals(ExitCode.SITE_ERRORS, run.exit());
        assertEquals("error: the headline \"!!!\" has no letters or digits to make a file name from\n"
                + "    hint: write the headline in words\n", run.err().replace("\r\n", "\n"));
    }

    @Test
    void aSectionArchetypeReplacesTheScaffoldAndTheGeneralOneIsTheFallback() throws IOException {
        Path site = site();
        TestSites.write(site, "templates/archetypes/opinion.md",
                "---\ntitle: {{ title }}\ndate: {{date}}\nsection: {{ section }}\nauthors: {{ authors }}\n"
                        + "tags: {{ tags }}\ndraft: true\n---\nOpinion by {{ slug }}.\n");
        TestSites.write(site, "templates/archetype.md", "---\ntitle: {{ title }}\ndate: {{ date }}\ndraft: true\n---\n");
        assertEquals(ExitCode.OK, newArticle(site, "We were wrong", "--section", "Opinion", "--author", "Ed").exit());
        assertEquals("---\ntitle: \"We were wrong\"\ndate: 2024-07-01T14:00:00+02:00\nsection: \"Opinion\"\n"
                + "authors: [\"Ed\"]\ntags: []\ndraft: true\n---\nOpinion by we-were-wrong.\n",
                Files.readString(site.resolve("content/opinion/we-were-wrong.md")));
        assertEquals(ExitCode.OK, newArticle(site, "Tide tables", "--section", "World").exit());
        assertEquals("---\ntitle: \"Tide tables\"\ndate: 2024-07-01T14:00:00+02:00\ndraft: true\n---\n",
                Files.readString(site.resolve("content/world/tide-tables.md")));
    }

    @Test
    void anUnknownPlaceholderIsAnErrorAtItsLineAndColumn() {
        Path site = site();
        TestSites.write(site, "templates/archetype.md", "---\ntitle: {{ title }}\nby: {{ author }}\n---\n");
        CommandRun run = newArticle(site, "Polls close");
        assertEquals(ExitCode.SITE_ERRORS, run.exit());
        assertEquals("""
                templates/archetype.md:3:5: error: unknown placeholder `{{ author }}` in the archetype
                    3 | by: {{ author }}
                      |     ^
                    hint: use {{ title }}, {{ date }}, {{ section }}, {{ authors }}, {{ tags }} or {{ slug }}
                """, run.err().replace("\r\n", "\n"));
        assertFalse(Files.exists(site.resolve("content/polls-close.md")));
    }

    @Test
    void aMissingSiteFolderIsAnErrorAndIsNotCreated() {
        Path missing = tmp.resolve("nowhere");
        CommandRun run = newArticle(missing, "Polls close");
        assertEquals(ExitCode.SITE_ERRORS, run.exit());
        assertEquals(missing + ": error: site folder does not exist\n"
                + "    hint: pass the folder that holds site.yaml and content/ with --source\n", run.err().replace("\r\n", "\n"));
        assertFalse(Files.exists(missing));
        assertEquals(ExitCode.SITE_ERRORS, run("import", "src/test/resources/import/bare.html", "--source",
                missing.toString()).exit());
        assertFalse(Files.exists(missing));
    }
}
