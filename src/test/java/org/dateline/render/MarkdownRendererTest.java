package org.dateline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.dateline.load.SourceFile;
import org.dateline.parse.ArticleParser;
import org.dateline.parse.DateParser;
import org.dateline.parse.FrontMatterParser;
import org.dateline.parse.InterruptibleText;
import org.dateline.parse.MarkdownParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final MarkdownParser MARKDOWN = new MarkdownParser();
    private static final ArticleParser PARSER =
            new ArticleParser(new FrontMatterParser(new DateParser(ZoneId.of("UTC"))), MARKDOWN);
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(MARKDOWN.options());
    private static final String FILE = "content/world/a.md";

    private static RenderedArticle render(String frontMatter, String body) {
        return RENDERER.render(PARSER.parse(new SourceFile(FILE, "---\ntitle: T\ndate: 2024-05-01\n" + frontMatter
                + "---\n" + body)));
    }

    private static Element body(String markdown) {
        return Jsoup.parseBodyFragment(render("", markdown).bodyHtml()).body();
    }

    /** flexmark reads the article through {@code InterruptibleText}: a given-up worker stops parsing and rendering. */
    @Test
    void anInterruptedWorkerStopsParsingAndRenderingAtTheNextCharacter() {
        String text = "---\ntitle: T\ndate: 2024-05-01\n---\n# Heading\n\n| a | b |\n|-|-|\n| *x* | y |\n";
        var parsed = PARSER.parse(new SourceFile(FILE, text));
        Thread.currentThread().interrupt();
        try {
            assertThrows(InterruptibleText.Stopped.class, () -> PARSER.parse(new SourceFile(FILE, text)));
            assertThrows(InterruptibleText.Stopped.class, () -> RENDERER.render(parsed));
        } finally {
            Thread.interrupted();
        }
        assertEquals("Heading", Jsoup.parseBodyFragment(RENDERER.render(parsed).bodyHtml()).body().expectFirst("h1")
                .text());
    }

    @Test
    void idsThePageUsesArePrefixedAndTheArticlesOwnLinksFollow() {
        Element body = body("## Main\n\nSee [below](#main) and [content](#content).\n\n"
                + "<div id=\"content\">x</div>\n\n## Article main\n\n## Results\n");
        // "Article main" has the id article-main of its own, so "Main" moves on to article-main-2
        assertEquals(List.of("article-main-2", "article-content", "article-main", "results"),
                body.select("[id]").eachAttr("id"));
        assertEquals(List.of("#article-main-2", "#article-content"), body.select("p a").eachAttr("href"));
        assertTrue(body.select("#main, #content").isEmpty());
    }

    @Test
    void aPlainArticleWithAHeadingCalledMainIsRenamedToo() {
        Element body = body("## Main\n\nNo raw HTML here.\n");
        assertEquals("article-main", body.expectFirst("h2").id());
    }

    @Test
    void aDelimiterRowOfSingleDashesMakesATable() {
        Element body = body("| Party | Seats |\n|-|-:|\n| Harbour | 31 |\n| Rail | 9 |\n");
        Element table = body.expectFirst("table");
        assertEquals(List.of("Party", "Seats"), table.select("thead th").eachText());
        assertEquals(List.of("Harbour", "31", "Rail", "9"), table.select("tbody td").eachText());
        assertEquals(0, body.select("p").size());
    }

    @Test
    void rendersFootnotesWithLinksBothWays() {
        Element body = body("The vote passed.[^1]\n\n[^1]: By 31 to 9.\n");
        Element reference = body.expectFirst("p sup a.footnote-ref");
        Element note = body.expectFirst(".footnotes li");
        assertEquals("#" + note.id(), reference.attr("href"));
        assertEquals("By 31 to 9.", note.expectFirst("p").text());
        assertEquals(reference.parent().id(), note.expectFirst("a.footnote-backref").attr("href").substring(1));
    }

    @Test
    void doubleTildesStrikeThrough() {
        assertEquals("nine", body("It was ~~nine~~ ten.").expectFirst("p > del").text());
    }

    @Test
    void bareUrlsBecomeLinks() {
        Element link = body("See https://example.test/report for details.").expectFirst("p > a");
        assertEquals("https://example.test/report", link.attr("href"));
        assertEquals("https://example.test/report", link.text());
    }

    @Test
    void typographyIsSmart() {
        assertEquals("\u201CQuiet,\u201D she said \u2013 it\u2019s 9\u201310 \u2014 and then\u2026",
                body("\"Quiet,\" she said -- it's 9--10 --- and then...").expectFirst("p").text());
    }

    @Test
    void everyHeadingGetsAUniqueId() {
        Element body = body("## What happens next\n\ntext\n\n### What happens next\n\n## Zoë's view\n");
        assertEquals(List.of("what-happens-next", "what-happens-next-1", "zoës-view"),
                body.select("h2, h3").eachAttr("id"));
    }

    @Test
    void listsSubheadingsForATableOfContents() {
        RenderedArticle article = render("", "# Top\n\n## Second\n\n### Third\n");
        assertEquals(List.of(new RenderedArticle.Heading(2, "second", "Second"),
                new RenderedArticle.Heading(3, "third", "Third")), article.headings());
    }

    @Test
    void aLoneImageWithATitleBecomesAFigureWithACaption() {
        Element body = body("Before.\n\n![Cranes on the quay](/images/quay.jpg \"The quay at dusk\")\n\nAfter.\n");
        Element figure = body.expectFirst("figure");
        Element image = figure.expectFirst("> img");
        assertEquals("/images/quay.jpg", image.attr("src"));
        assertEquals("Cranes on the quay", image.attr("alt"));
        assertTrue(!image.hasAttr("title"), "the title moved into the caption");
        assertEquals("The quay at dusk", figure.expectFirst("> figcaption").text());
        assertEquals(0, body.select("p figure, p img").size());
    }

    @Test
    void aFigureCaptionIsText() {
        Element figure = body("![Quay](/q.jpg \"<b>Dusk</b> & tide\")\n").expectFirst("figure");
        assertEquals("<b>Dusk</b> & tide", figure.expectFirst("figcaption").text());
        assertEquals(0, figure.select("b").size());
    }

    @Test
    void aLoneImageWithoutATitleStaysAnImage() {
        Element body = body("![Cranes on the quay](/images/quay.jpg)\n");
        assertEquals(0, body.select("figure").size());
        assertEquals("/images/quay.jpg", body.expectFirst("p > img").attr("src"));
    }

    @Test
    void anImageWithTextAroundItStaysInItsParagraph() {
        Element body = body("See ![map](/m.png \"Map\") here.\n");
        assertEquals(0, body.select("figure").size());
        assertEquals("Map", body.expectFirst("p > img").attr("title"));
    }

    @Test
    void bodyImagesLoadLazily() {
        Element image = body("![Map](/m.png)").expectFirst("img");
        assertEquals("lazy", image.attr("loading"));
        assertEquals("async", image.attr("decoding"));
    }

    @Test
    void anImageWithoutAltTextIsAWarning() {
        RenderedArticle article = render("", "![](/m.png)\n");
        assertEquals(List.of(Problem.warning(new SourcePosition(FILE, 5, 1), "image \"/m.png\" has no alt text",
                "write ![what the picture shows](/m.png)")), article.warnings());
    }

    @Test
    void linksToOtherSitesGetNoopener() {
        Element body = body("[a](https://a.test/) [b](http://b.test/) [c](//c.test/) [d](/world/) [e](#top)"
                + " [f](mailto:x@example.test)");
        java.util.Map<String, String> relByHref = new java.util.LinkedHashMap<>();
        body.select("a").forEach(a -> relByHref.put(a.attr("href"), a.attr("rel")));
        assertEquals(java.util.Map.of("https://a.test/", "noopener", "http://b.test/", "noopener",
                "//c.test/", "noopener", "/world/", "", "#top", "", "mailto:x@example.test", ""), relByHref);
    }

    @Test
    void theFirstParagraphIsTheDescriptionWhenTheFrontMatterHasNone() {
        RenderedArticle article = render("", "## Heading\n\nThe *council* voted.\n\nSecond paragraph.\n");
        assertEquals("The council voted.", article.description());
        assertEquals("The standfirst.", render("description: The standfirst.\n", "The council voted.\n").description());
        assertEquals("", render("", "## Only a heading\n").description());
    }

    @Test
    void cutsALongFirstParagraphAtAWordBefore300Characters() {
        String paragraph = "word ".repeat(100).strip();
        String description = render("", paragraph + "\n").description();
        assertEquals("word ".repeat(59) + "word\u2026", description);
        assertTrue(description.length() <= 301);
    }

    @Test
    void cutsALongParagraphWithoutSpacesOnACodePoint() {
        String description = render("", "a" + "\uD83D\uDE00".repeat(200) + "\n").description();
        assertEquals("a" + "\uD83D\uDE00".repeat(149) + "\u2026", description);
    }

    @Test
    void countsTheWordsOfTheBody() {
        assertEquals(5, render("", "One two three.\n\n## Four five\n").wordCount());
    }
}
