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

    private static final Pattern HUGO = Pattern.compile("\\{\\{([<%])\\s*(/)?\\s*([\\w.-]+)((?:\"(?:[^\"\\\\]|\\\\.)*\"|`[^`]*`|[^\"`])*?)\\s*([>%])\\}\\}", Pattern.DOTALL);
    private static final Pattern HUGO_ESCAPED = Pattern.compile("\\{\\{([<%])/\\*(.*?)\\*/([>%])\\}\\}", Pattern.DOTALL);
    private static final Pattern LIQUID_TAG = Pattern.compile("\\{%-?\\s*([\\w.-]+)(.*?)-?%\\}", Pattern.DOTALL);
    private static final Pattern LIQUID_OUTPUT = Pattern.compile("\\{\\{-?(?![<%])(.*?)-?\\}\\}", Pattern.DOTALL);
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    /** Every tag in {@code text}, in order. */
    static List<Token> scan(String text) {
        List<Token> tokens = new ArrayList<>();
        boolean[] code = codeMask(text);
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
            Token token = at(text, open, code[open]);
            if (token == null) {
                i = open + 1;
                continue;
            }
            tokens.add(token);
            i = token.end();
        }
        return tokens;
    }

    private static Token at(String text, int open, boolean inCode) {
        Matcher escaped = HUGO_ESCAPED.matcher(text).region(open, text.length());
        if (escaped.lookingAt() && pairs(escaped.group(1), escaped.group(3))) {
            return new Token(Kind.HUGO_ESCAPED, open, escaped.end(), "", false,
                    "{{" + escaped.group(1) + escaped.group(2) + escaped.group(3) + "}}", inCode);
        }
        Matcher hugo = HUGO.matcher(text).region(open, text.length());
        if (hugo.lookingAt() && pairs(hugo.group(1), hugo.group(5))) {
            return new Token(Kind.HUGO, open, hugo.end(), hugo.group(3), hugo.group(2) != null, hugo.group(4).strip(), inCode);
        }
        Matcher tag = LIQUID_TAG.matcher(text).region(open, text.length());
        if (tag.lookingAt()) {
            return new Token(Kind.LIQUID_TAG, open, tag.end(), tag.group(1), false, tag.group(2).strip(), inCode);
        }
        Matcher output = LIQUID_OUTPUT.matcher(text).region(open, text.length());
        if (output.lookingAt()) {
            return new Token(Kind.LIQUID_OUTPUT, open, output.end(), "", false, output.group(1).strip(), inCode);
        }
        return null;
    }

    /** {@code {{<} closes with {@code >}}}, {@code {{%} with {@code %}}}. */
    private static boolean pairs(String open, String close) {
        return open.equals("<") ? close.equals(">") : close.equals("%");
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
            Matcher m = FENCE.matcher(line);
            if (fence != null) {
                java.util.Arrays.fill(mask, lineStart, lineEnd, true);
                if (m.find() && m.group(1).charAt(0) == fence.charAt(0) && m.group(1).length() >= fence.length()
                        && line.substring(m.end()).isBlank()) {
                    fence = null;
                }
            } else if (m.find()) {
                fence = m.group(1);
                java.util.Arrays.fill(mask, lineStart, lineEnd, true);
            } else {
                spans(line, lineStart, mask);
            }
            lineStart = lineEnd + 1;
        }
        return mask;
    }

    /** Marks code spans of one line: a run of backticks up to the next run of the same length. */
    private static void spans(String line, int offset, boolean[] mask) {
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) != '`') {
                i++;
                continue;
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

    static Args args(String text) {
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        Matcher m = ARG.matcher(text);
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
