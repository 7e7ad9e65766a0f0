package org.dateline.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.dateline.parse.ArticleMeta;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PermalinksTest {

    private static final OffsetDateTime MAY_3 = OffsetDateTime.parse("2024-05-03T09:05+03:00");
    private static final ArticleMeta VOTE = TestArticles.meta("content/world/vote.md", "Council backs Zoë's plan!",
            "2024-05-03T09:05+03:00", "World", "harbour-vote");

    private static Optional<String> path(String pattern, String section) {
        return new Permalinks(pattern).path(VOTE, section, MAY_3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /:section/:year/:month/:day/:slug/ | /world/2024/05/03/harbour-vote/ | world/2024/05/03/harbour-vote/index.html
            /:section/:slug/                   | /world/harbour-vote/            | world/harbour-vote/index.html
            /:year/:title/                     | /2024/council-backs-zoes-plan/  | 2024/council-backs-zoes-plan/index.html
            /news/:month-:day/:slug            | /news/05-03/harbour-vote/       | news/05-03/harbour-vote/index.html
            /:section/:slug.html               | /world/harbour-vote.html        | world/harbour-vote.html
            /:year/:month/:slug/index.html     | /2024/05/harbour-vote/index.html | 2024/05/harbour-vote/index.html
            //:section//:slug//                | /world/harbour-vote/            | world/harbour-vote/index.html
            """)
    void expandsEveryToken(String pattern, String path, String outputPath) {
        assertEquals(Optional.of(path), path(pattern, "world"));
        assertEquals(outputPath, Permalinks.outputPath(path));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /:categories/:year/:month/:day/:slug:output_ext | /news/harbour/2024/05/03/harbour-vote.html
            /:short_year/:i_month/:i_day/:hour:minute:second/:slug/ | /24/5/3/090500/harbour-vote/
            /posts/:filename/                     | /posts/index/
            /posts/:contentbasename/              | /posts/harbour-vote/
            """)
    void expandsJekyllAndHugoTokens(String pattern, String path) {
        ArticleMeta meta = withUrl(List.of("News", "Harbour"), "");
        assertEquals(Optional.of(path), new Permalinks(pattern).path(meta, "content/world/harbour-vote/index.md", "world",
                MAY_3));
    }

    @Test
    void anArticlesOwnUrlWinsOverThePattern() {
        assertEquals(Optional.of("/2019/03/old-name.html"), new Permalinks("/:slug/")
                .path(withUrl(List.of(), "/2019/03/old-name.html"), "content/world/x.md", "world", MAY_3));
        assertEquals(Optional.empty(), new Permalinks("/:slug/")
                .path(withUrl(List.of(), "/.git/x/"), "content/world/x.md", "world", MAY_3));
    }

    private static ArticleMeta withUrl(List<String> categories, String url) {
        return new ArticleMeta(VOTE.title(), VOTE.published(), VOTE.updated(), VOTE.expires(), VOTE.authors(),
                VOTE.source(), VOTE.description(), VOTE.section(), VOTE.tags(), VOTE.slug(), VOTE.draft(), VOTE.image(),
                VOTE.location(), VOTE.corrections(), VOTE.updates(), VOTE.params(), VOTE.positions(), categories, url,
                List.of(), java.util.Map.of());
    }

    @Test
    void anEmptySectionCollapsesItsSegment() {
        assertEquals(Optional.of("/2024/05/03/harbour-vote/"), path("/:section/:year/:month/:day/:slug/", ""));
    }

    @Test
    void padsSmallYearsMonthsAndDays() {
        assertEquals(Optional.of("/0987/01/02/harbour-vote/"), new Permalinks("/:year/:month/:day/:slug/")
                .path(VOTE, "world", OffsetDateTime.parse("0987-01-02T00:00Z")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/../:slug/", "/:section/./:slug/", "/.well-known/:slug/", "/a\\b/:slug/"})
    void refusesPatternsThatLeaveTheOutputFolderOrHideFiles(String pattern) {
        assertEquals(Optional.empty(), path(pattern, "world"));
    }

    @ParameterizedTest(name = "slug {0}")
    @ValueSource(strings = {"..", ".", ".hidden"})
    void refusesSlugsThatWouldLeaveTheOutputFolder(String slug) {
        ArticleMeta meta = TestArticles.meta("content/world/x.md", "X", "2024-05-03T09:05+03:00", "World", slug);
        assertEquals(Optional.empty(), new Permalinks("/:slug/").path(meta, "world", MAY_3));
        assertEquals(Optional.empty(), new Permalinks("/:section/:slug/").path(meta, "world", MAY_3));
    }

    @Test
    void aPatternThatExpandsToNothingHasNoPath() {
        ArticleMeta noSlug = TestArticles.meta("content/x.md", "!!!", "2024-05-03T09:05+03:00", "", "");
        assertEquals(Optional.empty(), new Permalinks("/:section/:slug/").path(noSlug, "", MAY_3));
    }

    @Test
    void theFrontPageIsIndexHtml() {
        assertEquals("index.html", Permalinks.outputPath("/"));
    }

    /** Dates are padded by hand now, not by String.format: the same digits for every value a date part can take. */
    @Test
    void datePartsArePaddedAsFormatWouldPadThem() {
        for (int value = -10000; value <= 10000; value++) {
            assertEquals(String.format(java.util.Locale.ROOT, "%04d", value), Permalinks.padded(value, 4));
            assertEquals(String.format(java.util.Locale.ROOT, "%02d", value), Permalinks.padded(value, 2));
        }
        assertEquals("0007", Permalinks.padded(7, 4));
    }
}
