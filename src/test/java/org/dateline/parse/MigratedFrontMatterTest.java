package org.dateline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.dateline.load.SourceFile;
import org.junit.jupiter.api.Test;

/** Front matter as Hugo, Jekyll and Eleventy sites write it, read unchanged. */
class MigratedFrontMatterTest {

    private static final String FILE = "content/news/a.md";
    private static final FrontMatterSplitter SPLITTER = new FrontMatterSplitter();
    private static final FrontMatterParser PARSER = new FrontMatterParser(new DateParser(ZoneId.of("UTC")),
            Map.of("jonathan-rubin", "Jonathan Rubin", "sa", "Selin Atay"));

    private static FrontMatterParser.Result read(String path, String text) {
        return PARSER.parse(new SourceFile(path, text), SPLITTER.split(path, text));
    }

    private static FrontMatterParser.Result read(String text) {
        return read(FILE, text);
    }

    private static List<Problem> errors(String text) {
        return assertThrows(DatelineException.class, () -> read(text)).problems();
    }

    private static SourcePosition at(int line, int column) {
        return new SourcePosition(FILE, line, column);
    }

    @Test
    void readsTomlFrontMatterWithItsNativeDates() {
        ArticleMeta meta = read("""
                +++
                title = "Release 1.2 is out"
                date = 2023-04-05T10:30:00-04:00
                lastmod = 2023-04-06
                tags = ["release", "security"]
                draft = false
                [params]
                mood = "calm"
                +++
                Body.
                """).meta();
        assertEquals("Release 1.2 is out", meta.title());
        assertEquals(OffsetDateTime.parse("2023-04-05T10:30-04:00"), meta.published());
        assertEquals(Optional.of(OffsetDateTime.parse("2023-04-06T00:00Z")), meta.updated());
        assertEquals(List.of("release", "security"), meta.tags());
        assertEquals(Map.of("mood", "calm"), meta.params().get("params"));
        assertEquals(at(3, 8), meta.positions().get("date")); // the value, after `date = `
    }

    @Test
    void tomlErrorsArePositionedInTheFile() {
        assertEquals(List.of(Problem.error(at(4, 10), "invalid TOML: Unexpected '=', expected ', \", ''', \"\"\", a number,"
                + " a boolean, a date/time, an array, or a table", "check the TOML syntax: `key = \"value\"`, one per line")),
                errors("\n+++\ntitle = \"A\"\nauthor = = \"B\"\n+++\nBody\n"));
        // tomlj records where a key is written: a value's error points after its `=`
        assertEquals(List.of(Problem.error(at(3, 10), "`date` is not a date: \"soon\"", DateParser.HINT)),
                errors("+++\ntitle = \"A\"\ndate =   \"soon\"\n+++\n"));
    }

    @Test
    void readsJsonFrontMatter() {
        ArticleMeta meta = read("""
                {
                  "title": "Floods recede",
                  "date": "2024-05-01T08:00:00Z",
                  "tags": ["weather", "floods"]
                }
                Body.
                """).meta();
        assertEquals("Floods recede", meta.title());
        assertEquals(List.of("weather", "floods"), meta.tags());
        assertEquals(at(3, 11), meta.positions().get("date"));
    }

    @Test
    void keysMatchWithoutRegardToCase() {
        ArticleMeta meta = read("""
                ---
                Title: Old post
                Date: 2020-01-01
                expirydate: 2020-02-01
                Tags: [a]
                ---
                """).meta();
        assertEquals("Old post", meta.title());
        assertEquals(Optional.of(OffsetDateTime.parse("2020-02-01T00:00Z")), meta.expires());
        assertEquals(List.of("a"), meta.tags());
    }

    @Test
    void hugoPublishDateWinsOverDate() {
        ArticleMeta meta = read("---\ntitle: T\ndate: 2020-01-01\npublishDate: 2020-01-05\n---\n").meta();
        assertEquals(OffsetDateTime.parse("2020-01-05T00:00Z"), meta.published());
        assertEquals(OffsetDateTime.parse("2020-01-05T00:00Z"),
                read("---\ntitle: T\npublishdate: 2020-01-05\ndate: 2020-01-01\n---\n").meta().published());
    }

    @Test
    void hugoAndJekyllNamesAreAliases() {
        ArticleMeta meta = read("""
                ---
                title: T
                date: 2020-01-01
                excerpt: The short of it.
                images: [/img/a.jpg, /img/b.jpg]
                ---
                """).meta();
        assertEquals("The short of it.", meta.description());
        assertEquals("/img/a.jpg", meta.image().orElseThrow().src());
    }

    @Test
    void jekyllPublishedFalseMeansNotPublishedWhileADateUnderPublishedIsADate() {
        assertTrue(read("---\ntitle: T\ndate: 2020-01-01\npublished: false\n---\n").meta().draft());
        assertFalse(read("---\ntitle: T\ndate: 2020-01-01\npublished: true\n---\n").meta().draft());
        assertEquals(OffsetDateTime.parse("2020-01-03T00:00Z"),
                read("---\ntitle: T\npublished: 2020-01-03\n---\n").meta().published());
    }

    @Test
    void aDuplicateKeyKeepsTheLastValueWithAWarningNamingBothLines() {
        FrontMatterParser.Result result = read("---\ntitle: First\ndate: 2020-01-01\ntitle: Second\n---\n");
        assertEquals("Second", result.meta().title());
        assertEquals(List.of(Problem.warning(at(4, 1), "duplicate key `title` (first given on line 2); the last one"
                + " is kept", "delete the line you do not mean")), result.warnings());
        FrontMatterParser.Result cased = read("---\ntitle: First\ndate: 2020-01-01\nTitle: Second\n---\n");
        assertEquals("Second", cased.meta().title());
        assertEquals(List.of(Problem.warning(at(4, 1), "`Title` and `title` (line 2) mean the same; the last one is kept",
                "keep one of them")), cased.warnings());
    }

    @Test
    void aDuplicateKeyThatDecidesPublicationStaysAnError() {
        assertEquals(List.of(Problem.error(at(5, 1), "duplicate key `published` (first given on line 4)",
                "keep one of the two: it decides when the article is published")),
                errors("---\ntitle: T\ndate: 2020-01-01\npublished: true\npublished: false\n---\n"));
        assertEquals(List.of(Problem.error(at(5, 1), "`expiryDate` and `expires` (line 4) mean the same",
                "keep one of them")),
                errors("---\ntitle: T\ndate: 2020-01-01\nexpires: 2021-01-01\nexpiryDate: 2021-01-02\n---\n"));
        assertEquals(List.of(Problem.error(at(4, 1), "duplicate key `draft` (first given on line 3)",
                "keep one of the two: it decides when the article is published")),
                errors("---\ntitle: T\ndraft: true\ndraft: false\ndate: 2020-01-01\n---\n"));
        assertEquals(List.of(Problem.error(at(4, 1), "duplicate key `date` (first given on line 3)",
                "keep one of the two: it decides when the article is published")),
                errors("---\ntitle: T\ndate: 2020-01-01\ndate: 2020-01-02\n---\n"));
    }

    @Test
    void aDuplicateTomlKeyKeepsTheLastValueWithAWarningNamingBothLines() {
        FrontMatterParser.Result result = read("""
                +++
                title = "First"
                tags = [
                  "old",
                ]
                date = 2020-01-01
                "title" = "Second"
                tags = ["new"]
                +++
                Body.
                """);
        assertEquals("Second", result.meta().title());
        assertEquals(List.of("new"), result.meta().tags());
        assertEquals(List.of(
                Problem.warning(at(7, 1), "duplicate key `title` (first given on line 2); the last one is kept",
                        "delete the line you do not mean"),
                Problem.warning(at(8, 1), "duplicate key `tags` (first given on line 3); the last one is kept",
                        "delete the line you do not mean")), result.warnings());
    }

    @Test
    void aDuplicateTomlKeyThatDecidesPublicationStaysAnError() {
        assertEquals(List.of(Problem.error(at(4, 1), "duplicate key `draft` (first given on line 3)",
                "keep one of the two: it decides when the article is published")),
                errors("+++\ntitle = \"T\"\ndraft = true\ndraft = false\ndate = 2020-01-01\n+++\n"));
        assertEquals(List.of(Problem.error(at(4, 1), "duplicate key `date` (first given on line 3)",
                "keep one of the two: it decides when the article is published")),
                errors("+++\ntitle = \"T\"\ndate = 2020-01-01\ndate = 2020-01-02\n+++\n"));
        assertEquals(List.of(Problem.error(at(5, 1), "`expiryDate` and `expires` (line 4) mean the same",
                "keep one of them")),
                errors("+++\ntitle = \"T\"\ndate = 2020-01-01\nexpires = 2021-01-01\nexpiryDate = 2021-01-02\n+++\n"));
    }

    @Test
    void aDuplicateKeyInsideATomlTableStaysATomlError() {
        assertEquals(List.of(Problem.error(at(6, 1), "invalid TOML: mood previously defined on line 5",
                "check the TOML syntax: `key = \"value\"`, one per line")),
                errors("+++\ntitle = \"T\"\ndate = 2020-01-01\n[params]\nmood = \"a\"\nmood = \"b\"\n+++\n"));
    }

    @Test
    void jekyllSpaceSeparatedCategoriesAndTagsAreSplit() {
        ArticleMeta meta = read("---\ntitle: T\ndate: 2020-01-01\ncategories: release community\ntags: release security\n---\n")
                .meta();
        assertEquals(List.of("release", "community"), meta.categories());
        assertEquals("release", meta.section());
        assertEquals(List.of("release", "security"), meta.tags());
        assertEquals(List.of("Port authority", "harbour"),
                read("---\ntitle: T\ndate: 2020-01-01\ntags: Port authority, harbour\n---\n").meta().tags());
    }

    @Test
    void htmlEntitiesInTitlesAndDescriptionsAreDecoded() {
        ArticleMeta meta = read("---\ntitle: Harbour &#8211; the vote &amp; after &hellip;\ndate: 2020-01-01\n"
                + "description: Caf&eacute; &#x2014; &quot;open&quot; &bogus; &#0;\n---\n").meta();
        assertEquals("Harbour \u2013 the vote & after \u2026", meta.title());
        assertEquals("Caf\u00e9 \u2014 \"open\" &bogus; &#0;", meta.description());
    }

    @Test
    void authorsNamingAnEntryOfTheAuthorsFileShowItsName() {
        ArticleMeta meta = read("---\ntitle: T\ndate: 2020-01-01\nauthors: [jonathan-rubin, SA, Ada Lovelace]\n---\n").meta();
        assertEquals(List.of("Jonathan Rubin", "Selin Atay", "Ada Lovelace"), meta.authors());
    }

    @Test
    void oneAuthorStringListingSeveralPeopleIsSplitAndLinksBecomeUrls() {
        ArticleMeta meta = read("---\ntitle: T\ndate: 2020-01-01\n"
                + "author: \"Ann Lee, Bo Park ([@bo](https://social.example/@bo)), and Cy Day\"\n---\n").meta();
        assertEquals(List.of("Ann Lee", "Bo Park", "Cy Day"), meta.authors());
        assertEquals(Map.of("Bo Park", "https://social.example/@bo"), meta.authorUrls());
        ArticleMeta linked = read("---\ntitle: T\ndate: 2020-01-01\n"
                + "author: \"[Dee Fox](https://dee.example) and [Eve](javascript:alert(1))\"\n---\n").meta();
        assertEquals(List.of("Dee Fox", "Eve"), linked.authors());
        assertEquals(Map.of("Dee Fox", "https://dee.example"), linked.authorUrls());
    }

    @Test
    void aliasesAndRedirectFromTogetherKeepEveryOldUrl() {
        FrontMatterParser.Result result = read("---\ntitle: T\ndate: 2020-01-01\naliases: [/old/one/, /both/]\n"
                + "redirect_from:\n  - /old/two.html\n  - /both/\n---\n");
        assertEquals(List.of("/old/one/", "/both/", "/old/two.html"), result.meta().aliases());
        assertEquals(List.of(), result.warnings());
        assertEquals(List.of(Problem.error(at(4, 10), "`aliases` is not a clean site path: \"/a/../b\"",
                "write a path such as `/2019/03/harbour-vote/` or `/news/old-name.html`, without `..`, `//`, `?`, `#`"
                        + " or spaces")), errors("---\ntitle: T\ndate: 2020-01-01\naliases: [/a/../b]\nredirect_from: /c/\n---\n"));
    }

    @Test
    void urlAndAliasesAreCleanSitePaths() {
        ArticleMeta meta = read("content/news/2019/a.md", "---\ntitle: T\ndate: 2020-01-01\npermalink: /blog/old-name\n"
                + "redirect_from:\n  - /2019/03/harbour.html\n  - older-name\n---\n").meta();
        assertEquals("/blog/old-name/", meta.url());
        assertEquals(List.of("/2019/03/harbour.html", "/news/2019/older-name/"), meta.aliases());
        assertEquals(List.of(Problem.error(at(4, 10), "`aliases` is not a clean site path: \"/a/../../etc\"",
                "write a path such as `/2019/03/harbour-vote/` or `/news/old-name.html`, without `..`, `//`, `?`, `#`"
                        + " or spaces")), errors("---\ntitle: T\ndate: 2020-01-01\naliases: [/a/../../etc]\n---\n"));
        assertEquals(List.of(Problem.error(at(4, 6), "`url` must be a path starting with `/`: \"https://x.example/a\"",
                "write the path the article had, e.g. `/2019/03/harbour-vote/`")),
                errors("---\ntitle: T\ndate: 2020-01-01\nurl: https://x.example/a\n---\n"));
    }

    @Test
    void aPageBundleTakesItsSlugFromItsFolder() {
        assertEquals("harbour-vote", read("content/news/harbour-vote/index.md", "---\ntitle: T\ndate: 2020-01-01\n---\n")
                .meta().slug());
        assertEquals("index", read("content/index.md", "---\ntitle: T\ndate: 2020-01-01\n---\n").meta().slug());
    }
}
