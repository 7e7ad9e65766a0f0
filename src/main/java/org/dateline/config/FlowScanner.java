package org.dateline.config;

/**
 * Reads YAML text line by line just far enough to tell structure from scalar text: it tracks open
 * flow brackets, quoted scalars (which may span lines) and block scalars ({@code |}, {@code >}), and
 * skips comments. It never builds values; {@link YamlPrecheck} uses it to measure nesting before
 * the real parser, which recurses once per level, sees the text.
 */
final class FlowScanner {

    private int flow;
    private char quote;
    private int blockScalarParent = -1;

    int flow() {
        return flow;
    }

    boolean inQuote() {
        return quote != 0;
    }

    /** Whether a line with this indentation is text of a block scalar opened on an earlier line. */
    boolean inBlockScalar(int indent, boolean blank) {
        if (blockScalarParent < 0) {
            return false;
        }
        if (blank || indent > blockScalarParent) {
            return true;
        }
        blockScalarParent = -1;
        return false;
    }

    /** Scans one line from {@code from}; answers the deepest flow nesting reached on it. */
    int scan(String text, int from) {
        int indent = from;
        int deepest = flow;
        boolean nodeStart = quote == 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                i = closeQuote(text, i);
                nodeStart = false;
                continue;
            }
            boolean afterSpace = i == from || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t';
            if (c == ' ' || c == '\t') {
                continue;
            }
            if (c == '#' && afterSpace) {
                break;
            }
            boolean tokenStart = nodeStart || (flow > 0 && (afterSpace || "[{,".indexOf(text.charAt(i - 1)) >= 0));
            if ((c == '"' || c == '\'') && tokenStart) {
                quote = c;
            } else if ((c == '[' || c == '{') && (flow > 0 || nodeStart)) {
                flow++;
                deepest = Math.max(deepest, flow);
                nodeStart = false;
            } else if ((c == ']' || c == '}') && flow > 0) {
                flow--;
            } else if (c == ',' && flow > 0) {
                nodeStart = true;
            } else if ("-?:".indexOf(c) >= 0 && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                nodeStart = true;
            } else if ((c == '&' || c == '!') && nodeStart) {
                i = skipToken(text, i);
            } else if ((c == '|' || c == '>') && nodeStart && flow == 0) {
                blockScalarParent = indent;
                break;
            } else {
                nodeStart = false;
                if (flow == 0) {
                    i = skipPlain(text, i);
                }
            }
        }
        return deepest;
    }

    /** Index of the closing quote at or after {@code i}, or the last index of the line if the scalar goes on. */
    private int closeQuote(String text, int i) {
        for (int j = i; j < text.length(); j++) {
            char c = text.charAt(j);
            if (quote == '"' && c == '\\') {
                j++;
            } else if (c == quote) {
                if (quote == '\'' && j + 1 < text.length() && text.charAt(j + 1) == '\'') {
                    j++;
                } else {
                    quote = 0;
                    return j;
                }
            }
        }
        return text.length() - 1;
    }

    private static int skipToken(String text, int i) {
        int j = i;
        while (j + 1 < text.length() && text.charAt(j + 1) != ' ') {
            j++;
        }
        return j;
    }

    /** A plain scalar in block context runs to {@code ": "} or a comment; brackets in it are text. */
    private static int skipPlain(String text, int i) {
        int j = i;
        while (j + 1 < text.length()) {
            char next = text.charAt(j + 1);
            if ((next == ':' && (j + 2 == text.length() || text.charAt(j + 2) == ' '))
                    || (next == '#' && text.charAt(j) == ' ')) {
                return j;
            }
            j++;
        }
        return j;
    }
}
