package org.dateline.template;

import io.pebbletemplates.pebble.error.AttributeNotFoundException;
import io.pebbletemplates.pebble.error.RootAttributeNotFoundException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;

/**
 * Says a misspelt template variable in the template's own words: Pebble reports
 * {@code Attribute [titel] of [org.dateline...ArticleView]}; users see {@code article.titel} at its
 * line and column, and the closest name that does exist ({@code article.title}).
 */
final class UnknownVariables {

    private static final Pattern LOOP = Pattern.compile("\\{%-?\\s*for\\s+(\\w+)(?:\\s*,\\s*\\w+)?\\s+in\\s+([\\w.]+)");
    private static final String README_HINT = "check the spelling against the template variables in README.md";

    private UnknownVariables() {
    }

    /**
     * @param where the template and line Pebble named
     * @param lineText that line of the template ("" when unknown)
     * @param templateText the whole template, to find loop variables
     */
    static Problem describe(AttributeNotFoundException e, SourcePosition where, String lineText, String templateText,
                            Map<String, Object> context) {
        String attribute = e.getAttributeName();
        boolean root = e instanceof RootAttributeNotFoundException;
        Matcher written = Pattern.compile(root ? "(?<![\\w.])()" + Pattern.quote(attribute) + "\\b"
                : "([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*)\\." + Pattern.quote(attribute) + "\\b").matcher(lineText);
        boolean found = written.find();
        String path = found ? written.group(1) : "";
        int column = found ? lineText.codePointCount(0, written.start()) + 1 : 0;
        Optional<Object> owner = root ? Optional.of(context) : found ? resolve(path, templateText, context)
                : Optional.empty();
        String prefix = path.isEmpty() ? "" : path + ".";
        String name = prefix + attribute;
        Optional<String> closest = owner.flatMap(value -> closest(attribute, names(value)));
        String hint = closest.map(c -> "did you mean `" + prefix + c + "`?").orElse(README_HINT);
        return Problem.error(where.line() == 0 ? where : where.withLineColumn(where.line(), column),
                "template variable `" + name + "` does not exist", hint);
    }

    /** The value at {@code path} (a context variable, or a loop variable's first item), then its attributes. */
    private static Optional<Object> resolve(String path, String templateText, Map<String, Object> context) {
        String[] parts = path.split("\\.");
        Optional<Object> value = Optional.ofNullable(context.get(parts[0]));
        if (value.isEmpty()) {
            Matcher loop = LOOP.matcher(templateText);
            while (loop.find() && value.isEmpty()) {
                if (loop.group(1).equals(parts[0])) {
                    value = resolve(loop.group(2), templateText, context).flatMap(UnknownVariables::firstItem);
                }
            }
        }
        for (int i = 1; i < parts.length && value.isPresent(); i++) {
            String part = parts[i];
            value = value.flatMap(v -> attribute(v, part));
        }
        return value;
    }

    private static Optional<Object> firstItem(Object value) {
        if (value instanceof Iterable<?> items) {
            var iterator = items.iterator();
            return iterator.hasNext() ? Optional.ofNullable(iterator.next()) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Object> attribute(Object value, String name) {
        if (value instanceof Map<?, ?> map) {
            return Optional.ofNullable(map.get(name));
        }
        for (String candidate : List.of(name, "get" + capitalised(name), "is" + capitalised(name))) {
            try {
                Method method = value.getClass().getMethod(candidate);
                method.setAccessible(true); // view records are package-private
                return Optional.ofNullable(method.invoke(value));
            } catch (ReflectiveOperationException | RuntimeException e) {
                // try the next spelling
            }
        }
        return Optional.empty();
    }

    /** The attribute names a template can use on {@code value}. */
    static List<String> names(Object value) {
        TreeSet<String> names = new TreeSet<>();
        if (value instanceof Map<?, ?> map) {
            map.keySet().forEach(key -> names.add(String.valueOf(key)));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                names.add(component.getName());
            }
        } else {
            for (Method method : value.getClass().getMethods()) {
                if (method.getParameterCount() == 0 && method.getDeclaringClass() != Object.class
                        && !Modifier.isStatic(method.getModifiers())) {
                    names.add(bareName(method.getName()));
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** The name nearest {@code typed} by edit distance, if it is near enough to be a slip. */
    static Optional<String> closest(String typed, List<String> names) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : names) {
            int distance = distance(typed.toLowerCase(java.util.Locale.ROOT), name.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        int allowed = typed.length() <= 4 ? 1 : 2;
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Edit distance counting a swap of two neighbours as one edit (optimal string alignment). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static String bareName(String method) {
        if (method.startsWith("get") && method.length() > 3 && Character.isUpperCase(method.charAt(3))) {
            return Character.toLowerCase(method.charAt(3)) + method.substring(4);
        }
        if (method.startsWith("is") && method.length() > 2 && Character.isUpperCase(method.charAt(2))) {
            return Character.toLowerCase(method.charAt(2)) + method.substring(3);
        }
        return method;
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
