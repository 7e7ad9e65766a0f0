package org.dateline.config;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dateline.diag.DatelineException;
import org.dateline.diag.SourcePosition;

/**
 * Checks on the raw YAML text before snakeyaml-engine sees it, so every refusal names the exact
 * line: control characters (the library reports them without a position), and nesting deeper
 * than {@link YamlReader#MAX_DEPTH} (the library's composer recurses once per level and about
 * 1,050 levels in 3 KB overflow a default thread stack).
 */
final class YamlPrecheck {

    /** Compiled once: {@code String.split} compiles a pattern of more than one character on every call. */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private YamlPrecheck() {
    }

    static void check(String yaml, String file, int firstLine) {
        controlCharacters(yaml, file, firstLine);
        nesting(yaml, file, firstLine);
    }

    /** C0 controls other than tab and line breaks, DEL and the C1 range (NEL included). */
    static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    static String codePoint(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }

    private static void controlCharacters(String yaml, String file, int firstLine) {
        int line = firstLine;
        int column = 1;
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (isControl(c)) {
                throw DatelineException.at(new SourcePosition(file, line, column), "YAML contains the control character "
                        + codePoint(c), "delete it: it is invisible in most editors and not allowed in YAML");
            }
            if (c == '\n' || (c == '\r' && (i + 1 >= yaml.length() || yaml.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r' && !Character.isLowSurrogate(c)) {
                column++;
            }
        }
    }

    /**
     * An over-estimate of the nesting depth of each line: indentation levels still open, plus
     * compact {@code - - -} / {@code ? } indicators at the line's start, plus open flow brackets.
     */
    private static void nesting(String yaml, String file, int firstLine) {
        Deque<Integer> indents = new ArrayDeque<>();
        int flow = 0;
        String[] lines = LINE_BREAK.split(yaml, -1);
        for (int n = 0; n < lines.length; n++) {
            String text = lines[n];
            int col = 0;
            while (col < text.length() && text.charAt(col) == ' ') {
                col++;
            }
            boolean content = col < text.length() && text.charAt(col) != '#';
            int depth = flow;
            if (content && flow == 0) {
                while (!indents.isEmpty() && indents.peek() >= col) {
                    indents.pop();
                }
                indents.push(col);
                depth = indents.size() + compactIndicators(text, col);
            }
            for (int i = col; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '[' || c == '{') {
                    flow++;
                    depth = Math.max(depth, flow + indents.size());
                } else if (c == ']' || c == '}') {
                    flow = Math.max(0, flow - 1);
                }
            }
            if (depth > YamlReader.MAX_DEPTH) {
                throw DatelineException.at(new SourcePosition(file, firstLine + n, col + 1), "YAML nested more than "
                        + YamlReader.MAX_DEPTH + " levels deep", "flatten the structure");
            }
        }
    }

    private static int compactIndicators(String text, int from) {
        int count = 0;
        int i = from;
        while (i + 1 < text.length() && "-?:".indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) == ' ') {
            count++;
            i += 2;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
        }
        return count;
    }
}
