package org.dateline.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Hugo shortcodes ({@code {{< name a="b" >}}}, {@code {{% name %}}}, closing
 * {@code {{< /name >}}}, escaped {@code {{</* name *}>}}}) and Liquid tags and outputs
 * ({@code {% name args %}}, {@code {{ expr }}}) in an article's Markdown. Tags in fenced code blocks
 * and code spans are found too, as Hugo and Jekyll expand them there ({@code `{% raw %}…{% endraw %}`}),
 * but are marked, so that an unknown one stays code. Only finds them: nothing is ever evaluated.
 */
final class ShortcodeScanner {

    /** What kind of tag a token is. */
    enum Kind { HUGO, HUGO_ESCAPED, LIQUID_TAG, LIQUID_OUTPUT }

    /**
     * One tag: {@code [start, end)} in the text, its name ({@code youtube}, {@code endhighlight}), whether it closes
     * a Hugo pair ({@code /name}), its arguments as written, and whether it is inside code.
     */
    record Token(Kind kind, int start, int end, String name, boolean closing, String args, boolean inCode) {
    }

    private static final Pattern HUGO_NAME = Pattern.compile("\\{\\{([<%])\\s*(/)?\\s*([\\w.-]+)");
    private static final Pattern LIQUID_TAG_NAME = Pattern.compile("\\{%-?\\s*([\\w.-]+)");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    /** Every tag in {@code text}, in order. */
    static List<Token> scan(String text) {
        List<Token> tokens = new ArrayList<>();
        boolean[] code = null; // made at the first {{ or {%: most articles have none
        Closers closers = new Closers(text);
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0 || open + 1 >= text.length()) {
                break;
            }
            char next = text.charAt(open + 1);
            if (next != '{' && next != '%') {
                i = open + 1;
                continue;
            }
            if (code == null) {
                code = codeMask(text);
            }
            Token token = at(text, open, code[open], closers);
            if (token == null) {
                i = open + 1;
                continue;
            }
            tokens.add(token);
            i = token.end();
        }
        return tokens;
    }

    /** A tag longer than this is not one. */
    static final int MAX_TAG = 8 * 1024;

    /**
     * The next place of each closing sequence, remembered: tags are looked for left to right, so every
     * search goes on from the last and the whole scan stays linear however many tags are left open.
     */
    private static final class Closers {
        private final String text;
        private final Map<String, Integer> found = new java.util.HashMap<>();

        Closers(String text) {
            this.text = text;
        }

        int next(String needle, int from) {
            Integer last = found.get(needle);
            if (last != null && (last < 0 || last >= from)) {
                return last;
            }
            int at = text.indexOf(needle, from);
            found.put(needle, at);
            return at;
        }
    }

    private static Token at(String text, int open, boolean inCode, Closers closers) {
        int end = Math.min(text.length(), open + MAX_TAG);
        for (String kind : List.of("<", "%")) {
            if (text.startsWith("{{" + kind + "/*", open)) {
                String closing = "*/" + (kind.equals("<") ? ">" : "%") + "}}";
                int close = closers.next(closing, open + 5);
                if (close >= 0 && close + closing.length() <= end) {
                    return new Token(Kind.HUGO_ESCAPED, open, close + closing.length(), "", false, "{{" + kind
                            + text.substring(open + 5, close) + (kind.equals("<") ? ">" : "%") + "}}", inCode);
                }
            }
        }
        Matcher hugo = HUGO_NAME.matcher(text).region(open, end);
        if (hugo.lookingAt()) {
            String closing = hugo.group(1).equals("<") ? ">}}" : "%}}";
            int close = closers.next(closing, hugo.end());
            int quote = Math.min(orEnd(closers.next("\"", hugo.end()), text), orEnd(closers.next("`", hugo.end()), text));
            if (close >= 0 && quote < close) {
                close = hugoEnd(text, hugo.end(), end, closing); // a quoted argument may hold the closing sequence
            }
            if (close >= 0 && close + 3 <= end) {
                return new Token(Kind.HUGO, open, close + 3, hugo.group(3), hugo.group(2) != null,
                        text.substring(hugo.end(), close).strip(), inCode);
            }
        }
        Matcher tag = LIQUID_TAG_NAME.matcher(text).region(open, end);
        if (tag.lookingAt()) {
            int close = closers.next("%}", tag.end());
            if (close >= 0 && close + 2 <= end) {
                return new Token(Kind.LIQUID_TAG, open, close + 2, tag.group(1), false,
                        trimDash(text.substring(tag.end(), close)), inCode);
            }
        }
        if (text.startsWith("{{", open) && open + 2 < text.length() && "<%".indexOf(text.charAt(open + 2)) < 0) {
            int close = closers.next("}}", open + 2);
            if (close >= 0 && close + 2 <= end) {
                String inner = text.substring(open + 2, close);
                return new Token(Kind.LIQUID_OUTPUT, open, close + 2, "", false,
                        trimDash(inner.startsWith("-") ? inner.substring(1) : inner), inCode);
            }
        }
        return null;
    }

    private static int orEnd(int index, String text) {
        return index < 0 ? text.length() : index;
    }

    /** Liquid's whitespace control: a {@code -} before the closing {@code %}} or {@code }}}. */
    private static String trimDash(String args) {
        String stripped = args.strip();
        return (stripped.endsWith("-") ? stripped.substring(0, stripped.length() - 1) : stripped).strip();
    }

    /**
     * Where the closing {@code >}}} (or {@code %}}}) of a Hugo shortcode's arguments is, outside {@code "…"}
     * (with {@code \"} escapes) and {@code `…`} quotes; -1 when there is none before {@code end}. A loop, not a
     * regular expression, so that a long argument cannot overflow the stack.
     */
    private static int hugoEnd(String text, int from, int end, String closing) {
        char quote = 0;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '`') {
                quote = c;
            } else if (text.startsWith(closing, i) && i + closing.length() <= end) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Which characters are inside fenced code blocks or code spans, where tags are text. A Hugo
     * shortcode or Liquid tag that opens on its own line is not a code span's content.
     */
    static boolean[] codeMask(String text) {
        boolean[] mask = new boolean[text.length()];
        String fence = null;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, lineEnd);
            Matcher m = mayFence(line) ? FENCE.matcher(line) : null;
            if (fence != null) {
                java.util.Arrays.fill(mask, lineStart, lineEnd, true);
                if (m != null && m.find() && m.group(1).charAt(0) == fence.charAt(0) && m.group(1).length() >= fence.length()
                        && line.substring(m.end()).isBlank()) {
                    fence = null;
                }
            } else if (m != null && m.find()) {
                fence = m.group(1);
                java.util.Arrays.fill(mask, lineStart, lineEnd, true);
            } else {
                spans(line, lineStart, mask);
            }
            lineStart = lineEnd + 1;
        }
        return mask;
    }

    /** Whether {@link #FENCE} can match: up to 3 spaces, then a backtick or tilde. */
    private static boolean mayFence(String line) {
        int i = 0;
        while (i < 3 && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i < line.length() && (line.charAt(i) == '`' || line.charAt(i) == '~');
    }

    /** Marks code spans of one line: a run of backticks up to the next run of the same length. */
    private static void spans(String line, int offset, boolean[] mask) {
        int i = 0;
        while (i < line.length()) {
            i = line.indexOf('`', i); // the next run, found without a charAt call per character
            if (i < 0) {
                return;
            }
            int run = i;
            while (run < line.length() && line.charAt(run) == '`') {
                run++;
            }
            String ticks = line.substring(i, run);
            int close = line.indexOf(ticks, run);
            while (close >= 0 && close + ticks.length() < line.length() && line.charAt(close + ticks.length()) == '`') {
                close = line.indexOf(ticks, close + ticks.length() + 1);
            }
            if (close < 0) {
                i = run;
                continue;
            }
            java.util.Arrays.fill(mask, offset + i, offset + close + ticks.length(), true);
            i = close + ticks.length();
        }
    }

    /** Arguments: positional values and {@code key=value} pairs; quotes ({@code "…"}, {@code `…`}) group. */
    record Args(List<String> positional, Map<String, String> named) {
        Args {
            positional = List.copyOf(positional);
            named = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(named));
        }

        String first(String key) {
            return named.getOrDefault(key, positional.isEmpty() ? "" : positional.get(0));
        }
    }

    private static final Pattern ARG = Pattern.compile(
            "(?:([\\w-]+)\\s*=\\s*)?(?:\"((?:[^\"\\\\]|\\\\.)*)\"|`([^`]*)`|'([^']*)'|(\\S+))");

    /** Nunjucks' and Liquid's way ({@code {% image "a.png", "Alt" %}}): arguments may be separated by commas. */
    private static final Pattern COMMA_ARG = Pattern.compile(
            "(?:([\\w-]+)\\s*=\\s*)?(?:\"((?:[^\"\\\\]|\\\\.)*)\"|`([^`]*)`|'([^']*)'|([^\\s,]+))");

    static Args args(String text) {
        return args(text, false);
    }

    /** @param commas whether commas separate arguments (Liquid and Nunjucks tags), or belong to them (Hugo) */
    static Args args(String text, boolean commas) {
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        Matcher m = (commas ? COMMA_ARG : ARG).matcher(text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2).replaceAll("\\\\(.)", "$1")
                    : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5);
            if (m.group(1) != null) {
                named.put(m.group(1), value);
            } else {
                positional.add(value);
            }
        }
        return new Args(positional, named);
    }
}
