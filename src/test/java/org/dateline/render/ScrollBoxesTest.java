package org.dateline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.List;
import org.dateline.load.SourceFile;
import org.dateline.parse.ArticleParser;
import org.dateline.parse.DateParser;
import org.dateline.parse.FrontMatterParser;
import org.dateline.parse.MarkdownParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ScrollBoxesTest {

    private final MarkdownParser markdown = new MarkdownParser();
    private final ArticleParser parser = new ArticleParser(new FrontMatterParser(new DateParser(ZoneId.of("UTC"))),
            markdown);

    private Element body(String markdownBody) {
        String html = new MarkdownRenderer(markdown.options()).render(parser.parse(new SourceFile("content/a.md",
                "---\ntitle: T\ndate: 2024-01-01\n---\n" + markdownBody))).bodyHtml();
        return Jsoup.parseBodyFragment(html).body();
    }

    @Test
    void everyTableScrollsInAFocusableRegionNamedByItsCaption() {
        Element body = body("| a | b |\n|-|-|\n| 1 | 2 |\n\n<table><caption>Berths</caption><tr><td>1</td></tr></table>\n\n"
                + "<div class=\"scroll-box\"><table><tr><td>2</td></tr></table></div>\n");
        List<Element> boxes = body.select("div.scroll-box[role=region][tabindex=0]:has(> table)");
        assertEquals(List.of("Table", "Table: Berths", "Table"), boxes.stream().map(box -> box.attr("aria-label")).toList());
        assertEquals(3, body.select("table").size());
        assertEquals(0, body.select("table").stream().filter(t -> !t.parent().hasAttr("tabindex")).count());
    }

    @Test
    void codeBlocksCanTakeFocusToScroll() {
        assertEquals(List.of("0"), body("    long line\n").select("pre").eachAttr("tabindex"));
    }
}
