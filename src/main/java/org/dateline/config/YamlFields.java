package org.dateline.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.diag.DatelineException;

/**
 * Typed reading of {@link YamlNode} values: validated, never coerced. {@code draft: no} is the
 * string "no" in YAML 1.2, so asking for a boolean fails with a positioned error instead of
 * guessing.
 */
public final class YamlFields {

    private YamlFields() {
    }

    /** A scalar's exact text (so {@code 1.10} stays "1.10"); lists and mappings are refused. */
    public static String text(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && scalar.kind() != YamlNode.Kind.NULL) {
            return scalar.text();
        }
        throw wrongType(key, node, "text");
    }

    public static boolean bool(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Kind.BOOL) {
            return Boolean.parseBoolean(scalar.text().toLowerCase(java.util.Locale.ROOT));
        }
        throw DatelineException.at(node.position(), "`" + key + "` must be true or false, not " + quoted(node),
                "write `" + key + ": true` or `" + key + ": false`");
    }

    public static int positiveInt(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Kind.INT) {
            try {
                int value = Integer.parseInt(scalar.text().replace("_", ""));
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // falls through to the error below
            }
        }
        throw DatelineException.at(node.position(), "`" + key + "` must be a whole number above 0, not " + quoted(node),
                "write e.g. `" + key + ": 20`");
    }

    /** A single string or a list of strings, as {@code tags: a} and {@code tags: [a, b]} both mean. */
    public static List<String> textList(String key, YamlNode node) {
        if (node instanceof YamlNode.Sequence sequence) {
            List<String> values = new ArrayList<>();
            for (YamlNode item : sequence.items()) {
                values.add(text(key, item));
            }
            return values;
        }
        return List.of(text(key, node));
    }

    public static YamlNode.Mapping mapping(String key, YamlNode node) {
        if (node instanceof YamlNode.Mapping mapping) {
            return mapping;
        }
        throw wrongType(key, node, "a mapping of `name: value` lines");
    }

    public static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Kind.NULL;
    }

    /** Plain Java values for templates: String, Long, Double, Boolean, List, Map, or null. */
    public static Object plain(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            return switch (scalar.kind()) {
                case NULL -> null;
                case BOOL -> Boolean.parseBoolean(scalar.text().toLowerCase(java.util.Locale.ROOT));
                case INT -> parseLong(scalar.text());
                case FLOAT -> parseDouble(scalar.text());
                case STRING -> scalar.text();
            };
        }
        if (node instanceof YamlNode.Sequence sequence) {
            List<Object> values = new ArrayList<>();
            sequence.items().forEach(item -> values.add(plain(item)));
            return java.util.Collections.unmodifiableList(values);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        ((YamlNode.Mapping) node).entries().forEach((k, entry) -> values.put(k, plain(entry.value())));
        return java.util.Collections.unmodifiableMap(values);
    }

    private static Object parseLong(String text) {
        try {
            return Long.decode(text.replace("_", ""));
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static Object parseDouble(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static DatelineException wrongType(String key, YamlNode node, String expected) {
        return DatelineException.at(node.position(), "`" + key + "` must be " + expected + ", not " + describe(node),
                null);
    }

    private static String describe(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && scalar.kind() != YamlNode.Kind.NULL
                ? quoted(node) : node.describe();
    }

    private static String quoted(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar ? "\"" + scalar.text() + "\"" : node.describe();
    }
}
