package org.dateline.template;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Joins names the way a byline reads: {@code ["A"]} → "A", {@code ["A", "B"]} → "A and B",
 * {@code ["A", "B", "C"]} → "A, B and C". The word can be changed: {@code join_names("und")}.
 */
final class JoinNamesFilter implements Filter {

    static final Map<String, String> EXAMPLES = Map.of(
            "{{ ['Selin Atay'] | join_names }}", "Selin Atay",
            "{{ ['A', 'B'] | join_names }}", "A and B",
            "{{ ['A', 'B', 'C'] | join_names }}", "A, B and C",
            "{{ ['A', 'B'] | join_names('und') }}", "A und B",
            "{{ [] | join_names }}", "");

    @Override
    public List<String> getArgumentNames() {
        return List.of("word");
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                        int lineNumber) {
        if (input == null) {
            return "";
        }
        List<String> names = new ArrayList<>();
        if (input instanceof Collection<?> collection) {
            collection.forEach(item -> names.add(String.valueOf(item)));
        } else {
            names.add(String.valueOf(input));
        }
        Object word = args.get("word");
        String and = word == null ? "and" : word.toString();
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.get(names.size() - 1);
    }
}
