package org.dateline.assemble;

import static org.dateline.assemble.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import org.dateline.config.ConfigLoader;
import org.dateline.config.SiteConfig;
import org.dateline.diag.Problem;
import org.dateline.diag.Problems;
import org.dateline.diag.SourcePosition;
import org.dateline.render.RenderedArticle;
import org.junit.jupiter.api.Test;

class SiteAssemblerTest {

    /** A site with a base URL, so that the only problems are the ones a test is about. */
    private static final String BASE = "base_url: https://news.example.test/\n";

    private static SiteConfig config(String yaml) {
        return new ConfigLoader().parse(BASE + yaml, new Problems());
    }

    private static Site assemble(SiteConfig config, Problems problems, RenderedArticle... articles) {
        return new SiteAssembler(config).assemble(List.of(articles), problems);
    }

    private static Site assemble(RenderedArticle... articles) {
        Problems problems = new Problems();
        Site site = assemble(config(""), problems, articles);
        assertEquals(List.of(), problems.sorted());
        return site;
    }

    private static Problem slugError(String file, String message) {
        return Problem.error(new SourcePosition(file, TestArticles.SLUG_LINE, 7), message,
                "give one of them a different `slug`");
    }

    @Test
    void ordersArticlesNewestFirstWithTiesByTitleThenPath() {
        Site site = assemble(
                article("content/world/older.md", "Older", "2024-04-30T10:00Z", "older"),
                article("content/world/beta.md", "Beta", "2024-05-01T10:00Z", "beta"),
                article("content/world/alpha-2.md", "Alpha", "2024-05-01T12:00+02:00", "alpha-2"),
                article("content/world/newest.md", "Newest", "2024-05-02T00:00Z", "newest"),
                article("content/world/alpha-1.md", "Alpha", "2024-05-01T06:00-04:00", "alpha-1"));
        assertEquals(List.of("content/world/newest.md", "content/world/alpha-1.md", "content/world/alpha-2.md",
                "content/world/beta.md", "content/world/older.md"), site.articles().stream().map(Article::file).toList());
    }

    @Test
    void aLaterNanosecondIsNewerAndAnEqualInstantGoesByTitleThenPathWhateverTheOffset() {
        Site site = assemble(
                article("content/world/c.md", "Same", "2024-05-01T10:00:00.000000001Z", "c"),
                article("content/world/e.md", "Same", "2024-05-01T12:00+02:00", "e"),
                article("content/world/d.md", "Same", "2024-05-01T06:00-04:00", "d"),
                article("content/world/b.md", "Other", "2024-05-01T10:00Z", "b"),
                article("content/world/a.md", "Same", "2024-05-01T09:59:59.999999999Z", "a"));
        assertEquals(List.of("content/world/c.md", "content/world/b.md", "content/world/d.md", "content/world/e.md",
                "content/world/a.md"), site.articles().stream().map(Article::file).toList());
    }

    @Test
    void aPathKeyIsLowerCaseAndNormalised() {
        assertEquals("world/harbour/index.html", SiteAssembler.pathKey("World/HARBOUR/index.html"));
        assertEquals("world/zo\u00eb/index.html", SiteAssembler.pathKey("World/ZOE\u0308/index.html"));
    }

    @Test
    void theOrderDoesNotDependOnTheInputOrder() {
        RenderedArticle a = article("content/world/a.md", "Same", "2024-05-01T10:00Z", "a");
        RenderedArticle b = article("content/world/b.md", "Same", "2024-05-01T10:00Z", "b");
        assertEquals(assemble(a, b).articles(), assemble(b, a).articles());
    }

    @Test
    void placesArticlesByTheirDateInTheSiteZone() {
        Problems problems = new Problems();
        Site site = assemble(config("time_zone: Europe/Istanbul\n"), problems,
                article("content/world/late.md", "Late", "2024-05-01T23:30Z", "late"));
        Article late = site.articles().get(0);
        assertEquals("/world/2024/05/02/late/", late.path());
        assertEquals("world/2024/05/02/late/index.html", late.outputPath());
        assertEquals(OffsetDateTime.parse("2024-05-02T02:30+03:00"), late.published());
        assertEquals("+03:00", late.published().getOffset().getId());
    }

    @Test
    void twoArticlesWithTheSameOutputPathAreAnErrorNamingBothFiles() {
        Problems problems = new Problems();
        Site site = assemble(config(""), problems,
                article("content/world/b.md", "B", "2024-05-01T10:00Z", "same"),
                article("content/world/a.md", "A", "2024-05-01T12:00Z", "same"));
        assertEquals(List.of(slugError("content/world/b.md", "article writes to world/2024/05/01/same/index.html,"
                + " the same page as content/world/a.md")), problems.sorted());
        assertEquals(List.of("content/world/a.md"), site.articles().stream().map(Article::file).toList());
    }

    @Test
    void everyArticleBeyondTheFirstOnOnePathIsReported() {
        Problems problems = new Problems();
        assemble(config(""), problems,
                article("content/world/c.md", "C", "2024-05-01T10:00Z", "same"),
                article("content/world/a.md", "A", "2024-05-01T10:00Z", "same"),
                article("content/world/b.md", "B", "2024-05-01T10:00Z", "same"));
        assertEquals(List.of("content/world/b.md", "content/world/c.md"),
                problems.errors().stream().map(p -> p.position().file()).toList());
    }

    @Test
    void pathsThatDifferOnlyInLetterCaseCollide() {
        Problems problems = new Problems();
        assemble(config(""), problems,
                article("content/world/a.md", "A", "2024-05-01T10:00Z", "harbour"),
                article("content/world/b.md", "B", "2024-05-01T10:00Z", "Harbour"));
        assertEquals(List.of(slugError("content/world/b.md", "article writes to world/2024/05/01/Harbour/index.html,"
                + " the same page as content/world/a.md (world/2024/05/01/harbour/index.html)")), problems.sorted());
    }

    @Test
    void pathsThatDifferOnlyInUnicodeNormalisationCollide() {
        Problems problems = new Problems();
        assemble(config(""), problems,
                article("content/world/a.md", "A", "2024-05-01T10:00Z", "zo\u00EB"),
                article("content/world/b.md", "B", "2024-05-01T10:00Z", "zoe\u0308"));
        assertEquals(List.of(slugError("content/world/b.md", "article writes to world/2024/05/01/zoe\u0308/index.html,"
                + " the same page as content/world/a.md (world/2024/05/01/zo\u00EB/index.html)")), problems.sorted());
    }

    @Test
    void aPermalinkWithNoSafePathIsAnErrorAtTheSlug() {
        Problems problems = new Problems();
        Site site = assemble(config("permalink: /:slug/\n"), problems,
                article("content/world/a.md", "A", "2024-05-01T10:00Z", ".."));
        assertEquals(List.of(Problem.error(new SourcePosition("content/world/a.md", TestArticles.SLUG_LINE, 7),
                "permalink \"/:slug/\" gives no safe path inside the output folder for this article",
                "check `slug` and `permalink` in site.yaml")), problems.sorted());
        assertEquals(List.of(), site.articles());
    }

    @Test
    void sectionSlugsComeFromTheSectionName() {
        Site site = assemble(article("content/x/a.md", "A", "2024-05-01T10:00Z", "Business & Economy", "a"));
        assertEquals("/business-and-economy/2024/05/01/a/", site.articles().get(0).path());
        assertEquals(List.of("business-and-economy"), site.sections().stream().map(Group::slug).toList());
    }
}
