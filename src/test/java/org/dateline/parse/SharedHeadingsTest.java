package org.dateline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SharedHeadings} reads headings as flexmark's own heading parser does, in its place among the block parsers. */
class SharedHeadingsTest {

    private static final MarkdownParser SHARED = new MarkdownParser();

    /** The same options, with flexmark's own heading parser in place of the shared one. */
    private static Parser ownParser() {
        MutableDataSet set = new MutableDataSet(SHARED.options());
        List<com.vladsch.flexmark.util.misc.Extension> extensions = new ArrayList<>();
        for (com.vladsch.flexmark.util.misc.Extension extension : Parser.EXTENSIONS.get(SHARED.options())) {
            if (!(extension instanceof SharedHeadings)) {
                extensions.add(extension);
            }
        }
        set.set(Parser.EXTENSIONS, extensions);
        return Parser.builder(set).build();
    }

    private static String html(com.vladsch.flexmark.util.ast.Document document) {
        return HtmlRenderer.builder(SHARED.options()).build().render(document);
    }

    /** The block parsers are tried in flexmark's order, the shared heading factory where the core one was. */
    @Test
    void standsWhereTheCoreHeadingParserStood() throws ReflectiveOperationException {
        Field field = Parser.class.getDeclaredField("blockParserFactories");
        field.setAccessible(true);
        Parser parser = Parser.builder(SHARED.options()).build();
        List<String> owners = ((List<?>) field.get(parser)).stream()
                .map(f -> f.getClass().getName().replaceAll("^.*\\.", "")).toList();
        assertEquals(List.of("FootnoteBlockParser$Factory", "BlockQuoteParser$Factory", "SharedHeadings$Factory",
                "FencedCodeBlockParser$Factory", "HtmlBlockParser$Factory", "ThematicBreakParser$Factory",
                "ListBlockParser$Factory", "IndentedCodeBlockParser$Factory"), owners);
    }

    @Test
    void readsAtxAndSetextHeadings() {
        assertEquals("<h2>Polls close</h2>\n<h1>Results</h1>\n<p>#hashtag</p>\n",
                html(SHARED.parse("## Polls close ##\nResults\n===\n\n#hashtag\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "# One\n## Two ##\n### Three #\n#### Four\n##### Five\n###### Six\n####### Seven\n",
        "Setext one\n===\n\nSetext two\n---\n\nNot a heading\n- - -\n",
        "Para line\n## Interrupts\nmore\n",
        "> ## Quoted\n> Quoted setext\n> ---\n\n- ## In a list\n- item\n  ===\n",
        "#NoSpace and \\# escaped\n\n    # indented code\n\n```\n# in a fence\n```\n",
        "## \u201cQuoted\u201d \u2014 *emphasis* and [a link](https://example.org) ##   \n\nText.[^1]\n\n[^1]: # In a note\n",
        "Title\n=\n\n| a | b |\n|-|-|\n| # | = |\n",
    })
    void readsHeadingsAsFlexmarksOwnParser(String markdown) {
        assertEquals(html(ownParser().parse(markdown)), html(SHARED.parse(markdown)));
    }
}
