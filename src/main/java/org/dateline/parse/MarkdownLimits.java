package org.dateline.parse;

import com.vladsch.flexmark.util.ast.Node;
import java.util.regex.Pattern;
import org.dateline.diag.DatelineException;
import org.dateline.diag.LineIndex;
import org.dateline.diag.SourcePosition;

/**
 * Refuses the Markdown shapes that make flexmark overflow its stack or run for minutes, with an
 * error at the line where the limit is crossed. Measured on flexmark 0.64.8: {@code "* "} × 1,000,
 * {@code "> "} × 10,000, {@code "[ (]("} × 1,000 and deeply nested emphasis overflow a default
 * stack; 2,000 alternating {@code ``\} take 22–50 s; 16,000 reference definitions 12–45 s; a
 * 30,000-space run in a footnote 8 s. Found by fuzzing: a {@code [} followed by 45 backslash escapes and
 * no {@code ]} runs flexmark's link-label regex for minutes (it backtracks over every way of reading
 * each backslash, so each one doubles the time); a paragraph or table is rebuilt whole on every line
 * that starts with a non-letter (setext-heading check), so its lines cost quadratic time, and lines
 * that start with blank space far more (500 indented table rows: 0.5 s, 2,000: 15 s). The text
 * checks run before flexmark parses (they are linear), the tree check after it and before anything
 * recursive renders the tree.
 */
final class MarkdownLimits {

    /** Block quotes and list items opened on one line. */
    static final int MAX_NESTING = 50;
    /** Unclosed {@code [} and {@code (} in one paragraph. */
    static final int MAX_BRACKETS = 50;
    /** Emphasis delimiters that can only open, not yet closed, in one paragraph. */
    static final int MAX_EMPHASIS = 50;
    /** Runs of backticks in one paragraph. */
    static final int MAX_BACKTICK_RUNS = 200;
    /** Link reference definitions ({@code [name]: url}) in one article. */
    static final int MAX_REFERENCES = 500;
    /** Spaces and tabs in a row. */
    static final int MAX_BLANK_RUN = 1000;
    /** Depth of the parsed tree (document, quotes, lists, paragraphs, links, emphasis...). */
    static final int MAX_TREE_DEPTH = 100;
    /** Backslashes between a {@code [} and the next {@code [} or {@code ]} (within flexmark's 1,000-character label). */
    static final int MAX_LABEL_BACKSLASHES = 8;
    /** Backslashes counted by {@link #MAX_LABEL_BACKSLASHES} in one article, all brackets together. */
    static final int MAX_ARTICLE_LABEL_BACKSLASHES = 200;
    /** Lines of one paragraph or table. */
    static final int MAX_PARAGRAPH_LINES = 2000;
    /** Spaces and tabs before the text of the lines of one paragraph or table (after {@code >} and list markers). */
    static final int MAX_PARAGRAPH_INDENT = 100;
    /** How far flexmark reads a link label ({@code [^\]]{0,999}}), so how far a {@code [} matters. */
    private static final int LABEL_SPAN = 1000;

    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
    private static final Pattern REFERENCE = Pattern.compile(" {0,3}\\[[^\\]^][^\\]]*\\]:.*");
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

    private final String file;
    private final int bodyOffset;
    private final LineIndex lines;
    private int labelBackslashes;
    /** The column where the text of the last list item (or quote) starts: indentation up to it is the item's. */
    private int itemColumn;

    /** @param lines the index of the whole file; {@code bodyOffset} is where the body starts in it */
    MarkdownLimits(String file, int bodyOffset, LineIndex lines) {
        this.file = file;
        this.bodyOffset = bodyOffset;
        this.lines = lines;
    }

    /** Checks the body text before it is parsed. */
    void checkText(String body) {
        Paragraph paragraph = new Paragraph();
        String fence = null;
        int references = 0;
        int start = 0;
        while (start <= body.length()) {
            int end = LineIndex.endOfLine(body, start);
            blankRuns(body, start, end);
            int content = containers(body, start, end);
            String rest = body.substring(content, end);
            char lead = firstAfterSpaces(body, content, end);
            if (fence != null) {
                if (rest.strip().startsWith(fence)) {
                    fence = null;
                }
            } else if ((lead == '`' || lead == '~') && FENCE.matcher(rest).matches()) {
                String marker = rest.strip();
                fence = marker.substring(0, countRun(marker, 0));
                paragraph = new Paragraph();
            } else if (rest.isBlank()) {
                paragraph = new Paragraph();
            } else {
                if (lead == '[' && REFERENCE.matcher(rest).matches() && ++references > MAX_REFERENCES) {
                    throw error(content, "more than " + MAX_REFERENCES + " link reference definitions",
                            "write the links inline, as [text](https://...)");
                }
                int indentation = indentation(body, start, content);
                if (indentation < 0) {
                    paragraph.listItem();
                }
                paragraph.line(start, Math.max(0, indentation), rest);
                paragraph.scan(body, content, end);
            }
            start = end >= body.length() ? body.length() + 1 : LineIndex.startOfNextLine(body, end); // past the end stops the loop
        }
    }

    /** The character after up to 3 spaces: only if it is {@code `}, {@code ~} or {@code [} can FENCE or REFERENCE match. */
    private static char firstAfterSpaces(String body, int from, int end) {
        int i = from;
        while (i < end && i - from < 3 && body.charAt(i) == ' ') {
            i++;
        }
        return i < end ? body.charAt(i) : 0;
    }

    /** Checks the parsed tree before it is rendered: an explicit stack, so the check itself cannot overflow. */
    void checkTree(Node document) {
        Node node = document.getFirstChild();
        int depth = 1;
        while (node != null) {
            if (depth > MAX_TREE_DEPTH) {
                throw error(node.getStartOffset(), "Markdown nested more than " + MAX_TREE_DEPTH + " levels deep",
                        "flatten the lists, quotes, links or emphasis");
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node.getNext() == null) {
                node = node.getParent();
                depth--;
                if (node == document) {
                    return;
                }
            }
            if (node != null) {
                node = node.getNext();
            }
        }
    }

    private void blankRuns(String body, int start, int end) {
        int run = 0;
        for (int i = start; i < end; i++) {
            char c = body.charAt(i);
            run = c == ' ' || c == '\t' ? run + 1 : 0;
            if (run > MAX_BLANK_RUN) {
                throw error(i - run + 1, "more than " + MAX_BLANK_RUN + " spaces or tabs in a row",
                        "remove the run of blank space");
            }
        }
    }

    /**
     * The blanks before a line's text that are its own: not the one space after a {@code >}, nor a list item's
     * indentation on the item's later lines (flexmark strips both, and they cost nothing); -1 for the first line of a
     * list item, which starts a paragraph of its own.
     */
    private int indentation(String body, int start, int content) {
        int blank = content;
        while (blank > start && (body.charAt(blank - 1) == ' ' || body.charAt(blank - 1) == '\t')) {
            blank--;
        }
        if (blank > start) { // after a marker
            itemColumn = content - start;
            return body.charAt(blank - 1) == '>' ? Math.max(0, content - blank - 1) : -1;
        }
        int lead = content - start;
        if (lead < itemColumn) {
            itemColumn = 0;
        }
        return lead - itemColumn;
    }

    /** Skips the block-quote and list markers at the start of a line; returns where the content starts. */
    private int containers(String body, int start, int end) {
        int i = start;
        int depth = 0;
        while (true) {
            while (i < end && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
                i++;
            }
            int marker = markerEnd(body, i, end);
            if (marker < 0) {
                return i;
            }
            if (++depth > MAX_NESTING) {
                throw error(start, "block quotes and lists nested more than " + MAX_NESTING + " levels deep",
                        "flatten the structure; " + MAX_NESTING + " levels is Dateline's limit");
            }
            i = marker;
        }
    }

    /** The end of a {@code >}, {@code -}, {@code +}, {@code *} or {@code 1.} marker at {@code i}, or -1. */
    private static int markerEnd(String body, int i, int end) {
        if (i >= end) {
            return -1;
        }
        char c = body.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        int after = i;
        if (c == '-' || c == '+' || c == '*') {
            after = i + 1;
        } else {
            while (after < end && after - i < 9 && Character.isDigit(body.charAt(after))) {
                after++;
            }
            if (after == i || after >= end || (body.charAt(after) != '.' && body.charAt(after) != ')')) {
                return -1;
            }
            after++;
        }
        return after < end && (body.charAt(after) == ' ' || body.charAt(after) == '\t') ? after : -1;
    }

    private DatelineException error(int bodyIndex, String message, String hint) {
        SourcePosition position = lines.position(file, bodyOffset + bodyIndex);
        return DatelineException.at(position, message, hint);
    }

    private static int countRun(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == text.charAt(from)) {
            i++;
        }
        return i - from;
    }

    /** What one paragraph (lines up to a blank line) has open so far. */
    private final class Paragraph {
        private int brackets;
        private int emphasis;
        private int backtickRuns;
        private int lineCount;
        private int indent;
        private boolean code;
        private boolean html;
        /** The last {@code [} with no {@code [} or {@code ]} after it yet, or -1; its backslashes so far. */
        private int label = -1;
        private int backslashes;

        /** A list item starts: flexmark gives it a paragraph of its own, so its lines are counted afresh. */
        void listItem() {
            lineCount = 0;
            indent = 0;
            code = false;
            html = false;
        }

        /** Counts a line whose text, {@code rest}, starts after {@code indentation} blanks of its own. */
        void line(int start, int indentation, String rest) {
            if (html) {
                return;
            }
            if (code && indentation < 4) {
                code = false;
                lineCount = 0;
                indent = 0;
            }
            if (lineCount == 0 && !code) {
                // a block that flexmark keeps as it is, up to a blank line (or a less indented line)
                code = indentation >= 4;
                html = !code && rest.length() <= MAX_HTML_BLOCK_LINE && HTML_BLOCK.matcher(rest).matches();
            }
            if (code || html) {
                return;
            }
            if (++lineCount > MAX_PARAGRAPH_LINES) {
                throw error(start, "more than " + MAX_PARAGRAPH_LINES + " lines in one paragraph or table",
                        "end the paragraph with a blank line, or split the table into smaller ones");
            }
            indent += indentation;
            if (indent > MAX_PARAGRAPH_INDENT) {
                throw error(start, "more than " + MAX_PARAGRAPH_INDENT
                        + " spaces or tabs at the start of lines in one paragraph or table",
                        "remove the indentation: paragraph lines and table rows need none");
            }
        }

        void scan(String body, int from, int end) {
            int i = from;
            while (i < end) {
                char c = body.charAt(i);
                if (c == '\\') {
                    backslash(i, i + 1 < end && body.charAt(i + 1) == '\\' ? 2 : 1);
                    i += 2;
                    continue;
                }
                int run = i + 1;
                if (c == '`' || c == '*' || c == '_' || c == '~') {
                    while (run < end && body.charAt(run) == c) {
                        run++;
                    }
                }
                if (c == '`' && ++backtickRuns > MAX_BACKTICK_RUNS) {
                    throw error(i, "more than " + MAX_BACKTICK_RUNS + " runs of backticks in one paragraph",
                            "put code in a fenced block (```), or split the paragraph");
                } else if ((c == '[' || c == '(') && ++brackets > MAX_BRACKETS) {
                    throw error(i, "more than " + MAX_BRACKETS + " unclosed `[` and `(` in one paragraph",
                            "close the brackets, or escape them as `\\[` and `\\(`");
                } else if (c == ']' || c == ')') {
                    brackets = Math.max(0, brackets - 1);
                } else if (c == '*' || c == '_' || c == '~') {
                    emphasis(body, i, run, end);
                }
                if (c == '[' || c == ']') {
                    label = c == '[' ? i : -1;
                    backslashes = 0;
                }
                i = run;
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
            labelBackslashes += weight;
            if (backslashes > MAX_LABEL_BACKSLASHES) {
                throw error(label, "more than " + MAX_LABEL_BACKSLASHES
                        + " backslashes between a `[` and the next `[` or `]`",
                        "write a `[` that opens no link as `\\[`, or escape fewer characters in the link text");
            }
            if (labelBackslashes > MAX_ARTICLE_LABEL_BACKSLASHES) {
                throw error(label, "more than " + MAX_ARTICLE_LABEL_BACKSLASHES
                        + " backslashes after a `[` in one article",
                        "write a `[` that opens no link as `\\[`, or escape fewer characters in link texts");
            }
        }

        /** CommonMark's flanking rules: a run that can only open counts up, one that can only close counts down. */
        private void emphasis(String body, int from, int to, int end) {
            int before = from == 0 ? ' ' : body.charAt(from - 1);
            int after = to >= end ? ' ' : body.charAt(to);
            boolean left = !Character.isWhitespace(after) && (!isPunctuation(after) || Character.isWhitespace(before)
                    || isPunctuation(before));
            boolean right = !Character.isWhitespace(before) && (!isPunctuation(before) || Character.isWhitespace(after)
                    || isPunctuation(after));
            if (left && !right && ++emphasis > MAX_EMPHASIS) {
                throw error(from, "emphasis nested more than " + MAX_EMPHASIS + " levels deep",
                        "close each `*` or `_` before opening the next, or escape them as `\\*` and `\\_`");
            } else if (right && !left) {
                emphasis = Math.max(0, emphasis - 1);
            }
        }

        private boolean isPunctuation(int c) {
            int type = Character.getType(c);
            return (c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c))
                    || type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                    || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || type == Character.OTHER_PUNCTUATION;
        }
    }
}
