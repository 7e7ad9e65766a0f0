package org.dateline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import org.dateline.diag.DatelineException;
import org.dateline.load.SourceFile;
import org.junit.jupiter.api.Test;

/**
 * The Markdown shapes that overflow flexmark's stack or run for seconds are refused with the line
 * where the limit is crossed, and ordinary articles, however long, pass.
 */
class MarkdownLimitsTest {

    private static final String FRONT = "---\ntitle: T\ndate: 2024-01-01\n---\n";

    private final ArticleParser parser = new ArticleParser(new FrontMatterParser(new DateParser(ZoneId.of("UTC"))),
            new MarkdownParser());

    private String error(String body) {
        return assertThrows(DatelineException.class,
                () -> parser.parse(new SourceFile("content/a.md", FRONT + body))).getMessage();
    }

    private void passes(String body) {
        parser.parse(new SourceFile("content/a.md", FRONT + body));
    }

    @Test
    void listMarkersThousandDeep() {
        assertEquals("content/a.md:5:1: block quotes and lists nested more than 50 levels deep (hint: flatten the"
                + " structure; 50 levels is Dateline's limit)", error("* ".repeat(1000) + "a"));
    }

    @Test
    void blockQuotesTenThousandDeep() {
        assertEquals("content/a.md:7:1: block quotes and lists nested more than 50 levels deep (hint: flatten the"
                + " structure; 50 levels is Dateline's limit)", error("Intro\n\n" + "> ".repeat(10_000)));
    }

    @Test
    void nestedLinkBrackets() {
        assertEquals("content/a.md:5:126: more than 50 unclosed `[` and `(` in one paragraph (hint: close the"
                + " brackets, or escape them as `\\[` and `\\(`)", error("[ (](".repeat(1000)));
    }

    @Test
    void nestedEmphasis() {
        assertEquals("content/a.md:5:126: emphasis nested more than 50 levels deep (hint: close each `*` or `_`"
                + " before opening the next, or escape them as `\\*` and `\\_`)",
                error("**_a ".repeat(2400) + "x" + " a_**".repeat(2400)));
    }

    @Test
    void backticksAndBackslashes() {
        assertEquals("content/a.md:5:602: more than 200 runs of backticks in one paragraph (hint: put code in a"
                + " fenced block (```), or split the paragraph)", error("``\\".repeat(2000)));
    }

    @Test
    void referenceDefinitions() {
        StringBuilder refs = new StringBuilder();
        for (int i = 0; i < 16_000; i++) {
            refs.append("[r").append(i).append("]: /u").append(i).append('\n');
        }
        assertEquals("content/a.md:505:1: more than 500 link reference definitions (hint: write the links inline, as"
                + " [text](https://...))", error(refs.toString()));
    }

    @Test
    void longRunOfSpaces() {
        assertEquals("content/a.md:7:6: more than 1000 spaces or tabs in a row (hint: remove the run of blank space)",
                error("Intro\n\n[^a]:" + " ".repeat(30_000) + "b\n\n[^a]"));
    }

    @Test
    void treeDepthCatchesNestingByIndentation() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            list.append("  ".repeat(i)).append("- a\n");
        }
        assertEquals("content/a.md:54:101: Markdown nested more than 100 levels deep (hint: flatten the lists,"
                + " quotes, links or emphasis)", error(list.toString()));
    }

    @Test
    void crOnlyLineEndingsCountLinesToo() {
        assertEquals("content/a.md:7:1: block quotes and lists nested more than 50 levels deep (hint: flatten the"
                + " structure; 50 levels is Dateline's limit)",
                assertThrows(DatelineException.class, () -> parser.parse(new SourceFile("content/a.md",
                        FRONT.replace('\n', '\r') + "a\r\r" + "> ".repeat(60)))).getMessage());
    }

    @Test
    void ordinaryArticlesPass() {
        passes("Hello *world*, **bold** _it_ snake_case_name [link](https://x.test/a_(b)) `code` (an aside).\n\n"
                + "> quoted\n> - and listed\n>   - twice\n\n1. one\n2. two\n\n| a | b |\n|-|-|\n| 1 | 2 |\n");
    }

    @Test
    void codeFencesMayHoldAnyNumberOfBackticksAndBrackets() {
        passes("```sh\n" + "echo `date` [[ -n x ]] ((1))\n".repeat(300) + "```\n\nAfter.");
    }

    @Test
    void manyParagraphsEachWithCodeAndLinksPass() {
        passes("Some `code` and [a link](/x) (aside) *em*.\n\n".repeat(2000));
    }

    @Test
    void threeThousandRowTablePasses() {
        StringBuilder table = new StringBuilder("| a | b |\n|-|-|\n");
        for (int i = 0; i < 3000; i++) {
            table.append("| x").append(i).append(" | *y* |\n");
        }
        passes(table.toString());
    }
}
