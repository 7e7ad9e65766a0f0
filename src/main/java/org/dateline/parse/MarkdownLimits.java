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
 * that start with blank space, or inside a block quote or list item, far more (500 indented table rows: 0.5 s,
 * 2,000: 15 s; 2,000 quoted rows: 1.2 s of CPU). The text
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
    /** Lines of one paragraph or table inside a block quote or list item. */
    static final int MAX_NESTED_PARAGRAPH_LINES = 200;

    /** A code fence: after backticks, an info string with no backtick (otherwise the line is text, not a fence). */
    private static final Pattern FENCE = Pattern.compile("`{3,}[^`]*|~{3,}.*");
    private static final Pattern REFERENCE = Pattern.compile(" {0,3}\\[[^\\]^][^\\]]*\\]:.*");

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

    /**
     * Checks the body text before it is parsed. Every pass reads one copy of its characters: {@code charAt} on a text
     * with characters past Latin-1 keeps a bounds-check call per character under C1 (the launcher's compiler).
     */
    void checkText(String text) {
        checkText(text, text.toCharArray());
    }

    /** {@link #checkText(String)} reading {@code body}, the characters of {@code text} (shared with flexmark's read). */
    void checkText(String text, char[] body) {
        MarkdownParagraph paragraph = new MarkdownParagraph(this);
        String fence = null;
        int references = 0;
        int start = 0;
        while (start <= body.length) {
            int end = endOfLine(body, start);
            int content = containers(body, start, end);
            char lead = firstAfterSpaces(body, content, end);
            boolean fenceable = (lead == '`' || lead == '~') && ownIndent(body, start, content) < 4;
            if (fence != null) {
                String line = text.substring(content, end).strip();
                if (fenceable && line.length() >= fence.length() && countRun(line, 0) == line.length()
                        && line.charAt(0) == fence.charAt(0)) {
                    fence = null;
                }
            } else if (fenceable && FENCE.matcher(text.substring(content, end)).matches()) {
                String marker = text.substring(content, end).strip();
                fence = marker.substring(0, countRun(marker, 0));
                paragraph = new MarkdownParagraph(this);
            } else if (isBlank(body, content, end)) {
                paragraph = new MarkdownParagraph(this);
            } else {
                if (lead == '[' && REFERENCE.matcher(text.substring(content, end)).matches()
                        && ++references > MAX_REFERENCES) {
                    throw error(content, "more than " + MAX_REFERENCES + " link reference definitions",
                            "write the links inline, as [text](https://...)");
                }
                int indentation = indentation(body, start, content);
                if (indentation < 0) {
                    paragraph.listItem();
                }
                paragraph.line(start, Math.max(0, indentation), text, content, end, itemColumn > 0);
                paragraph.scan(body, content, end);
            }
            start = end >= body.length ? body.length + 1 : LineIndex.startOfNextLine(body, end, body.length); // past the end stops the loop
        }
    }

    /** The character after up to 3 spaces: only if it is {@code `}, {@code ~} or {@code [} can FENCE or REFERENCE match. */
    private static char firstAfterSpaces(char[] body, int from, int end) {
        int i = from;
        while (i < end && i - from < 3 && body[i] == ' ') {
            i++;
        }
        return i < end ? body[i] : 0;
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

    /**
     * {@link LineIndex#endOfLine(char[], int, int)} of the line starting at {@code start}, refusing a run of more than
     * {@link #MAX_BLANK_RUN} spaces and tabs in it. The end is found first; only a line longer than the limit can hold
     * such a run, and only such a line is read again for it: the limit scan of the 10,000-article benchmark corpus (one
     * thread, C1) took ~265 ms this way against ~395 ms counting every line's blanks on the way.
     */
    private int endOfLine(char[] body, int start) {
        int end = LineIndex.endOfLine(body, start, body.length);
        if (end - start > MAX_BLANK_RUN) {
            int run = 0;
            for (int i = start; i < end; i++) {
                char c = body[i];
                if (c == ' ' || c == '\t') {
                    if (++run > MAX_BLANK_RUN) {
                        throw error(i - run + 1, "more than " + MAX_BLANK_RUN + " spaces or tabs in a row",
                                "remove the run of blank space");
                    }
                } else {
                    run = 0;
                }
            }
        }
        return end;
    }

    /** Whether {@code body[from, to)} is all whitespace, as {@link String#isBlank} says of it. */
    private static boolean isBlank(char[] body, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = body[i];
            if (c != ' ' && c != '\t' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The blanks before a line's text that are its own: not the one space after a {@code >}, nor a list item's
     * indentation on the item's later lines (flexmark strips both, and they cost nothing); -1 for the first line of a
     * list item, which starts a paragraph of its own.
     */
    private int indentation(char[] body, int start, int content) {
        int blank = content;
        while (blank > start && (body[blank - 1] == ' ' || body[blank - 1] == '\t')) {
            blank--;
        }
        if (blank > start) { // after a marker
            itemColumn = content - start;
            return body[blank - 1] == '>' ? Math.max(0, content - blank - 1) : -1;
        }
        int lead = content - start;
        if (lead < itemColumn) {
            itemColumn = 0;
        }
        return lead - itemColumn;
    }

    /** The blanks before a line's text that are its own, as {@link #indentation} counts them, without changing state. */
    private int ownIndent(char[] body, int start, int content) {
        int blank = content;
        while (blank > start && (body[blank - 1] == ' ' || body[blank - 1] == '\t')) {
            blank--;
        }
        int lead = content - start;
        return blank > start ? content - blank - 1 : lead >= itemColumn ? lead - itemColumn : lead;
    }

    /** Skips the block-quote and list markers at the start of a line; returns where the content starts. */
    private int containers(char[] body, int start, int end) {
        int i = start;
        int depth = 0;
        while (true) {
            while (i < end && (body[i] == ' ' || body[i] == '\t')) {
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
    private static int markerEnd(char[] body, int i, int end) {
        if (i >= end) {
            return -1;
        }
        char c = body[i];
        if (c == '>') {
            return i + 1;
        }
        int after = i;
        if (c == '-' || c == '+' || c == '*') {
            after = i + 1;
        } else {
            while (after < end && after - i < 9 && Character.isDigit(body[after])) {
                after++;
            }
            if (after == i || after >= end || (body[after] != '.' && body[after] != ')')) {
                return -1;
            }
            after++;
        }
        return after < end && (body[after] == ' ' || body[after] == '\t') ? after : -1;
    }

    /** Adds to the article's count of backslashes after unclosed {@code [}; returns the new count. */
    int addLabelBackslashes(int weight) {
        labelBackslashes += weight;
        return labelBackslashes;
    }

    DatelineException error(int bodyIndex, String message, String hint) {
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
}
