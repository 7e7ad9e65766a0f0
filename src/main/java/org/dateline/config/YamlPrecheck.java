package org.dateline.config;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.dateline.diag.LineIndex;
import org.dateline.diag.DatelineException;
import org.dateline.diag.SourcePosition;

/**
 * Checks on the raw YAML text before snakeyaml-engine sees it, so every refusal names the exact
 * line: control characters (the library reports them without a position), and nesting deeper
 * than {@link YamlReader#MAX_DEPTH} (the library's composer recurses once per level and about
 * 1,050 levels in 3 KB overflow a default thread stack).
 */
final class YamlPrecheck {

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
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (isControl(c)) {
                LineIndex lines = new LineIndex(yaml);
                throw DatelineException.at(new SourcePosition(file, firstLine + lines.line(i) - 1, lines.column(i)),
                        "YAML contains the control character " + codePoint(c),
                        "delete it: it is invisible in most editors and not allowed in YAML");
            }
        }
    }

    /**
     * An over-estimate of the nesting depth of each line: indentation levels still open, plus
     * compact {@code - - -} / {@code ? } indicators at the line's start, plus open flow brackets.
     * Brackets count only where YAML reads them as structure: not inside quoted scalars, block
     * scalars, comments or plain text such as {@code title: Polls [update]}.
     */
    private static void nesting(String yaml, String file, int firstLine) {
        Deque<Integer> indents = new ArrayDeque<>();
        FlowScanner scanner = new FlowScanner();
        LineIndex lines = new LineIndex(yaml);
        for (int n = 1; n <= lines.lineCount(); n++) {
            String text = lines.lineText(n);
            int col = 0;
            while (col < text.length() && text.charAt(col) == ' ') {
                col++;
            }
            boolean blank = col == text.length();
            if (scanner.inBlockScalar(col, blank)) {
                continue;
            }
            boolean content = !blank && text.charAt(col) != '#' && !scanner.inQuote();
            int depth = scanner.flow();
            if (content && scanner.flow() == 0) {
                while (!indents.isEmpty() && indents.peek() >= col) {
                    indents.pop();
                }
                indents.push(col);
                depth = indents.size() + compactIndicators(text, col);
            }
            depth = Math.max(depth, scanner.scan(text, col) + indents.size());
            if (depth > YamlReader.MAX_DEPTH) {
                throw DatelineException.at(new SourcePosition(file, firstLine + n - 1, col + 1), "YAML nested more than "
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
