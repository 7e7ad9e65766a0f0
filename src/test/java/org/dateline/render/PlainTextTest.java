package org.dateline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Document;
import java.util.List;
import org.dateline.parse.MarkdownParser;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    private final MarkdownParser parser = new MarkdownParser();
    private final HtmlRenderer flexmark = HtmlRenderer.builder(parser.options()).build();
    private final HtmlRenderer plain = HtmlRenderer.builder(parser.options())
            .nodeRendererFactory(options -> new PlainText()).build();

    @Test
    void textIsWrittenAsFlexmarkWritesIt() {
        List<String> texts = List.of(
                "Plain words, “curly quotes” and an apostrophe's end.",
                "a < b > c \"quoted\" <not a tag",
                "Tom &amp; Jerry &copy; 2024 & more &#x41; &bogus;",
                "escaped \\*stars\\* and \\\\ backslash \\< lt",
                "windows\r\nline\rends\r\n\r\nnew paragraph\r",
                "हिन्दी 中文 العربية 😀 — dashes… and ellipses",
                "**bold <b>** _it\"al_ `code <x> & \"y\"` [link \"t\"](/a?b=1&c=2 \"title & <t>\")",
                "| a<b | c&d |\n|-|-|\n| \"x\" | \\| |",
                "line one  \nline two\\\nline three");
        for (String markdown : texts) {
            Document document = parser.parse(markdown);
            assertEquals(flexmark.render(document), plain.render(document), markdown);
        }
    }

    @Test
    void specialCharactersAreEscapedInPlace() {
        assertEquals("<p>a &lt; b &gt; c, then &ldquo;d&rdquo;</p>\n", plain.render(parser.parse("a < b > c, then \"d\"")));
    }
}
