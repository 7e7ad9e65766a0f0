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
    void backslashesAfterAnUnclosedBracket() {
        // found by fuzzing: 45 of these took flexmark's link-label regex more than 16 minutes
        assertEquals("content/a.md:5:1: more than 8 backslashes between a `[` and the next `[` or `]` (hint: write a"
                + " `[` that opens no link as `\\[`, or escape fewer characters in the link text)",
                error("[ay" + "``\\".repeat(45)));
    }

    @Test
    void escapedBackslashesCountTwice() {
        assertEquals("content/a.md:6:3: more than 8 backslashes between a `[` and the next `[` or `]` (hint: write a"
                + " `[` that opens no link as `\\[`, or escape fewer characters in the link text)",
                error("Intro\nA [b " + "\\\\".repeat(5)));
    }

    @Test
    void backslashesAfterBracketsAddUpOverAnArticle() {
        String paragraph = "[a" + "\\!".repeat(8) + "\n\n";
        assertEquals("content/a.md:55:1: more than 200 backslashes after a `[` that is not closed on its line, in one"
                + " article (hint: write a `[` that opens no link as `\\[`, or escape fewer characters in link texts)",
                error(paragraph.repeat(26)));
    }

    @Test
    void aLabelGoesOnOverLinesAndEndsAtTheNextBracket() {
        assertEquals("content/a.md:5:3: more than 8 backslashes between a `[` and the next `[` or `]` (hint: write a"
                + " `[` that opens no link as `\\[`, or escape fewer characters in the link text)",
                error("a [b \\! \\!\n\\! \\! \\! \\! \\! \\! \\!"));
        passes("a [b \\! \\! \\! \\! [c \\! \\! \\! \\! \\! \\! \\! \\!] \\! \\! \\!\n");
    }

    @Test
    void linkTextWithEightEscapesAndEscapedBracketsPass() {
        passes("[C\\+\\+ \\* a \\* b \\_c\\_ \\#](https://x.test/) and \\[not a link\\] "
                + "\\\\server\\share\\".repeat(20) + "\n\n" + "See [my\\_long\\_variable\\_name](/v).\n".repeat(300));
    }

    @Test
    void tableOf1998RowsPassesAnd1999AreRefused() {
        StringBuilder table = new StringBuilder("| a | b |\n|-|-|\n");
        for (int i = 0; i < 1998; i++) {
            table.append("| x").append(i).append(" | *y* |\n");
        }
        passes(table.toString());
        assertEquals("content/a.md:2005:1: more than 2000 lines in one paragraph or table (hint: end the paragraph"
                + " with a blank line, or split the table into smaller ones)", error(table + "| z | *y* |\n"));
    }

    @Test
    void indentedTableRows() {
        // found by fuzzing's neighbour: each blank-led line makes flexmark's per-line rebuild of the paragraph dearer
        assertEquals("content/a.md:105:1: more than 100 spaces or tabs at the start of lines in one paragraph or"
                + " table (hint: remove the indentation: paragraph lines and table rows need none)",
                error(" | x | y |\n".repeat(500)));
    }

    @Test
    void listItemsAndIndentedCodeMayBeLong() {
        passes("    code | line\n".repeat(300) + "\n- item\n" + "  continued *line*\n".repeat(150)
                + "\n  second | paragraph\n".repeat(2) + "  | a |\n".repeat(190) + "\n1. x\n" + "   - y\n"
                + "     | b |\n".repeat(190) + "\n> quoted\n" + ">  | c |\n".repeat(99) + "\n"
                + "-   pandoc | style\n".repeat(2500) + "\n" + "10.  item\n".repeat(300) + "\n<table>\n"
                + "  <tr>\n    <td>| 1 |</td>\n  </tr>\n".repeat(700) + "</table>\n\n<!-- a\n" + "    | b |\n".repeat(100)
                + "-->\n");
    }

    @Test
    void longTablesInsideQuotesAndListItems() {
        // every line of a quoted table costs flexmark's per-line rebuild fifty times a plain one: 2,000 take 1.2 s
        assertEquals("content/a.md:207:1: more than 200 lines in one paragraph or table inside a block quote or list"
                + " (hint: take the table or paragraph out of the quote or list, or split it)",
                error("> Quoted:\n>\n> | a | b |\n> |-|-|\n" + "> | x | y |\n".repeat(2000)));
        assertEquals("content/a.md:205:1: more than 200 lines in one paragraph or table inside a block quote or list"
                + " (hint: take the table or paragraph out of the quote or list, or split it)",
                error("- item\n" + "  | x | y |\n".repeat(2000)));
    }

    @Test
    void onlyARealFenceHidesWhatFollows() {
        // found by fuzzing: "```\\``" is no fence (a backtick fence's info string has no backtick), so flexmark read
        // the lines after it as Markdown, and a `[` with backslashes there took it minutes
        String labels = "[a" + "``\\".repeat(20) + "\n";
        assertEquals("content/a.md:6:1: more than 8 backslashes between a `[` and the next `[` or `]` (hint: write a"
                + " `[` that opens no link as `\\[`, or escape fewer characters in the link text)",
                error("```\\``\n" + labels));
        assertEquals("content/a.md:7:1: more than 8 backslashes between a `[` and the next `[` or `]` (hint: write a"
                + " `[` that opens no link as `\\[`, or escape fewer characters in the link text)",
                error("Text\n    ```\n" + labels));
        passes("```md\n```js\n" + labels + "```\n");
    }

    @Test
    void aLineStartingWithInlineHtmlStartsAParagraphAllTheSame() {
        assertEquals("content/a.md:106:1: more than 100 spaces or tabs at the start of lines in one paragraph or"
                + " table (hint: remove the indentation: paragraph lines and table rows need none)",
                error("<span>x</span> y\n" + " | x | y |\n".repeat(500)));
    }

    /** The checks read a copy of the body's characters: positions stay in code points, past Latin-1 and pairs. */
    @Test
    void countsColumnsInCodePointsInTextPastLatin1() {
        assertEquals("content/a.md:5:136: more than 50 unclosed `[` and `(` in one paragraph (hint: close the"
                + " brackets, or escape them as `\\[` and `\\(`)", error("\uD83D\uDE00".repeat(10) + "[ (](".repeat(1000)));
        assertEquals("content/a.md:5:304: emphasis nested more than 50 levels deep (hint: close each `*` or `_`"
                + " before opening the next, or escape them as `\\*` and `\\_`)", error("\u201c**_a ".repeat(60)));
    }

    @Test
    void findsTheLineAcrossCrlfAndLoneCrLineEnds() {
        assertEquals("content/a.md:7:2: more than 1000 spaces or tabs in a row (hint: remove the run of blank space)",
                error("\u201cQuoted\u201d \uD83D\uDE00 text\r\n\u65e5\u672c\r\u2014" + " ".repeat(1001) + "x"));
        assertEquals("content/a.md:7:1: block quotes and lists nested more than 50 levels deep (hint: flatten the"
                + " structure; 50 levels is Dateline's limit)", error("a\rb\r" + "* ".repeat(1000) + "a"));
    }

    @Test
    void passesEmptyAndUnendedBodiesAndVeryLongLines() {
        passes("");
        passes("\u201cNo line end\u201d \u2014 \uD83D\uDE00");
        passes("\uDE00 lone \uD83D surrogates *a* _b_ [c](d)\r\n");
        passes(("\u201cword\u201d \u2014 \u65e5\u672c ").repeat(20_000) + "\n\n" + "x ".repeat(100_000));
    }
    /**
     * The run is counted within one line, never on into the next, and a line of 1,001 blanks (one longer than the
     * limit, the shortest line that is read again for its runs) is refused.
     */
    @Test
    void countsBlankRunsWithinOneLine() {
        passes("a" + " ".repeat(1000) + "b\n" + " ".repeat(600) + "\r\n" + " ".repeat(600) + "c\r" + "\t".repeat(1000));
        assertEquals("content/a.md:6:3: more than 1000 spaces or tabs in a row (hint: remove the run of blank space)",
                error("x\nab" + " \t".repeat(500) + " c"));
        assertEquals("content/a.md:6:1: more than 1000 spaces or tabs in a row (hint: remove the run of blank space)",
                error("x" + " ".repeat(999) + "\n" + " ".repeat(1001)));
    }

    /** Only a line that starts with {@code <} can open an HTML block, whose lines flexmark keeps and nobody counts. */
    @Test
    void countsParagraphLinesButNotHtmlBlockLines() {
        passes("<div>\n" + "row\n".repeat(2500));
        passes("> <section class=\"box\">\n" + "> row\n".repeat(300));
        assertEquals("content/a.md:2005:1: more than 2000 lines in one paragraph or table (hint: end the paragraph"
                + " with a blank line, or split the table into smaller ones)", error("div>\n" + "row\n".repeat(2500)));
        assertEquals("content/a.md:205:1: more than 200 lines in one paragraph or table inside a block quote or list"
                + " (hint: take the table or paragraph out of the quote or list, or split it)",
                error("> span>\n" + "> row\n".repeat(300)));
    }
}
