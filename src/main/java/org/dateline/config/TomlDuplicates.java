package org.dateline.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds top-level keys written twice in a TOML block, which tomlj refuses outright while Hugo keeps
 * the last one. Each earlier statement (its key line and, for a multi-line array, inline table or
 * string, every line of its value) is blanked out, so tomlj sees each key once and every line keeps
 * its number; the caller learns which keys were dropped and where. Keys inside {@code [tables]} are
 * left to tomlj (a duplicate there stays an error, as nested duplicates are in YAML).
 */
final class TomlDuplicates {

    /** A plain or quoted key at the start of a statement, then {@code =}. Dotted keys are left to tomlj. */
    private static final Pattern KEY = Pattern.compile(
            "^[ \\t]*(?:([A-Za-z0-9_-]+)|\"([^\"\\\\]*)\"|'([^']*)')[ \\t]*=");

    /** A key statement: the key, its first line and the line after its last (0-based, within the block). */
    record Statement(String key, int firstLine, int endLine, int column, String text) {
    }

    /** A key written twice: the statement dropped and the next one of the same key. */
    record Pair(Statement earlier, Statement later) {
    }

    /**
     * @param toml the block without duplicates, same number of lines
     * @param pairs each dropped statement with the one that replaced it, in source order
     */
    record Result(String toml, List<Pair> pairs) {
    }

    private TomlDuplicates() {
    }

    static Result remove(String toml) {
        String[] lines = toml.split("\n", -1);
        List<Statement> statements = statements(lines);
        Map<String, Statement> last = new LinkedHashMap<>();
        List<Pair> pairs = new ArrayList<>();
        for (Statement statement : statements) {
            Statement earlier = last.put(statement.key(), statement);
            if (earlier != null) {
                pairs.add(new Pair(earlier, statement));
            }
        }
        if (pairs.isEmpty()) {
            return new Result(toml, List.of());
        }
        for (Pair pair : pairs) {
            for (int i = pair.earlier().firstLine(); i < pair.earlier().endLine(); i++) {
                lines[i] = lines[i].endsWith("\r") ? "\r" : "";
            }
        }
        return new Result(String.join("\n", lines), List.copyOf(pairs));
    }

    /** The top-level key statements, up to the first table header. */
    private static List<Statement> statements(String[] lines) {
        List<Statement> statements = new ArrayList<>();
        Scanner scanner = new Scanner();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            if (line.stripLeading().startsWith("[")) {
                break; // a table header: what follows belongs to the table
            }
            Matcher m = KEY.matcher(line);
            int start = i;
            scanner.line(line);
            i++;
            while (scanner.open() && i < lines.length) {
                scanner.line(lines[i]);
                i++;
            }
            if (m.find()) {
                int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
                // 1-based: a bare key's first letter, a quoted key's opening quote
                int column = group == 1 ? m.start(group) + 1 : m.start(group);
                String key = m.group(group);
                StringBuilder text = new StringBuilder();
                for (int j = start; j < i; j++) {
                    text.append(lines[j]).append('\n');
                }
                statements.add(new Statement(key, start, i, column, text.toString()));
            }
        }
        return statements;
    }

    /** Tracks brackets and multi-line strings across lines, ignoring comments and single-line strings. */
    private static final class Scanner {
        private int depth;
        private String multiline = "";

        boolean open() {
            return depth > 0 || !multiline.isEmpty();
        }

        void line(String line) {
            int i = 0;
            while (i < line.length()) {
                if (!multiline.isEmpty()) {
                    int end = line.indexOf(multiline, i);
                    if (end < 0) {
                        return;
                    }
                    i = end + 3;
                    multiline = "";
                    continue;
                }
                char c = line.charAt(i);
                if (line.startsWith("\"\"\"", i) || line.startsWith("'''", i)) {
                    multiline = line.substring(i, i + 3);
                    i += 3;
                } else if (c == '"' || c == '\'') {
                    i = endOfString(line, i, c);
                } else if (c == '#') {
                    return;
                } else {
                    if (c == '[' || c == '{') {
                        depth++;
                    } else if ((c == ']' || c == '}') && depth > 0) {
                        depth--;
                    }
                    i++;
                }
            }
        }

        private static int endOfString(String line, int start, char quote) {
            int i = start + 1;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (c == '\\' && quote == '"') {
                    i += 2;
                } else if (c == quote) {
                    return i + 1;
                } else {
                    i++;
                }
            }
            return i;
        }
    }
}
