package org.dateline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.load.SourceFile;
import org.dateline.parse.ArticleParser;
import org.dateline.parse.DateParser;
import org.dateline.parse.FrontMatterParser;
import org.dateline.parse.MarkdownParser;
import org.dateline.parse.ParsedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * flexmark writes, in one pass, the bytes jsoup would write back after parsing its HTML: the expected
 * fragments are written out here, and each must also be what the jsoup way gives.
 */
class PlainNodeRendererTest {

    private static final MarkdownParser MARKDOWN = new MarkdownParser();
    private static final ArticleParser PARSER =
            new ArticleParser(new FrontMatterParser(new DateParser(ZoneId.of("UTC"))), MARKDOWN);
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(MARKDOWN.options());

    private static ParsedArticle parse(String body) {
        return PARSER.parse(new SourceFile("content/world/a.md", "---\ntitle: T\ndate: 2024-05-01\n---\n" + body));
    }

    private static RenderedArticle plain(String markdown) {
        RenderedArticle plain = RENDERER.renderPlain(parse(markdown)).orElseThrow();
        assertEquals(RENDERER.renderWithJsoup(parse(markdown)), plain, "the jsoup way gives other bytes");
        return plain;
    }

    static Stream<Arguments> fragments() {
        return Stream.of(
            // typographic quotes, dashes and ellipsis as characters, not as flexmark's references
            Arguments.of("\"Hello,\" she said -- 'twice' --- it's... <<so>>",
                    "<p>\u201cHello,\u201d she said \u2013 \u2018twice\u2019 \u2014 it\u2019s\u2026 \u00abso\u00bb</p>\n"),
            // & < > and " in text: jsoup writes a quote as it is
            Arguments.of("a & b < c > d \\\"q\\\" `x \"y\" & <z>`",
                    "<p>a &amp; b &lt; c &gt; d \"q\" <code>x \"y\" &amp; &lt;z&gt;</code></p>\n"),
            // & < > and " in attributes
            Arguments.of("[l](/x?a=1&b=2 \"t & <u> \\\"v\\\"\")",
                    "<p><a href=\"/x?a=1&amp;b=2\" title=\"t &amp; &lt;u&gt; &quot;v&quot;\">l</a></p>\n"),
            // a no-break space, typed or as a reference
            Arguments.of("a\u00a0b &nbsp;c",
                    "<p>a&nbsp;b &nbsp;c</p>\n"),
            // past Latin-1 and past the basic plane, in text, code and a heading
            Arguments.of("## \u65e5\u672c \uD83D\uDE00\n\n\u0928\u092e\u0938\u094d\u0924\u0947 `\uD83D\uDE00`",
                    "<h2 id=\"\u65e5\u672c-\">\u65e5\u672c \uD83D\uDE00</h2>\n<p>\u0928\u092e\u0938\u094d\u0924\u0947 <code>\uD83D\uDE00</code></p>\n"),
            // a line break and a rule: void elements as jsoup writes them
            Arguments.of("a  \nb\n\n***",
                    "<p>a<br>\nb</p>\n<hr>\n"),
            // a lone image with a title: a figure, the title its caption
            Arguments.of("![A map](/m.png \"The \\\"harbour\\\" & bay\")",
                    "<figure><img src=\"/m.png\" alt=\"A map\" loading=\"lazy\" decoding=\"async\"><figcaption>The \"harbour\" &amp; bay</figcaption></figure>\n"),
            // a footnote: its back link an arrow, not &#8617;
            Arguments.of("a[^1]\n\n[^1]: b",
                    "<p>a<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup></p>\n<div class=\"footnotes\">\n<hr>\n<ol>\n<li id=\"fn-1\">\n<p>b</p>\n<a href=\"#fnref-1\" class=\"footnote-backref\">\u21a9</a>\n</li>\n</ol>\n</div>\n"));
    }

    @ParameterizedTest
    @MethodSource("fragments")
    void writesAsJsoupWouldWriteItBack(String markdown, String html) {
        assertEquals(html, plain(markdown).bodyHtml());
    }

    @Test
    void boxesAWideTableAndALongCodeLine() {
        String wide = "|" + "Column|".repeat(12) + "\n|" + "-:|".repeat(12) + "\n|" + "1|".repeat(12) + "\n";
        String code = "```java\n" + "long x = 1; // a very long line that a phone cannot show whole ".repeat(4) + "\n```\n";
        String html = plain(wide + "\n" + code).bodyHtml();
        assertEquals("<div class=\"scroll-box\" role=\"region\" tabindex=\"0\" aria-label=\"Table\"><table>\n<thead>\n<tr>"
                + "<th class=\"align-right\">Column</th>".repeat(12) + "</tr>\n</thead>\n<tbody>\n<tr>"
                + "<td class=\"align-right\">1</td>".repeat(12) + "</tr>\n</tbody>\n</table></div>\n"
                + "<pre tabindex=\"0\"><code class=\"language-java\">"
                + "long x = 1; // a very long line that a phone cannot show whole ".repeat(4) + "\n</code></pre>\n", html);
    }

    @Test
    void givesHeadingsWithTheSameTextTheirOwnIds() {
        RenderedArticle article = plain("## Same *text*\n\nOne.\n\n## Same text\n\n### Same text\n");
        assertEquals("<h2 id=\"same-text\">Same <em>text</em></h2>\n<p>One.</p>\n<h2 id=\"same-text-1\">Same text</h2>\n"
                + "<h3 id=\"same-text-2\">Same text</h3>\n", article.bodyHtml());
        assertEquals(List.of(new RenderedArticle.Heading(2, "same-text", "Same text"),
                new RenderedArticle.Heading(2, "same-text-1", "Same text"),
                new RenderedArticle.Heading(3, "same-text-2", "Same text")), article.headings());
        assertEquals(7, article.wordCount());
        assertEquals("One.", article.description());
    }

    @Test
    void leavesAReservedIdToTheJsoupWay() {
        assertEquals(Optional.empty(), RENDERER.renderPlain(parse("## Main\n\nSee [it](#main).")));
        assertEquals("<h2 id=\"article-main\">Main</h2>\n<p>See <a href=\"#article-main\">it</a>.</p>\n",
                RENDERER.render(parse("## Main\n\nSee [it](#main).")).bodyHtml());
    }
}
