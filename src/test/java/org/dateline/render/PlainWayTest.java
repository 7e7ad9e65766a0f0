package org.dateline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.dateline.config.Safety;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.dateline.load.SourceFile;
import org.dateline.parse.ArticleParser;
import org.dateline.parse.DateParser;
import org.dateline.parse.FrontMatterParser;
import org.dateline.parse.MarkdownParser;
import org.dateline.parse.ParsedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Articles without raw HTML skip jsoup ({@link AstTransforms}, {@link PlainHtml}); their output must
 * be the bytes the jsoup way gives, and anything {@link PlainHtml} does not know must go the jsoup way.
 */
class PlainWayTest {

    private static final MarkdownParser MARKDOWN = new MarkdownParser();
    private static final ArticleParser PARSER =
            new ArticleParser(new FrontMatterParser(new DateParser(ZoneId.of("UTC"))), MARKDOWN);
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(MARKDOWN.options());
    private static final MarkdownRenderer IN_A_FOLDER = new MarkdownRenderer(MARKDOWN.options(), Safety.defaults(),
            "/paper");
    private static final Safety DEFAULTS = Safety.defaults();
    private static final MarkdownRenderer UNSAFE = new MarkdownRenderer(MARKDOWN.options(), new Safety(true,
            DEFAULTS.embeds(), DEFAULTS.maxFileBytes(), DEFAULTS.articleTimeLimit()));
    private static final String FILE = "content/world/a.md";

    private static ParsedArticle parse(String body) {
        return PARSER.parse(new SourceFile(FILE, "---\ntitle: T\ndate: 2024-05-01\n---\n" + body));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "![A map](/images/map.png \"The harbour & \\\"bay\\\"\")",
        "![A map](/m.png \"  \")",
        "Text ![](/x.png) more\n\n![](/y.png \"cap\")",
        "a![i](/i.png)b ![j](/j.png)c",
        "[![a](/i.png \"t\")](https://x.org)",
        "- ![a](/a.png \"t\")\n- b\n\n1. ![c](/c.png \"t2\")\n\n   para\n",
        "- ![a](/a.png \"t\")\n\n- ![b](/b.png \"u\")\n",
        "> ![a](/a.png \"t\")\n",
        "![x](data:image/png;base64,AAAA)",
        "[a](https://x.org \"T<>&\\\"\") [c](mailto:a@b.c) [d](tel:+123) [f](?q=a:b) [g](#top) [h](../up)",
        "<https://auto.org> and www.example.com and a@b.org",
        "&copy; &nbsp; &#8617; &#x1F600; &amp; &lt; &quot; &AElig; 😀 \u00a0 x\u00ad y \u200b z",
        "\"Hello\" 'world' -- --- ... <<a>> it's",
        "> quote\n> > deeper\n> - list\n>   1. num\n\n* x\n\n***\n\nline  \nbreak\\\nback",
        "Text[^a] and[^b].\n\n[^a]: One ![i](/i.png \"t\")\n[^b]: Two\n    more\n\n    para",
        "# Title\n## Sub *em* `code` [l](/x)\n### Same\n### Same\n###### six ![i](/i.png)\nSetext  \nhard\n---\n",
        "## H\n\nFirst *para* with `code`\nsoft break and a hard  \nbreak.\n\nSecond.",
        "~~gone~~ ~single~ **bold _both_**",
        "## Ünïcödé — “quoted” heading\n## 日本語\n",
        "[a][r] ![b][r]\n\n[r]: /x \"T\"",
        "3. a\n4. b",
        "[e](javascript:alert(1)) (flexmark writes no link for it)",
        "A mark \ufdd0 0\ufdd1 in the text itself, and `\ufdd0 1\ufdd1` in code",
        "Texts *around* a < b > c and \"quotes\" and a  double space; ![alt \"x\"](/a.png \"t\")",
        "\u201cCurly\u201d quotes \u2014 dashes, \u65e5\u672c\u8a9e and \uD83D\uDE00 *around* **bold** text; `code \u201cx\u201d`"
                + " [link \u201ct\u201d](/a) end \uD83D\uDE00",
        "Spaces at the ends of texts: a *b* c **d**  e [f](/f) g\n\nx *y*   \nnext  *z*  \u00a0 *w* \u2014",
        "a < *b* > c & \"d\" ![i](/i.png)  e\r\nline *two* \u201c&lt;x&gt;\u201d",
        "Twice[^1] and again[^1].\n\n[^1]: A note\n\n    - ending\n    - in a list",
        "See https://x.org/?a=1&b=2 and <mail@x.org> or www.x.org/e and [a [www.x.org](/y)](/z)",
        "![r][x] b (flexmark writes no image for it)\n\n[x]: javascript:alert(1)",
        "The minister [sic] said [a *b*][c] and [d][] and [e & \"f\"] [](/x) [l](/x)[x]",
        "```\n\nstarts blank\n\ttab\n```\n\n- |t|\n  |-|\n  |1|\n\n## A &amp; B \\*not em\\*",
        "text\twith a tab and `code\twith one` and [l](/x \"t&amp;\")",
        ""})
    void givesTheBytesOfTheJsoupWay(String markdown) {
        for (MarkdownRenderer renderer : List.of(RENDERER, IN_A_FOLDER, UNSAFE)) {
            Optional<RenderedArticle> plain = renderer.renderPlain(parse(markdown));
            assertTrue(plain.isPresent(), "took the jsoup way");
            RenderedArticle jsoup = renderer.renderWithJsoup(parse(markdown));
            if (renderer == UNSAFE) { // unmarked, the jsoup way knows only the file; the plain way names the line
                assertEquals(jsoup.warnings().stream().map(Problem::message).toList(),
                        plain.get().warnings().stream().map(Problem::message).toList());
                jsoup = new RenderedArticle(jsoup.file(), jsoup.meta(), jsoup.bodyHtml(), jsoup.description(),
                        jsoup.headings(), jsoup.wordCount(), plain.get().warnings());
            }
            assertEquals(jsoup, plain.get());
            String page = "https://news.example.test/world/2024/05/01/a/";
            assertEquals(AbsoluteLinks.withJsoup(plain.get().bodyHtml(), page),
                    AbsoluteLinks.rewrite(plain.get().bodyHtml(), page));
        }
    }

    /** Tables and code blocks get their scrolling boxes and cell classes without jsoup too. */
    @ParameterizedTest
    @ValueSource(strings = {
        "```\n<b>\"x\" & y</b>\n```\n\n    indented <i>\n\n`a < b` and ``c`d``",
        "|a|b|c|\n|:-|:-:|-:|\n|1|**2**|`3`|\n|x|\n\n|h|\n|-|\n",
        "a\tb\n\n\tcode\ttab",
        "- item\n\n  |a|b|\n  |-|-:|\n  |[l](/x)|2|\n\n  ```java\n  int x;\n  ```\n\n> |q|\n> |:-:|\n> |1|\n",
        "Intro.\n\n|Year|Value|\n|---|---:|\n|2023|820|\n\nAfter [the report](https://example.org/r) here."
        })
    void boxesTablesAndCodeWithoutJsoup(String markdown) {
        for (MarkdownRenderer renderer : List.of(RENDERER, IN_A_FOLDER)) {
            RenderedArticle plain = renderer.renderPlain(parse(markdown)).orElseThrow();
            assertEquals(renderer.renderWithJsoup(parse(markdown)), plain);
            assertTrue(plain.bodyHtml().contains("tabindex=\"0\""));
            String page = "https://news.example.test/world/2024/05/01/a/";
            assertEquals(AbsoluteLinks.withJsoup(plain.bodyHtml(), page), AbsoluteLinks.rewrite(plain.bodyHtml(), page));
        }
    }

    @Test
    void writesTheBoxAndTheCellClassesAsTheThemeExpects() {
        RenderedArticle article = RENDERER.renderPlain(parse("|a|b|\n|-|:-:|\n|1|2|\n\n    x\n")).orElseThrow();
        assertEquals("<div class=\"scroll-box\" role=\"region\" tabindex=\"0\" aria-label=\"Table\"><table>\n"
                + "<thead>\n<tr><th>a</th><th class=\"align-center\">b</th></tr>\n</thead>\n"
                + "<tbody>\n<tr><td>1</td><td class=\"align-center\">2</td></tr>\n</tbody>\n</table></div>\n"
                + "<pre tabindex=\"0\"><code>x\n</code></pre>\n", article.bodyHtml());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[b](//cdn.test/x)", "![y](HTTP://e.test/b.png)",
        "[i](a:b)", "[j](<sp ace>)", "a\u0007b", "## Main\n\nSee [it](#main).", "a[^x] undefined",
        "a &#1; b", "[l](/x \"t\u00a0\")", "[l](/x \"&amp;copy;\")", "[l](/x?a\\\\b)"})
    void leavesWhatItCannotVouchForToTheJsoupWay(String markdown) {
        assertEquals(Optional.empty(), RENDERER.renderPlain(parse(markdown)));
        assertEquals(RENDERER.renderWithJsoup(parse(markdown)), RENDERER.render(parse(markdown)));
    }

    @Test
    void writesAsJsoupDoes() {
        PlainHtml html = PlainHtml.read("<h2 id=\"a-b\">A &ldquo;b&rdquo;&nbsp;&amp; c</h2>\n<hr />\n"
                + "<p><a href=\"/x?a=1&amp;b=2\" title=\"&lt;&quot;&gt;\">l</a><br />&#8617;</p>\n").orElseThrow();
        assertEquals("<h2 id=\"a-b\">A “b”&nbsp;&amp; c</h2>\n<hr>\n"
                + "<p><a href=\"/x?a=1&amp;b=2\" title=\"&lt;&quot;&gt;\">l</a><br>↩</p>\n", html.html());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p><div>x</div></p>", "<a href=\"/a\"><a href=\"/b\">x</a></a>", "<script>x</script>",
        "<p>&copy;</p>", "<!-- c --><p>x</p>", "<p>x", "<p>x</em>", "<pre>\nx</pre>", "<table>x</table>",
        "<p style=\"color:red\">x</p>", "<a href=\"javascript:x\">x</a>", "<img src=\"/a\" onerror=\"x\" />",
        "<p id=\"a\" id=\"b\">x</p>", "<p>\rx</p>"})
    void refusesWhatFlexmarkDoesNotWriteForMarkdown(String html) {
        assertEquals(Optional.empty(), PlainHtml.read(html).map(PlainHtml::html));
    }

    /** Marks that only Markdown wrote (through references) are never taken for the texts of PlainText. */
    @ParameterizedTest
    @ValueSource(strings = {"&#xFDD0;0&#xFDD1; text", "![&#xFDD0;0&#xFDD1;](/x.png) text", "a &#65; b"})
    void takesNoMarkFromTheArticle(String markdown) {
        assertEquals(RENDERER.renderWithJsoup(parse(markdown)), RENDERER.render(parse(markdown)));
    }

    @Test
    void putsTheTextOfEachMarkInItsPlace() {
        PlainRendering rendering = PlainRendering.start(MARKDOWN.parse("x"), "x");
        String html = "<p>" + keep(rendering, "a <b> & \"c\"\u00a0") + " and <em>" + keep(rendering, "d") + "</em><br />\n"
                + "<img src=\"/a.png\" alt=\"\" /></p>\n<table>\n<tbody></tbody>\n</table>\n<hr />\n";
        assertEquals("<p>a &lt;b&gt; &amp; \"c\"&nbsp; and <em>d</em><br>\n<img src=\"/a.png\" alt=\"\"></p>\n"
                + "<div class=\"scroll-box\" role=\"region\" tabindex=\"0\" aria-label=\"Table\"><table>\n<tbody></tbody>\n"
                + "</table></div>\n<hr>\n", rendering.finish(html));
    }

    private static String keep(PlainRendering rendering, String text) {
        return rendering.keep(text.toCharArray(), 0, text.length());
    }

    /** Marks are numbered on past the ones made in advance. */
    @Test
    void putsInMoreTextsThanTheMarksMadeInAdvance() {
        PlainRendering rendering = PlainRendering.start(MARKDOWN.parse("x"), "x");
        StringBuilder html = new StringBuilder("<p>");
        StringBuilder expected = new StringBuilder("<p>");
        for (int i = 0; i < 1100; i++) {
            html.append(keep(rendering, "t" + i + "&")).append(' ');
            expected.append('t').append(i).append("&amp; ");
        }
        assertEquals(expected + "</p>\n", rendering.finish(html + "</p>\n"));
    }

    /** A kept text is a stretch of the article's characters: only what is inside it is written and checked. */
    @Test
    void putsInOnlyTheStretchKeptAndReadsAPairWholeOnlyInsideIt() {
        char[] article = "<x>\uD83D\uDE00 & y".toCharArray();
        PlainRendering whole = PlainRendering.start(MARKDOWN.parse("x"), "x");
        String html = "<p>" + whole.keep(article, 1, 2) + "|" + whole.keep(article, 3, 7) + "</p>\n";
        assertEquals("<p>x|\uD83D\uDE00 &amp;</p>\n", whole.finish(html));
        PlainRendering halves = PlainRendering.start(MARKDOWN.parse("x"), "x");
        String split = "<p>" + halves.keep(article, 0, 4) + "</p>\n";
        assertThrows(PlainHtmlReader.Refused.class, () -> halves.finish(split)); // a high surrogate alone in it
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"<p>\ufdd01\ufdd1 \ufdd00\ufdd1</p>|a|b", "<p>\ufdd00\ufdd1</p>|a|b",
        "<p>\ufdd00\ufdd1</p>|a\u0007|b", "<p>\ufdd0x\ufdd1 \ufdd01\ufdd1</p>|a|b", "<table class=\"x\"></table>||"})
    void refusesMarksOutOfOrderLeftOutOrWithAControl(String html, String first, String second) {
        PlainRendering rendering = PlainRendering.start(MARKDOWN.parse("x"), "x");
        if (first != null) {
            keep(rendering, first.replace("\\u0007", "\u0007"));
            keep(rendering, second);
        }
        assertThrows(PlainHtmlReader.Refused.class, () -> rendering.finish(html));
    }

    @Test
    void makesAddressesAbsoluteWithoutJsoupAsWithIt() {
        String body = "<p><a href=\"/a/?x=1&amp;y=&quot;2&quot;\" rel=\"noopener\">a</a> <a href=\"#fn-1\">1</a>"
                + " <img src=\"../c.jpg\" alt=\"&lt;c&gt;\"></p>\n<hr>\n";
        assertEquals("<p><a href=\"https://n.test/a/?x=1&amp;y=&quot;2&quot;\" rel=\"noopener\">a</a>"
                + " <a href=\"https://n.test/w/x/#fn-1\">1</a> <img src=\"https://n.test/w/c.jpg\" alt=\"&lt;c&gt;\"></p>"
                + "\n<hr>\n", AbsoluteLinks.rewrite(body, "https://n.test/w/x/"));
        assertEquals(AbsoluteLinks.withJsoup(body, "https://n.test/w/x/"), AbsoluteLinks.rewrite(body, "https://n.test/w/x/"));
    }

    @Test
    void countsWordsAsASplitOnWhitespaceDid() {
        assertEquals(0, MarkdownRenderer.wordCount(""));
        assertEquals(0, MarkdownRenderer.wordCount(" \u2003\n"));
        assertEquals(3, MarkdownRenderer.wordCount("  a  b\tc\n"));
        assertEquals(1, MarkdownRenderer.wordCount("a\u00a0b"));
        assertEquals(2, MarkdownRenderer.wordCount("\u2003a b\u2003"));
        assertEquals(3, MarkdownRenderer.wordCount("a\u000bb\u000cc"));
    }

    /** The count comes from the texts as flexmark writes them, without the text; both ways must agree with the literal. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "&#8195; => 0", "a &#8195; b => 3", "&#8195; a => 1", "a &#8195; => 1", "&#8195;a b&#8195; => 2", "&#8195;\\n\\n&#8195; => 0",
        "## A\\n\\n&#8195;\\n\\nB => 3", "a\\n\\nb => 2", "a*b*c => 1", "a  \\nb => 2", "x&nbsp;y => 2", "```\\nx\u00a0y\\n``` => 1",
        "    x  y\\n\\n\\ty => 3", "a&#8203;b &#173; c => 2", "&#x1F600; x => 2", "- one\\n- two three => 3", "a![i](/i.png)b => 2",
        "[a![i](/i.png)](/x)b => 1", "Note.[^1]\\n\\n[^1]: One *two*. => 4", "|a|b|\\n|-|-|\\n|1|2|\\n\\n> q => 5", "'' => 0"})
    void countsTheWordsOfTheTextWithoutTheText(String markdown, int words) {
        String body = markdown == null ? "" : markdown.replace("\\n", "\n").replace("\\t", "\t");
        RenderedArticle plain = RENDERER.renderPlain(parse(body)).orElseThrow();
        assertEquals(words, plain.wordCount());
        assertEquals(RENDERER.renderWithJsoup(parse(body)), plain);
    }

    @Test
    void warnsAboutAnImageWithoutAltTextAtItsLine() {
        RenderedArticle article = RENDERER.renderPlain(parse("Intro.\n\nSee ![](/m.png) here.\n")).orElseThrow();
        assertEquals(List.of(Problem.warning(new SourcePosition(FILE, 7, 5), "image \"/m.png\" has no alt text",
                "write ![what the picture shows](/m.png)")), article.warnings());
    }
}
