package org.dateline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.dateline.diag.DatelineException;
import org.dateline.load.SourceFile;
import org.junit.jupiter.api.Test;

/** Empty files, empty keys and unsafe generated slugs: each one positioned error, never a guess. */
class HostileFrontMatterTest {

    private final ArticleParser parser = new ArticleParser(new FrontMatterParser(new DateParser(ZoneId.of("UTC"))),
            new MarkdownParser());

    private String error(String path, String text) {
        return assertThrows(DatelineException.class, () -> parser.parse(new SourceFile(path, text))).getMessage();
    }

    @Test
    void emptyFileIsAnError() {
        assertEquals("content/a.md:1:1: file is empty (hint: write the article, or delete the file (names starting"
                + " with `_` are skipped))", error("content/a.md", " \n\n"));
    }

    @Test
    void frontMatterOnlyIsAnArticleWithNoBody() {
        ParsedArticle article = parser.parse(new SourceFile("content/a.md", "---\ntitle: T\ndate: 2024-01-01\n---"));
        assertEquals("T", article.meta().title());
        assertEquals(null, article.document().getFirstChild());
    }

    @Test
    void emptyTitleAndDateAreNamedWhereWritten() {
        assertEquals("content/a.md:2:7: `title` is empty (hint: write the headline after `title:`) (and 1 more)",
                error("content/a.md", "---\ntitle:\ndate:\n---\n"));
        DatelineException both = assertThrows(DatelineException.class,
                () -> parser.parse(new SourceFile("content/a.md", "---\ntitle:\ndate:\n---\n")));
        assertEquals("content/a.md:3:6: `date` is empty (hint: add e.g. `date: 2024-05-01T18:30:00+02:00`, or name"
                + " the file 2024-05-01-slug.md)",
                both.problems().get(1).summary());
    }

    @Test
    void slugFromAWindowsReservedFileNameIsRefused() {
        assertEquals("content/world/con.md: the slug made from the file name, \"con\", is a reserved file name on"
                + " Windows (hint: rename the file, or add e.g. `slug: polls-close` to the front matter)",
                error("content/world/con.md", "---\ntitle: T\ndate: 2024-01-01\n---\n"));
    }

    @Test
    void explicitSlugEndingInADotIsRefused() {
        assertEquals("content/a.md:4:7: `slug` \"news.\" may hold only letters, digits, `-`, `_` and `.`, starting"
                + " with a letter or digit and not ending with `.` (hint: use lower-case words joined by `-`, e.g."
                + " `slug: polls-close`)", error("content/a.md", "---\ntitle: T\ndate: 2024-01-01\nslug: news.\n---\n"));
    }

    @Test
    void generatedSlugsStayUnder200BytesAndCutOnCodePoints() {
        String slug = Slugs.slugify("\uD83D\uDCF0".repeat(100) + "漢字".repeat(100));
        assertTrue(slug.getBytes(StandardCharsets.UTF_8).length <= Slugs.MAX_BYTES, slug);
        assertEquals(slug, new String(slug.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertTrue(Slugs.problemWith(Slugs.slugify("漢字".repeat(100))).isEmpty());
    }

    @Test
    void slugsIgnoreTheTurkishDefaultLocaleOfTheTestRun() {
        assertEquals("tr", java.util.Locale.getDefault().getLanguage(), "surefire runs the tests under a Turkish locale");
        assertEquals("istanbul", Slugs.slugify("ISTANBUL"));
        assertEquals("istanbul-ilk-i", Slugs.slugify("İSTANBUL İLK I"));
    }
}
