package org.dateline.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.BaseScalarResolver;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * The YAML 1.2 core schema's scalar types as the library's {@link CoreScalarResolver} gives them, with
 * the answer found without its patterns where the answer is certain. The library keys its patterns by
 * a value's first character and tries each of them, in order, with a new {@link java.util.regex.Matcher}:
 * a title, a name, a date, every key of every article's front matter (a cold build of 10,000 articles
 * spent ~1% of its CPU time there, most of it on dates, which start with a digit and so meet the
 * integer and float patterns). Two answers are certain, read off the library's own table when this is made:
 * <ul>
 *   <li>a value whose first character has no pattern of its own is a string, unless a pattern kept
 *       for any first character matches it: {@link BaseScalarResolver#EMPTY}, which matches the empty
 *       value alone, and the null pattern, which matches {@code ~}, {@code null}, {@code Null},
 *       {@code NULL} and one blank;</li>
 *   <li>a value whose first character has only the integer and float patterns ({@code -+0-9.}) is a
 *       string if it holds a character those patterns never match: anything but letters, digits,
 *       {@code .}, {@code +} and {@code -} (a date's {@code :} or blank).</li>
 * </ul>
 * Should a version of the library keep other patterns than these, that answer is left to it.
 */
final class CoreScalars implements ScalarResolver {

    /** The library's integer and float patterns, as snakeyaml-engine 3.2 writes them. */
    static final String INT = "^([-+]?[0-9]+)|(0o[0-7]+)|(0x[0-9a-fA-F]+)$";
    static final String FLOAT = "^([-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?)|([-+]?\\.(?:inf|Inf|INF))"
            + "|(\\.(?:nan|NaN|NAN))$";

    /** The library's null pattern, and the values it matches. */
    static final String NULL = "^(?:~|null|Null|NULL| )$";
    private static final java.util.Set<String> NULL_WORDS = java.util.Set.of("~", "null", "Null", "NULL", " ");

    private final Table library = new Table();
    /** Whether a value starting with this (ASCII) character meets patterns of its own. */
    private final boolean[] patterned = new boolean[128];
    /** Whether a value starting with this (ASCII) character meets the integer and float patterns and no other. */
    private final boolean[] numeric = new boolean[128];
    /** Whether the patterns kept for any first character are {@link BaseScalarResolver#EMPTY} and the null pattern. */
    private final boolean anyKnown;

    CoreScalars() {
        Map<Character, List<Pattern>> table = library.patterns();
        // a library that made its table some other way told us nothing: then every answer is its own
        anyKnown = table != null && table.getOrDefault(null, List.of()).stream()
                .allMatch(p -> p == BaseScalarResolver.EMPTY || p == CoreScalarResolver.NULL && p.pattern().equals(NULL));
        for (char c = 0; c < 128 && table != null; c++) {
            List<Pattern> own = table.get(c);
            patterned[c] = own != null;
            numeric[c] = own != null && own.stream().allMatch(p -> p == CoreScalarResolver.INT
                    && p.pattern().equals(INT) || p == CoreScalarResolver.FLOAT && p.pattern().equals(FLOAT));
        }
    }

    @Override
    public Tag resolve(String value, Boolean implicit) {
        return implicit && certain(value) ? Tag.STR : library.resolve(value, implicit);
    }

    /** Whether {@code value}, read as a plain scalar, is certainly a string without trying a pattern on it. */
    boolean certain(String value) {
        if (!anyKnown || value.isEmpty() || NULL_WORDS.contains(value)) {
            return false;
        }
        char first = value.charAt(0);
        if (first >= 128) {
            return !library.patterns().containsKey(first); // no such key in 3.2: a string
        }
        return !patterned[first] || numeric[first] && !numberLike(value);
    }

    /** Whether every character of {@code value} is one the integer and float patterns can match. */
    static boolean numberLike(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '+'
                    || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * The library's resolver (merge keys on, as {@link org.snakeyaml.engine.v2.schema.CoreSchema} makes it), noting
     * the patterns it keeps by first character ({@code null}: any) as it makes its table: the table's own entries are
     * of a class the library keeps to itself.
     */
    private static final class Table extends CoreScalarResolver {
        /** No initialiser: filled while the library's constructor runs, before this class's initialisers would. */
        private Map<Character, List<Pattern>> byFirst;

        Table() {
            super(true);
        }

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first) {
            super.addImplicitResolver(tag, regexp, first);
            if (byFirst == null) {
                byFirst = new HashMap<>();
            }
            if (first == null) {
                byFirst.computeIfAbsent(null, key -> new ArrayList<>()).add(regexp);
            } else {
                for (char c : first.toCharArray()) { // as the library does: a NUL stands for any first character
                    byFirst.computeIfAbsent(c == 0 ? null : c, key -> new ArrayList<>()).add(regexp);
                }
            }
        }

        Map<Character, List<Pattern>> patterns() {
            return byFirst;
        }
    }
}
