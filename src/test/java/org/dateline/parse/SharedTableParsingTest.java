package org.dateline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SharedTableParsing} reads tables as flexmark's own tables extension does, one pre-processor for all. */
class SharedTableParsingTest {

    private static final MarkdownParser SHARED = new MarkdownParser();

    /** The same options, with flexmark's own tables extension in place of the shared one. */
    private static Parser ownParser() {
        MutableDataSet set = new MutableDataSet(SHARED.options());
        List<com.vladsch.flexmark.util.misc.Extension> extensions = new ArrayList<>();
        for (com.vladsch.flexmark.util.misc.Extension extension : Parser.EXTENSIONS.get(SHARED.options())) {
            extensions.add(extension instanceof SharedTableParsing ? TablesExtension.create() : extension);
        }
        set.set(Parser.EXTENSIONS, extensions);
        return Parser.builder(set).build();
    }

    private static String html(com.vladsch.flexmark.util.ast.Document document) {
        return HtmlRenderer.builder(SHARED.options()).build().render(document);
    }

    @Test
    void aParagraphWhoseFirstLineHasNoPipeIsNoTable() {
        assertEquals("<p>Results:\n| Party | Seats |\n|-|-|\n| Harbour | 31 |</p>\n",
                html(SHARED.parse("Results:\n| Party | Seats |\n|-|-|\n| Harbour | 31 |\n")));
        assertEquals("<table>\n<thead>\n<tr><th>Party</th><th>Seats</th></tr>\n</thead>\n<tbody>\n"
                + "<tr><td>Harbour</td><td>31</td></tr>\n</tbody>\n</table>\n",
                html(SHARED.parse("Party | Seats\n-|-\nHarbour | 31\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "| Party | Seats |\n|-|-:|\n| Harbour | 31 |\n| Rail | 9 |\n",
        "Party | Seats\n---|---\nHarbour | 31\n\nAfter.\n",
        "Intro with no pipe\n| a | b |\n|-|-|\n| 1 | 2 |\n",
        "a | b\nc | d\n|-|-|\n| 1 | 2 |\n",
        "> | a | b |\n> |-|-|\n> | 1 | 2 |\n\n- x | y\n  -|-\n  1 | 2\n",
        "| a |\n|-|\n| 1 |\n[Caption]\n\nText `|` with a code pipe\n|-|\n",
        "\\| escaped | pipe\n|-|-|\n| 1 | 2 |\n",
        "Plain paragraph.\n\nAnother, with \u201cquotes\u201d \u2014 and no table.\n",
    })
    void readsTablesAsFlexmarksOwnExtension(String markdown) {
        assertEquals(html(ownParser().parse(markdown)), html(SHARED.parse(markdown)));
    }
}
