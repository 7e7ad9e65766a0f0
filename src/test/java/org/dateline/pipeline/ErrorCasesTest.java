package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.testing.FileTree;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of mistake the issue lists: each stops the build with every problem of the run,
 * positioned at file and line, and the previous good output in the same folder survives byte for byte.
 */
class ErrorCasesTest {

    private static final String STORY = "content/world/harbour-vote.md";
    private static final String GOOD_FRONT_MATTER = """
            title: Council backs harbour plan
            date: 2024-05-31T14:05:00+03:00
            """;

    @TempDir
    Path tmp;

    private Path site;
    private Path out;
    private Map<String, String> goodOutput;

    @BeforeEach
    void buildAGoodSiteFirst() {
        site = TestSites.copy("wire-story", tmp);
        out = TestSites.build(site).output();
        goodOutput = FileTree.snapshot(out);
    }

    private void story(String frontMatter) {
        TestSites.write(site, STORY, "---\n" + frontMatter + "---\nThe council voted 31 to 9.\n");
    }

    /** Builds the broken site; asserts the old output is untouched; returns every problem, formatted. */
    private List<String> failedBuild() {
        DatelineException e = assertThrows(DatelineException.class, () -> TestSites.build(site));
        assertEquals(goodOutput, FileTree.snapshot(out), "the previous output must survive byte for byte");
        assertEquals(List.of("out", "site"), FileTree.names(tmp).stream().filter(name -> !name.equals(".out.previous"))
                .toList(), "no staging folder is left behind");
        return e.problems().stream().map(Problem::format).toList();
    }

    @Test
    void malformedYaml() {
        story("title: Council backs harbour plan\ndate: 2024-05-31\ntags: [harbour, transport\n");
        assertEquals(List.of("error: content/world/harbour-vote.md:5:1: invalid YAML: expected ',' or ']', but got"
                + " <stream end> (hint: check the indentation and quote values that contain `:` or `#`)"), failedBuild());
    }

    @Test
    void malformedYamlInTheMiddleOfALine() {
        story("title: Council backs harbour plan\ndate: 2024-05-31\n  source: Newsroom\n");
        assertEquals(List.of("error: content/world/harbour-vote.md:4:9: invalid YAML: mapping values are not allowed"
                + " here (hint: check the indentation and quote values that contain `:` or `#`)"), failedBuild());
    }

    @Test
    void missingTitle() {
        story("date: 2024-05-31T14:05:00+03:00\n");
        assertEquals(List.of("error: content/world/harbour-vote.md:3:1: `title` is missing (hint: add a line such as"
                + " `title: Polls close in the capital` to the front matter)"), failedBuild());
    }

    @Test
    void emptyTitle() {
        story("date: 2024-05-31T14:05:00+03:00\ntitle: \"  \"\n");
        assertEquals(List.of("error: content/world/harbour-vote.md:3:8: `title` is empty (hint: write the headline"
                + " after `title:`)"), failedBuild());
    }

    @Test
    void unparseableDate() {
        story("title: Council backs harbour plan\npublished: May 31st\n");
        assertEquals(List.of("error: content/world/harbour-vote.md:3:12: `published` is not a date: \"May 31st\""
                + " (hint: use ISO 8601, e.g. 2024-05-01 or 2024-05-01T18:30:00+02:00)"), failedBuild());
    }

    @Test
    void updatedBeforeDate() {
        story(GOOD_FRONT_MATTER + "updated: 2024-05-30T09:00:00+03:00\n");
        assertEquals(List.of("error: content/world/harbour-vote.md:4:10: `updated` (2024-05-30T09:00+03:00) is before"
                + " `date` (2024-05-31T14:05+03:00) (hint: an update comes after publication; check both dates)"),
                failedBuild());
    }

    @Test
    void unknownTemplate() {
        TestSites.write(site, "templates/article.peb", "{% extends \"base.peb\" %}\n{% block content %}\n"
                + "{% include \"partials/byline.peb\" %}\n{% endblock %}\n");
        assertEquals(List.of(
                "error: templates/article.peb:3:12: template `partials/byline.peb` not found (rendering"
                        + " world/2024/05/20/second-story/index.html and 1 other page) (hint: add"
                        + " templates/partials/byline.peb or fix the name in the template that refers to it)"),
                failedBuild());
    }

    @Test
    void pebbleSyntaxErrorInASiteTemplate() {
        TestSites.write(site, "templates/index.peb", "{% extends \"base.peb\" %}\n{% block content %}\n"
                + "<h1>{{ site.title }</h1>\n{% endblock %}\n");
        assertEquals(List.of("error: templates/index.peb:3: template error: Unexpected \"}\" (rendering index.html)"
                + " (hint: see the Pebble syntax at pebbletemplates.io)"), failedBuild());
    }

    @Test
    void aTemplateErrorOnEveryArticlePageIsOneLineCountingThePages() {
        TestSites.write(site, "templates/article.peb", "{{ article.titel }}\n");
        assertEquals(List.of("error: templates/article.peb:1:4: template variable `article.titel` does not exist"
                + " (rendering world/2024/05/20/second-story/index.html and 1 other page) (hint: did you mean"
                + " `article.title`?)"), failedBuild());
    }

    @Test
    void misspeltTemplateVariable() {
        TestSites.write(site, "templates/index.peb", "{% extends \"base.peb\" %}\n{% block content %}\n\n"
                + "<h1>{{ site.titel }}</h1>\n{% endblock %}\n");
        assertEquals(List.of("error: templates/index.peb:4:8: template variable `site.titel` does not exist"
                + " (rendering index.html) (hint: did you mean `site.title`?)"), failedBuild());
    }

    @Test
    void twoArticlesWithTheSameOutputPath() {
        TestSites.write(site, "content/world/harbour-vote-copy.md", "---\ntitle: Copy\n"
                + "date: 2024-05-31T09:00:00+03:00\nslug: harbour-vote\n---\nCopy.\n");
        assertEquals(List.of("error: content/world/harbour-vote.md: article writes to"
                + " world/2024/05/31/harbour-vote/index.html, the same page as content/world/harbour-vote-copy.md"
                + " (hint: give one of them a different `slug`)"), failedBuild());
    }

    @Test
    void aSlugThatWouldLeaveTheOutputFolder() {
        story(GOOD_FRONT_MATTER + "slug: ../../../escape\n");
        assertEquals(List.of("error: content/world/harbour-vote.md:4:7: `slug` \"../../../escape\" may hold only letters,"
                + " digits, `-`, `_` and `.`, starting with a letter or digit and not ending with `.` (hint: use lower-case"
                + " words joined by `-`,"
                + " e.g. `slug: polls-close`)"), failedBuild());
    }

    @Test
    void aPermalinkThatWouldLeaveTheOutputFolder() {
        TestSites.write(site, "site.yaml", "title: The Test Gazette\nbase_url: https://news.example.test/\n"
                + "permalink: /../../:slug/\n");
        assertEquals(List.of("error: site.yaml:3:12: `permalink` must contain :slug, :title, :filename or :contentbasename and only plain path"
                + " segments: \"/../../:slug/\" (hint: the default is /:section/:year/:month/:day/:slug/)"), failedBuild());
    }

    @Test
    void everyBrokenFileOfTheRunIsReported() {
        story("title: Council backs harbour plan\ndate: someday\ndraft: maybe\n");
        TestSites.write(site, "content/world/second-story.md", "---\ndate: 2024-05-20\n---\nText.\n");
        TestSites.write(site, "content/culture/review.md", "---\ntitle: [unclosed\n---\nText.\n");
        assertEquals(List.of(
                "error: content/culture/review.md:3:1: invalid YAML: expected ',' or ']', but got <stream end>"
                        + " (hint: check the indentation and quote values that contain `:` or `#`)",
                "error: content/world/harbour-vote.md:3:7: `date` is not a date: \"someday\" (hint: use ISO 8601,"
                        + " e.g. 2024-05-01 or 2024-05-01T18:30:00+02:00)",
                "error: content/world/harbour-vote.md:4:8: `draft` must be true or false, not \"maybe\" (hint: write"
                        + " `draft: true` or `draft: false`)",
                "error: content/world/second-story.md:3:1: `title` is missing (hint: add a line such as"
                        + " `title: Polls close in the capital` to the front matter)"), failedBuild());
    }

    @Test
    void contentErrorsAndTemplateErrorsOfOneRunAreReportedTogether() {
        TestSites.write(site, "content/world/second-story.md", "---\ntitle: Ferry talks\ndate: 2024-02-30\n---\nText.\n");
        TestSites.write(site, "templates/index.peb", "{{ nope }}\n");
        assertEquals(List.of(
                "error: content/world/second-story.md:3:7: `date` is not a real date or time: \"2024-02-30\" (hint: use"
                        + " ISO 8601, e.g. 2024-05-01 or 2024-05-01T18:30:00+02:00)",
                "error: templates/index.peb:1:4: template variable `nope` does not exist (rendering index.html)"
                        + " (hint: check the spelling against the template variables in README.md)"), failedBuild());
    }

    @Test
    void aFixedSiteBuildsAgainIntoTheSameOutput() {
        story("title: Council backs harbour plan\n");
        failedBuild();
        story(GOOD_FRONT_MATTER + "slug: harbour-vote\n");
        TestSites.build(site);
        // the output the build replaced is kept for the next build to bring up to date
        assertEquals(List.of(".out.previous", "out", "site"), FileTree.names(tmp));
        assertEquals("Council backs harbour plan",
                TestSites.build(site).page("world/2024/05/31/harbour-vote/index.html").expectFirst("h1").text());
    }
}
