package org.dateline.parse;

import static org.dateline.parse.MarkdownLimits.MAX_ARTICLE_LABEL_BACKSLASHES;
import static org.dateline.parse.MarkdownLimits.MAX_BACKTICK_RUNS;
import static org.dateline.parse.MarkdownLimits.MAX_BRACKETS;
import static org.dateline.parse.MarkdownLimits.MAX_EMPHASIS;
import static org.dateline.parse.MarkdownLimits.MAX_LABEL_BACKSLASHES;
import static org.dateline.parse.MarkdownLimits.MAX_NESTED_PARAGRAPH_LINES;
import static org.dateline.parse.MarkdownLimits.MAX_PARAGRAPH_INDENT;
import static org.dateline.parse.MarkdownLimits.MAX_PARAGRAPH_LINES;

import java.util.regex.Pattern;

/**
 * What one paragraph (lines up to a blank line) of an article has open so far, for {@link MarkdownLimits}: brackets,
 * emphasis, backtick runs, link labels, and its lines.
 */
final class MarkdownParagraph {

    /** How far flexmark reads a link label ({@code [^\\]]{0,999}}), so how far a {@code [} matters. */
    private static final int LABEL_SPAN = 1000;
    /** The start of a CommonMark HTML block (kinds 1 to 7): flexmark keeps its lines as they are, no paragraph. */
    private static final Pattern HTML_BLOCK = Pattern.compile("(?i)<(?:(?:script|pre|style|textarea)(?:[ \\t>]|$)"
            + "|!--|\\?|![a-z]|!\\[CDATA\\[|/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col"
            + "|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]"
            + "|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param"
            + "|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \\t>]|/>|$)).*"
            + "|(?:<[a-z][a-z0-9-]*(?:[ \\t]+[a-z_:][a-z0-9_.:-]*(?:[ \\t]*=[ \\t]*(?:\"[^\"]*\"|'[^']*'|[^ \\t\"'=<>`]+))?)*"
            + "[ \\t]*/?>|</[a-z][a-z0-9-]*[ \\t]*>)[ \\t]*");
    /** Lines longer than this are not tried as an HTML block's start (they count as paragraph lines). */
    private static final int MAX_HTML_BLOCK_LINE = 2000;

    /** The characters {@link #scan} looks at, as bits: those below 64 here, those from 64 to 127 in the next. */
    private static final long SPECIAL = 1L << '(' | 1L << ')' | 1L << '*';
    private static final long SPECIAL_HIGH = 1L << '\\' - 64 | 1L << '`' - 64 | 1L << '_' - 64 | 1L << '~' - 64
            | 1L << '[' - 64 | 1L << ']' - 64;

    private final MarkdownLimits limits;
    private int brackets;
    private int emphasis;
    private int backtickRuns;
    private int lineCount;
    private int nestedLines;
    private int indent;
    private boolean code;
    private boolean html;
    /**
     * The last {@code [} with no {@code [} or {@code ]} after it yet, or -1; its backslashes so far; whether it has
     * gone past the end of its line (its backslashes then count towards the article's).
     */
    private int label = -1;
    private int backslashes;
    private boolean crossed;

    MarkdownParagraph(MarkdownLimits limits) {
        this.limits = limits;
    }

    /** A list item starts: flexmark gives it a paragraph of its own, so its lines are counted afresh. */
    void listItem() {
        lineCount = 0;
        nestedLines = 0;
        indent = 0;
        code = false;
        html = false;
    }

    /**
     * Counts a line whose text, {@code text[from, to)}, starts after {@code indentation} blanks of its own;
     * {@code nested} when it is inside a block quote or list item.
     */
    void line(int start, int indentation, String text, int from, int to, boolean nested) {
        if (html) {
            return;
        }
        if (code && indentation < 4) {
            listItem(); // the code block ends, a paragraph starts
        }
        if (lineCount == 0 && !code) {
            // a block that flexmark keeps as it is, up to a blank line (or a less indented line)
            code = indentation >= 4;
            // every HTML block starts with `<`: no other line need be cut out and matched
            html = !code && text.charAt(from) == '<' && to - from <= MAX_HTML_BLOCK_LINE
                    && HTML_BLOCK.matcher(text.substring(from, to)).matches();
        }
        if (code || html) {
            return;
        }
        if (++lineCount > MAX_PARAGRAPH_LINES) {
            throw limits.error(start, "more than " + MAX_PARAGRAPH_LINES + " lines in one paragraph or table",
                    "end the paragraph with a blank line, or split the table into smaller ones");
        }
        if (nested && ++nestedLines > MAX_NESTED_PARAGRAPH_LINES) {
            throw limits.error(start, "more than " + MAX_NESTED_PARAGRAPH_LINES
                    + " lines in one paragraph or table inside a block quote or list",
                    "take the table or paragraph out of the quote or list, or split it");
        }
        indent += indentation;
        if (indent > MAX_PARAGRAPH_INDENT) {
            throw limits.error(start, "more than " + MAX_PARAGRAPH_INDENT
                    + " spaces or tabs at the start of lines in one paragraph or table",
                    "remove the indentation: paragraph lines and table rows need none");
        }
    }

    /** Reads {@code body[from, end)}, one line of the paragraph. */
    void scan(char[] body, int from, int end) {
        int i = from;
        while (i < end) {
            char c = body[i];
            if (c >= 128 || ((c < 64 ? SPECIAL : SPECIAL_HIGH) >>> c & 1) == 0) { // a shift takes c modulo 64
                i++; // most characters: nothing to count
                continue;
            }
            if (c == '\\') {
                backslash(i, i + 1 < end && body[i + 1] == '\\' ? 2 : 1);
                i += 2;
                continue;
            }
            int run = i + 1;
            if (c == '`' || c == '*' || c == '_' || c == '~') {
                while (run < end && body[run] == c) {
                    run++;
                }
            }
            if (c == '`' && ++backtickRuns > MAX_BACKTICK_RUNS) {
                throw limits.error(i, "more than " + MAX_BACKTICK_RUNS + " runs of backticks in one paragraph",
                        "put code in a fenced block (```), or split the paragraph");
            } else if ((c == '[' || c == '(') && ++brackets > MAX_BRACKETS) {
                throw limits.error(i, "more than " + MAX_BRACKETS + " unclosed `[` and `(` in one paragraph",
                        "close the brackets, or escape them as `\\[` and `\\(`");
            } else if (c == ']' || c == ')') {
                brackets = Math.max(0, brackets - 1);
            } else if (c == '*' || c == '_' || c == '~') {
                emphasis(body, i, run, end);
            }
            if (c == '[' || c == ']') {
                if (c == '[') {
                    unclosed(); // a `[` stops the label regex as surely as a missing `]`
                }
                label = c == '[' ? i : -1; // closed on its line: the regex matches at once, whatever it holds
                backslashes = 0;
                crossed = false;
            }
            i = run;
        }
        unclosed();
    }

    /** The open label has no {@code ]} on its line: its backslashes cost time, and count towards the article's. */
    private void unclosed() {
        if (label >= 0 && !crossed) {
            crossed = true;
            article(backslashes);
        }
    }

    private void article(int weight) {
        if (limits.addLabelBackslashes(weight) > MAX_ARTICLE_LABEL_BACKSLASHES) {
            throw limits.error(label, "more than " + MAX_ARTICLE_LABEL_BACKSLASHES
                    + " backslashes after a `[` that is not closed on its line, in one article",
                    "write a `[` that opens no link as `\\[`, or escape fewer characters in link texts");
        }
    }

    /**
     * A backslash ({@code weight} 2 for {@code \\\\}, which the label regex can read in more ways) after an open
     * {@code [}: flexmark's link-label regex tries every reading of each before it gives up on a label with no
     * {@code ]}, so the time doubles with each one.
     */
    private void backslash(int at, int weight) {
        if (label < 0 || at - label >= LABEL_SPAN) {
            return;
        }
        backslashes += weight;
        if (backslashes > MAX_LABEL_BACKSLASHES) {
            throw limits.error(label, "more than " + MAX_LABEL_BACKSLASHES
                    + " backslashes between a `[` and the next `[` or `]`",
                    "write a `[` that opens no link as `\\[`, or escape fewer characters in the link text");
        }
        if (crossed) {
            article(weight);
        }
    }

    /** CommonMark's flanking rules: a run that can only open counts up, one that can only close counts down. */
    private void emphasis(char[] body, int from, int to, int end) {
        int before = from == 0 ? ' ' : body[from - 1];
        int after = to >= end ? ' ' : body[to];
        boolean left = !Character.isWhitespace(after) && (!isPunctuation(after) || Character.isWhitespace(before)
                || isPunctuation(before));
        boolean right = !Character.isWhitespace(before) && (!isPunctuation(before) || Character.isWhitespace(after)
                || isPunctuation(after));
        if (left && !right && ++emphasis > MAX_EMPHASIS) {
            throw limits.error(from, "emphasis nested more than " + MAX_EMPHASIS + " levels deep",
                    "close each `*` or `_` before opening the next, or escape them as `\\*` and `\\_`");
        } else if (right && !left) {
            emphasis = Math.max(0, emphasis - 1);
        }
    }

    private static boolean isPunctuation(int c) {
        int type = Character.getType(c);
        return (c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c))
                || type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }
}
