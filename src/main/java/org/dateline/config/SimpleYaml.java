package org.dateline.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.diag.SourcePosition;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * The YAML most front matter is, read without the library: one {@code key: value} per line at the
 * left margin, each value a plain scalar, a quoted one without escapes, or a one-line list
 * {@code [a, b]} of plain names. It gives the nodes {@link YamlReader} gives for the same text
 * (values typed by the same core-schema resolver, positions at the same characters) and declines
 * everything else, which the library then reads: indented lines, block lists, comments after a
 * value, escapes, {@code key:} with no value, a key written twice, tabs, carriage returns, control
 * and unprintable characters, anything that starts with an indicator. Composing with the library
 * (and compiling it) was 5% of a 10,000-article build's samples.
 */
final class SimpleYaml {

    /** Characters that may not start a plain scalar (YAML 1.2 indicators). */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    private final String yaml;
    private final String file;
    private final int firstLine;
    private final ScalarResolver resolver;
    private int lineStart;
    private int lineEnd;
    private int lineNumber;

    private SimpleYaml(String yaml, String file, int firstLine, ScalarResolver resolver) {
        this.yaml = yaml;
        this.file = file;
        this.firstLine = firstLine;
        this.resolver = resolver;
    }

    /** The mapping {@code yaml} holds, or empty when it is not of the simple kind (the library decides then). */
    static Optional<YamlNode> read(String yaml, String file, int firstLine, ScalarResolver resolver) {
        return new SimpleYaml(yaml, file, firstLine, resolver).mapping();
    }

    private Optional<YamlNode> mapping() {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        SourcePosition first = null;
        for (lineStart = 0; lineStart < yaml.length(); lineStart = lineEnd + 1, lineNumber++) {
            lineEnd = yaml.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = yaml.length();
            }
            if (lineEnd == lineStart || yaml.charAt(lineStart) == '#' && printable(lineStart, lineEnd)) {
                continue; // an empty line, or a comment
            }
            YamlNode.Entry entry = entry();
            if (entry == null || entries.containsKey(entry.key())) {
                return Optional.empty();
            }
            if (first == null) {
                first = entry.keyPosition();
            }
            entries.put(entry.key(), entry);
        }
        return first == null ? Optional.empty() : Optional.of(new YamlNode.Mapping(entries, first));
    }

    /** The {@code key: value} of the current line; null when it is not of the simple kind. */
    private YamlNode.Entry entry() {
        int i = lineStart;
        while (i < lineEnd && nameChar(yaml.charAt(i), i == lineStart)) {
            i++;
        }
        if (i == lineStart || i + 1 >= lineEnd || yaml.charAt(i) != ':' || yaml.charAt(i + 1) != ' ') {
            return null;
        }
        String key = yaml.substring(lineStart, i);
        if (!resolver.resolve(key, true).equals(Tag.STR)) {
            return null; // `true:`, `null:`: the library says why that is no name
        }
        int start = i + 1;
        while (start < lineEnd && yaml.charAt(start) == ' ') {
            start++;
        }
        int end = lineEnd;
        while (end > start && yaml.charAt(end - 1) == ' ') {
            end--;
        }
        if (start == end || !printable(start, end)) {
            return null;
        }
        YamlNode value = yaml.charAt(start) == '[' ? list(start, end) : scalar(start, end, false);
        return value == null ? null : new YamlNode.Entry(key, position(lineStart), value);
    }

    /** A scalar in {@code yaml[start, end)}, which starts and ends with no space; null when not simple. */
    private YamlNode.Scalar scalar(int start, int end, boolean inList) {
        char first = yaml.charAt(start);
        if (first == '"' || first == '\'') {
            int close = yaml.indexOf(first, start + 1);
            if (close != end - 1 || first == '"' && yaml.lastIndexOf('\\', close) > start) {
                return null; // escapes, '' inside, or text after the closing quote
            }
            return new YamlNode.Scalar(yaml.substring(start + 1, close), YamlNode.Kind.STRING, position(start));
        }
        if (INDICATORS.indexOf(first) >= 0) {
            return null;
        }
        for (int i = start; i < end; i++) {
            char c = yaml.charAt(i);
            if (c == ':' && (i + 1 == end || yaml.charAt(i + 1) == ' ' || inList) || c == '#' && yaml.charAt(i - 1) == ' '
                    || inList && (c == '#' || c == '?' || c == '"' || c == '\'' || c == '{' || c == '}' || c == '[' || c == ']')) {
                return null; // a mapping, a comment, or what a list reads differently
            }
        }
        String text = yaml.substring(start, end);
        return new YamlNode.Scalar(text, YamlReader.kind(resolver.resolve(text, true)), position(start));
    }

    /** A one-line {@code [a, b]} of simple scalars in {@code yaml[start, end)}; null when not simple. */
    private YamlNode.Sequence list(int start, int end) {
        if (yaml.charAt(end - 1) != ']') {
            return null;
        }
        List<YamlNode> items = new ArrayList<>();
        int close = end - 1;
        int from = start + 1;
        while (from < close && yaml.charAt(from) == ' ') {
            from++;
        }
        while (from < close) {
            int comma = yaml.indexOf(',', from);
            int itemEnd = comma < 0 || comma > close ? close : comma;
            int last = itemEnd;
            while (last > from && yaml.charAt(last - 1) == ' ') {
                last--;
            }
            if (last == from) {
                return null; // an empty item: `[a, , b]`, `[a,]`
            }
            for (int i = from; i < last; i++) {
                if (Character.isSurrogate(yaml.charAt(i))) {
                    return null; // the library counts columns in code points
                }
            }
            YamlNode.Scalar item = scalar(from, last, true);
            if (item == null) {
                return null;
            }
            items.add(item);
            if (itemEnd == close) {
                break;
            }
            from = itemEnd + 1;
            while (from < close && yaml.charAt(from) == ' ') {
                from++;
            }
            if (from == close) {
                return null; // a trailing comma
            }
        }
        return new YamlNode.Sequence(items, position(start));
    }

    private static boolean nameChar(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || !first && (c >= '0' && c <= '9' || c == '-');
    }

    /** No tab, control, unpaired surrogate or other character the library refuses or treats specially. */
    private boolean printable(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = yaml.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                continue;
            }
            if (c < 0xa0 || c == '\ufeff' || c > '\ufffd' || c == '\u2028' || c == '\u2029'
                    || Character.isLowSurrogate(c)
                    || Character.isHighSurrogate(c) && !(i + 1 < to && Character.isLowSurrogate(yaml.charAt(++i)))) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code yaml[index]} is in the file; the characters before it on its line are one per code point. */
    private SourcePosition position(int index) {
        return new SourcePosition(file, firstLine + lineNumber, index - lineStart + 1);
    }
}
