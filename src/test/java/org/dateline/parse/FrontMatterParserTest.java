package org.dateline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.dateline.load.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrontMatterParserTest {

    private static final FrontMatterSplitter SPLITTER = new FrontMatterSplitter();
    private static final FrontMatterParser PARSER = new FrontMatterParser(new DateParser(ZoneId.of("Europe/Istanbul")));
    private static final String FILE = "content/world/harbour-vote.md";

    private static FrontMatterParser.Result read(String path, String text) {
        return PARSER.parse(new SourceFile(path, text), SPLITTER.split(path, text));
    }

    private static ArticleMeta meta(String path, String frontMatter) {
        return read(path, "---\n" + frontMatter + "---\nBody.\n").meta();
    }

    private static ArticleMeta meta(String frontMatter) {
        return meta(FILE, frontMatter);
    }

    private static List<Problem> errors(String path, String frontMatter) {
        DatelineException e = assertThrows(DatelineException.class,
                () -> read(path, "---\n" + frontMatter + "---\nBody.\n"));
        return e.problems().stream().sorted(java.util.Comparator.comparingInt((Problem p) -> p.position().line())
                .thenComparingInt(p -> p.position().column())).toList();
    }

    private static List<Problem> errors(String frontMatter) {
        return errors(FILE, frontMatter);
    }

    private static Problem error(int line, int column, String message, String hint) {
        return Problem.error(new SourcePosition(FILE, line, column), message, hint);
    }

    @Test
    void readsEveryCanonicalKey() {
        FrontMatterParser.Result result = read(FILE, """
                ---
                title: Council backs harbour plan
                date: 2024-05-31T14:05:00+03:00
                updated: 2024-05-31T20:25:00+03:00
                author: Selin Atay
                source: Newsroom
                description: The vote ends a decade of delay.
                section: Politics
                tags: [harbour, transport]
                slug: harbour-plan
                draft: true
                image: /images/quay.jpg
                image_alt: Cranes on the quay
                image_caption: The quay at dusk.
                image_credit: Courier graphics
                location: MARLOW BAY
                ---
                Body.
                """);
        ArticleMeta meta = result.meta();
        assertEquals("Council backs harbour plan", meta.title());
        assertEquals(OffsetDateTime.parse("2024-05-31T14:05+03:00"), meta.published());
        assertEquals(Optional.of(OffsetDateTime.parse("2024-05-31T20:25+03:00")), meta.updated());
        assertEquals(List.of("Selin Atay"), meta.authors());
        assertEquals("Newsroom", meta.source());
        assertEquals("The vote ends a decade of delay.", meta.description());
        assertEquals("Politics", meta.section());
        assertEquals(List.of("harbour", "transport"), meta.tags());
        assertEquals("harbour-plan", meta.slug());
        assertEquals(true, meta.draft());
        assertEquals(Optional.of(new LeadImage("/images/quay.jpg", "Cranes on the quay", "The quay at dusk.",
                "Courier graphics")), meta.image());
        assertEquals("MARLOW BAY", meta.location());
        assertEquals(Map.of(), meta.params());
        assertEquals(List.of(), result.warnings());
        assertEquals(new SourcePosition(FILE, 3, 7), meta.position("date", FILE));
        assertEquals(new SourcePosition(FILE, 10, 7), meta.position("slug", FILE));
        assertEquals(SourcePosition.of(FILE), meta.position("corrections", FILE));
    }

    @Test
    void optionalKeysDefaultToEmpty() {
        ArticleMeta meta = meta("title: T\ndate: 2024-05-01\n");
        assertEquals(Optional.empty(), meta.updated());
        assertEquals(List.of(), meta.authors());
        assertEquals("", meta.source());
        assertEquals("", meta.description());
        assertEquals("World", meta.section());
        assertEquals(List.of(), meta.tags());
        assertEquals("harbour-vote", meta.slug());
        assertEquals(false, meta.draft());
        assertEquals(Optional.empty(), meta.image());
        assertEquals("", meta.location());
    }

    static Stream<Arguments> aliases() {
        Function<ArticleMeta, Object> published = ArticleMeta::published;
        Function<ArticleMeta, Object> updated = m -> m.updated().orElseThrow();
        Function<ArticleMeta, Object> description = ArticleMeta::description;
        OffsetDateTime may2 = OffsetDateTime.parse("2024-05-02T09:00+03:00");
        return Stream.of(
                Arguments.of("published: 2024-05-02T09:00", published, may2),
                Arguments.of("pubDate: 2024-05-02T09:00", published, may2),
                Arguments.of("date: 2024-05-01\nlastmod: 2024-05-02T09:00", updated, may2),
                Arguments.of("date: 2024-05-01\nlast_modified_at: 2024-05-02T09:00", updated, may2),
                Arguments.of("date: 2024-05-01\nmodified: 2024-05-02T09:00", updated, may2),
                Arguments.of("authors: [Selin Atay, Zoë Ångström]", (Function<ArticleMeta, Object>) ArticleMeta::authors,
                        List.of("Selin Atay", "Zoë Ångström")),
                Arguments.of("summary: The dek.", description, "The dek."),
                Arguments.of("dek: The dek.", description, "The dek."),
                Arguments.of("standfirst: The dek.", description, "The dek."),
                Arguments.of("category: Politics", (Function<ArticleMeta, Object>) ArticleMeta::section, "Politics"),
                Arguments.of("categories: [Politics, Local]", (Function<ArticleMeta, Object>) ArticleMeta::section,
                        "Politics"),
                Arguments.of("keywords: [harbour, rail]", (Function<ArticleMeta, Object>) ArticleMeta::tags,
                        List.of("harbour", "rail")),
                Arguments.of("dateline: MARLOW BAY", (Function<ArticleMeta, Object>) ArticleMeta::location, "MARLOW BAY"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aliases")
    void acceptsEveryAliasFromTheReadme(String line, Function<ArticleMeta, Object> field, Object expected) {
        String frontMatter = "title: T\n" + (line.contains("date:") || line.startsWith("published") || line.startsWith("pubDate")
                ? "" : "date: 2024-05-01\n") + line + "\n";
        assertEquals(expected, field.apply(meta(frontMatter)));
    }

    @Test
    void twoKeysThatMeanTheSameDateAreAnError() {
        assertEquals(List.of(error(4, 1, "`pubDate` and `date` (line 3) mean the same", "keep one of them")),
                errors("title: T\ndate: 2024-05-01\npubDate: 2024-05-02\n"));
    }

    @Test
    void aJekyllFileNameSuppliesTheDateAndTheSlug() {
        ArticleMeta meta = meta("content/world/2024-05-01-polls-close.md", "title: Polls close\n");
        assertEquals(OffsetDateTime.parse("2024-05-01T00:00+03:00"), meta.published());
        assertEquals("polls-close", meta.slug());
    }

    @Test
    void frontMatterDatesAndSlugsWinOverTheJekyllFileName() {
        ArticleMeta meta = meta("content/world/2024-05-01-polls-close.md",
                "title: Polls close\ndate: 2024-05-03T18:00\nslug: polls\n");
        assertEquals(OffsetDateTime.parse("2024-05-03T18:00+03:00"), meta.published());
        assertEquals("polls", meta.slug());
        assertEquals("polls-close", meta("content/world/2024-05-01-polls-close.md", "title: T\ndate: 2024-05-03\n").slug());
    }

    @Test
    void anImpossibleDateInAJekyllFileNameIsAnError() {
        assertEquals(List.of(Problem.error(SourcePosition.of("content/world/2023-02-29-leap.md"),
                "the date in the file name is not a real date or time: \"2023-02-29\"",
                "name the file YYYY-MM-DD-slug.md with a real date, or add `date:`")),
                errors("content/world/2023-02-29-leap.md", "title: Leap\n"));
    }

    @Test
    void keepsUnknownKeysAsParamsForTemplates() {
        ArticleMeta meta = meta("""
                title: T
                date: 2024-05-01
                story_id: MB-0142
                priority: 3
                embargo: false
                related: {wire: [AP-1, AP-2]}
                nothing:
                """);
        assertEquals(Map.of("story_id", "MB-0142", "priority", 3L, "embargo", false,
                "related", Map.of("wire", List.of("AP-1", "AP-2"))), meta.params());
        assertEquals(List.of("story_id", "priority", "embargo", "related"), List.copyOf(meta.params().keySet()));
    }

    @Test
    void anUpdateBeforePublicationIsAnErrorAtTheUpdate() {
        assertEquals(List.of(error(4, 10, "`updated` (2024-05-01T09:00+03:00) is before `date` (2024-05-02T09:00+03:00)",
                "an update comes after publication; check both dates")),
                errors("title: T\ndate: 2024-05-02T09:00\nupdated: 2024-05-01T09:00\n"));
        assertEquals(Optional.of(OffsetDateTime.parse("2024-05-02T06:00Z")),
                meta("title: T\ndate: 2024-05-02T09:00\nupdated: 2024-05-02T06:00Z\n").updated());
    }

    @Test
    void aMissingTitleIsAnErrorAtTheClosingFence() {
        assertEquals(List.of(error(3, 1, "`title` is missing",
                "add a line such as `title: Polls close in the capital` to the front matter")),
                errors("date: 2024-05-01\n"));
    }

    @Test
    void aMissingTitlePointsAtTheClosingFenceInTomlAndWithCrlfToo() {
        Problem expected = error(4, 1, "`title` is missing",
                "add a line such as `title: Polls close in the capital` to the front matter");
        assertEquals(List.of(expected), assertThrows(DatelineException.class, () -> read(FILE,
                "+++\ndate = 2024-05-01\nauthor = \"A\"\n+++\nBody.\n")).problems());
        assertEquals(List.of(expected), assertThrows(DatelineException.class, () -> read(FILE,
                "---\r\ndate: 2024-05-01\r\nauthor: A\r\n---\r\nBody.\r\n")).problems());
    }

    @Test
    void anEmptyTitleIsAnErrorAtTheTitle() {
        Problem empty = error(2, 8, "`title` is empty", "write the headline after `title:`");
        assertEquals(List.of(empty), errors("title: \"\"\ndate: 2024-05-01\n"));
        assertEquals(List.of(empty), errors("title: '   '\ndate: 2024-05-01\n"));
    }

    @Test
    void aTitleKeyWithNothingAfterItIsEmptyNotMissing() {
        // where the value belongs, as the hint says to write it there
        assertEquals(List.of(error(2, 7, "`title` is empty", "write the headline after `title:`")),
                errors("title:\ndate: 2024-05-01\n"));
        assertEquals(List.of(error(2, 8, "`title` is empty", "write the headline after `title:`")),
                errors("title: ~\ndate: 2024-05-01\n"));
    }

    @Test
    void aTitleThatIsNotTextIsReportedOnce() {
        assertEquals(List.of(error(2, 8, "`title` must be text, not a list", null)),
                errors("title: [A, B]\ndate: 2024-05-01\n"));
    }

    @Test
    void aDateKeyWithNothingAfterItIsEmptyNotMissing() {
        assertEquals(List.of(error(3, 9, "`pubDate` is empty",
                "add e.g. `date: 2024-05-01T18:30:00+02:00`, or name the file 2024-05-01-slug.md")),
                errors("title: T\npubDate:\n"));
    }

    @Test
    void aMissingDateIsAnErrorWithTheJekyllHint() {
        assertEquals(List.of(error(3, 1, "`date` is missing",
                "add e.g. `date: 2024-05-01T18:30:00+02:00`, or name the file 2024-05-01-slug.md")),
                errors("title: T\n"));
    }

    @Test
    void reportsEveryMistakeInTheFileNotOnlyTheFirst() {
        List<Problem> problems = errors("""
                title: ""
                date: May 1st
                slug: ../escape
                draft: no
                authors: [{email: a@example.test}]
                tags: [[nested]]
                image: /a.jpg
                image_alt: [x]
                """);
        assertEquals(List.of(
                "2:8 `title` is empty",
                "3:7 `date` is not a date: \"May 1st\"",
                "4:7 `slug` \"../escape\" may hold only letters, digits, `-`, `_` and `.`, starting with a letter or"
                        + " digit and not ending with `.`",
                "5:8 `draft` must be true or false, not \"no\"",
                "6:11 `authors` must be text, not a mapping",
                "7:8 `tags` must be text, not a list",
                "9:12 `image_alt` must be text, not a list"),
                problems.stream().map(p -> p.position().line() + ":" + p.position().column() + " " + p.message()).toList());
    }

    @Test
    void messagesNameTheKeyAsTheUserWroteIt() {
        assertEquals(List.of(error(3, 10, "`pubDate` is not a date: \"May 1st\"",
                "use ISO 8601, e.g. 2024-05-01 or 2024-05-01T18:30:00+02:00")),
                errors("title: T\npubDate: May 1st\n"));
        assertEquals(List.of(error(4, 10, "`lastmod` (2024-05-01T00:00+03:00) is before `published`"
                        + " (2024-05-02T00:00+03:00)", "an update comes after publication; check both dates")),
                errors("title: T\npublished: 2024-05-02\nlastmod: 2024-05-01\n"));
        assertEquals("`keywords` must be text, not a mapping",
                errors("title: T\ndate: 2024-05-01\nkeywords: {a: b}\n").get(0).message());
        assertEquals("`categories` must be text, not a mapping",
                errors("title: T\ndate: 2024-05-01\ncategories: [{a: b}]\n").get(0).message());
        assertEquals("`dateline` must be text, not a list",
                errors("title: T\ndate: 2024-05-01\ndateline: [PARIS]\n").get(0).message());
    }

    @Test
    void warningsNameTheKeyAsTheUserWroteIt() {
        FrontMatterParser.Result result = read(FILE, "---\ntitle: T\npubDate: 2014-10-26T03:30\n---\n");
        assertEquals(List.of(Problem.warning(new SourcePosition(FILE, 3, 10), "`pubDate` \"2014-10-26T03:30\" happens"
                + " twice in time zone Europe/Istanbul; taken as 2014-10-26T03:30:00+03:00",
                "give an offset, e.g. +02:00, to say which one is meant")), result.warnings());
    }

    @Test
    void readsYamlWithTheCoreSchemaSoTildeIsNothing() {
        ArticleMeta meta = meta("title: T\ndate: 2024-05-01\ndescription: ~\nimage: ~\ndraft: TRUE\nupdated: null\n");
        assertEquals("", meta.description());
        assertEquals(Optional.empty(), meta.image());
        assertEquals(true, meta.draft());
        assertEquals(Optional.empty(), meta.updated());
    }

    @Test
    void draftMustBeABooleanNotAGuess() {
        assertEquals(List.of(error(4, 8, "`draft` must be true or false, not \"no\"",
                "write `draft: true` or `draft: false`")), errors("title: T\ndate: 2024-05-01\ndraft: no\n"));
        assertEquals(false, meta("title: T\ndate: 2024-05-01\ndraft: false\n").draft());
    }

    @Test
    void readsAuthorsAsANameAListOrNameItems() {
        assertEquals(List.of("Selin Atay"), meta("title: T\ndate: 2024-05-01\nauthor: ' Selin Atay '\n").authors());
        assertEquals(List.of("Selin Atay", "Tomasz Wieczorek"),
                meta("title: T\ndate: 2024-05-01\nauthors:\n  - name: Selin Atay\n  - Tomasz Wieczorek\n  - Selin Atay\n")
                        .authors());
    }

    @Test
    void readsTagsAsAListOrACommaSeparatedString() {
        assertEquals(List.of("harbour", "rail link", "ferries"),
                meta("title: T\ndate: 2024-05-01\ntags: harbour, rail link,, ferries, harbour\n").tags());
        assertEquals(List.of("a, b"), meta("title: T\ndate: 2024-05-01\ntags: ['a, b']\n").tags());
    }

    @Test
    void theSectionDefaultsToTheFirstFolderCapitalised() {
        assertEquals("World news", meta("content/world-news/2024/a.md", "title: T\ndate: 2024-05-01\n").section());
        assertEquals("", meta("content/a.md", "title: T\ndate: 2024-05-01\n").section());
        assertEquals("Sport", meta("content/world/a.md", "title: T\ndate: 2024-05-01\nsection: ' Sport '\n").section());
    }

    @Test
    void theSlugComesFromTheFileNameOrElseTheTitle() {
        assertEquals("zoes-column", meta("content/world/Zoë's Column!.md", "title: T\ndate: 2024-05-01\n").slug());
        assertEquals("harbour-vote-passes", meta("content/world/!!!.md", "title: Harbour vote passes\ndate: 2024-05-01\n")
                .slug());
    }

    @Test
    void warnsAboutALeadImageWithoutAltTextAndImageFieldsWithoutAnImage() {
        FrontMatterParser.Result withoutAlt = read(FILE, "---\ntitle: T\ndate: 2024-05-01\nimage: /q.jpg\n---\n");
        assertEquals(List.of(Problem.warning(new SourcePosition(FILE, 4, 8), "lead image has no `image_alt` text",
                "describe the picture for readers who cannot see it")), withoutAlt.warnings());
        FrontMatterParser.Result captionOnly = read(FILE, "---\ntitle: T\ndate: 2024-05-01\nimage_caption: Quay\n---\n");
        assertEquals(List.of(Problem.warning(new SourcePosition(FILE, 4, 16), "`image_caption` is ignored without `image`",
                "add `image:` with the picture's path or URL")), captionOnly.warnings());
        assertEquals(Optional.empty(), captionOnly.meta().image());
    }

    @Test
    void readsCorrectionsAndUpdatesOldestFirst() {
        ArticleMeta meta = meta("""
                title: T
                date: 2024-05-01
                corrections:
                  - {date: 2024-05-03T10:00, text: Second fix.}
                  - {date: 2024-05-02T10:00, text: First fix.}
                """);
        assertEquals(List.of(new Notice(OffsetDateTime.parse("2024-05-02T10:00+03:00"), "First fix."),
                new Notice(OffsetDateTime.parse("2024-05-03T10:00+03:00"), "Second fix.")), meta.corrections());
    }

    @Test
    void frontMatterMustBeAMapping() {
        assertEquals(List.of(error(2, 1, "front matter must be `key: value` lines, not a list",
                "write e.g. `title: Polls close in the capital`")), errors("- title: T\n"));
    }
}
