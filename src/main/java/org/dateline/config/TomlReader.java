package org.dateline.config;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * TOML front matter (Hugo's {@code +++} blocks) read with tomlj into the same {@link YamlNode} tree
 * as YAML, so that one set of rules validates both. tomlj was chosen over jackson-dataformat-toml
 * because it is one small jar and reports the line and column of every key and every error, which
 * Jackson's TOML module does not keep once the tree is built. Dates keep their written form (TOML
 * has native dates) and are judged like YAML's. tomlj records where keys and array items are; a
 * value is placed after its key's {@code =}. A top-level key written twice is not a TOML error here: the earlier
 * statements are dropped before tomlj reads the block ({@link TomlDuplicates}) and listed in the
 * root's {@link YamlNode.Mapping#duplicates()}, for the caller to judge as it judges YAML's.
 */
public final class TomlReader {

    /** Reads {@code toml}, which starts on 1-based line {@code firstLine} of {@code file}. */
    public YamlNode read(String toml, String file, int firstLine) {
        YamlPrecheck.check(toml, file, firstLine);
        TomlDuplicates.Result unique = TomlDuplicates.remove(toml);
        TomlParseResult result = Toml.parse(unique.toml());
        if (result.hasErrors()) {
            List<Problem> problems = new ArrayList<>();
            for (TomlParseError error : result.errors()) {
                problems.add(Problem.error(position(file, firstLine, error.position()), "invalid TOML: "
                        + inFileLines(error.getMessage(), firstLine), "check the TOML syntax: `key = \"value\"`, one per line"));
            }
            throw new DatelineException(problems);
        }
        YamlNode.Mapping root = table(result, file, firstLine, new SourcePosition(file, firstLine, 1),
                unique.toml().split("\n", -1));
        if (unique.pairs().isEmpty()) {
            return root;
        }
        List<YamlNode.Duplicate> duplicates = new ArrayList<>();
        for (TomlDuplicates.Pair pair : unique.pairs()) {
            duplicates.add(new YamlNode.Duplicate(statement(pair.earlier(), file, firstLine),
                    statement(pair.later(), file, firstLine)));
        }
        return new YamlNode.Mapping(root.entries(), root.position(), duplicates);
    }

    /**
     * The entry of one top-level statement of a duplicated key, read on its own with its lines' numbers
     * (it parsed within the block, so it parses alone; if not, its text stands for its value).
     */
    private YamlNode.Entry statement(TomlDuplicates.Statement statement, String file, int firstLine) {
        int line = firstLine + statement.firstLine();
        SourcePosition keyPosition = new SourcePosition(file, line, statement.column());
        TomlParseResult alone = Toml.parse(statement.text());
        if (!alone.hasErrors() && alone.size() == 1) {
            YamlNode.Entry entry = table(alone, file, line, keyPosition, statement.text().split("\n", -1))
                    .entries().values().iterator().next();
            return new YamlNode.Entry(statement.key(), keyPosition, entry.value());
        }
        return new YamlNode.Entry(statement.key(), keyPosition,
                new YamlNode.Scalar(statement.text().strip(), YamlNode.Kind.STRING, keyPosition));
    }

    /** tomlj's messages count lines from the block's start ("previously defined at line 1, column 1"): count from the file's. */
    private static String inFileLines(String message, int firstLine) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("at line (\\d+), column \\d+").matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, "on line " + (firstLine + Integer.parseInt(m.group(1)) - 1));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The one place where tomlj's positions (1-based, counted from the block's first line) become file positions. */
    static SourcePosition position(String file, int firstLine, TomlPosition position) {
        if (position == null) {
            return new SourcePosition(file, firstLine, 1);
        }
        return new SourcePosition(file, firstLine + position.line() - 1, position.column());
    }

    /** @param lines the block's lines, the first on {@code firstLine}: values are placed after their key's {@code =} */
    private YamlNode.Mapping table(TomlTable table, String file, int firstLine, SourcePosition where, String[] lines) {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        List<Map.Entry<String, Object>> sorted = new ArrayList<>(table.entrySet());
        // tomlj's table is a hash map: put the keys back in the order they were written
        sorted.sort(java.util.Comparator.comparingInt((Map.Entry<String, Object> e) -> lineOf(table, e.getKey()))
                .thenComparingInt(e -> columnOf(table, e.getKey())));
        for (Map.Entry<String, Object> e : sorted) {
            SourcePosition keyPosition = position(file, firstLine, table.inputPositionOf(List.of(e.getKey())));
            entries.put(e.getKey(), new YamlNode.Entry(e.getKey(), keyPosition,
                    value(e.getValue(), file, firstLine, valuePosition(lines, firstLine, keyPosition), lines)));
        }
        return new YamlNode.Mapping(entries, where);
    }

    private static int lineOf(TomlTable table, String key) {
        TomlPosition p = table.inputPositionOf(List.of(key));
        return p == null ? 0 : p.line();
    }

    private static int columnOf(TomlTable table, String key) {
        TomlPosition p = table.inputPositionOf(List.of(key));
        return p == null ? 0 : p.column();
    }

    /** Where the value after the key at {@code key} starts: after {@code =} and blanks on the key's line. */
    static SourcePosition valuePosition(String[] lines, int firstLine, SourcePosition key) {
        int index = key.line() - firstLine;
        if (index < 0 || index >= lines.length || key.column() < 1 || key.column() > lines[index].length()) {
            return key;
        }
        String line = lines[index];
        int equals = line.indexOf('=', key.column() - 1);
        int start = equals + 1;
        while (equals >= 0 && start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
            start++;
        }
        return equals < 0 || start >= line.length() || line.charAt(start) == '\r' ? key
                : new SourcePosition(key.file(), key.line(), start + 1);
    }

    private YamlNode value(Object value, String file, int firstLine, SourcePosition where, String[] lines) {
        if (value instanceof TomlTable table) {
            return table(table, file, firstLine, where, lines);
        }
        if (value instanceof TomlArray array) {
            List<YamlNode> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                TomlPosition p = array.inputPositionOf(i);
                items.add(value(array.get(i), file, firstLine, p == null ? where : position(file, firstLine, p), lines));
            }
            return new YamlNode.Sequence(items, where);
        }
        if (value instanceof Boolean b) {
            return new YamlNode.Scalar(b.toString(), YamlNode.Kind.BOOL, where);
        }
        if (value instanceof Long l) {
            return new YamlNode.Scalar(l.toString(), YamlNode.Kind.INT, where);
        }
        if (value instanceof Double d) {
            return new YamlNode.Scalar(d.toString(), YamlNode.Kind.FLOAT, where);
        }
        if (value instanceof OffsetDateTime t) {
            return new YamlNode.Scalar(t.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), YamlNode.Kind.STRING, where);
        }
        if (value instanceof LocalDateTime t) {
            return new YamlNode.Scalar(t.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), YamlNode.Kind.STRING, where);
        }
        if (value instanceof LocalDate || value instanceof LocalTime) {
            return new YamlNode.Scalar(value.toString(), YamlNode.Kind.STRING, where);
        }
        return new YamlNode.Scalar(String.valueOf(value), YamlNode.Kind.STRING, where);
    }
}
