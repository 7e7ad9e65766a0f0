package org.dateline.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.config.YamlFields;
import org.dateline.config.YamlNode;

/**
 * Turns {@code author}/{@code authors} values into bylines: a list, {@code {name: …}} items, or one
 * string naming several people ({@code "A, B ([@b](https://b.example)), and C"}), where a Markdown
 * link gives that author's URL. A name or slug that keys an entry of {@code data/authors.yaml} with
 * a {@code name} shows that name ({@code jonathan-rubin} → Jonathan Rubin).
 */
final class Bylines {

    /** One author as the article credits them; {@code url} is "" when none was written. */
    record Byline(String name, String url) {
    }

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(\\s*([^)\\s]+)\\s*\\)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,|;|\\band\\b)\\s*", Pattern.CASE_INSENSITIVE);

    private final Map<String, String> names;

    /** @param names display names by the slug of an authors-file key */
    Bylines(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    List<Byline> read(YamlNode node) {
        List<Byline> bylines = new ArrayList<>();
        if (node instanceof YamlNode.Sequence sequence) {
            for (YamlNode item : sequence.items()) {
                YamlNode nameNode = item instanceof YamlNode.Mapping map && map.find("name").isPresent()
                        ? map.find("name").get().value() : item;
                add(bylines, person(YamlFields.text("author", nameNode)));
            }
        } else {
            for (String part : people(YamlFields.text("author", node))) {
                add(bylines, person(part));
            }
        }
        return bylines;
    }

    private static void add(List<Byline> bylines, Byline byline) {
        if (!byline.name().isEmpty() && bylines.stream().noneMatch(b -> b.name().equals(byline.name()))) {
            bylines.add(byline);
        }
    }

    /**
     * Splits at commas, semicolons and {@code and} outside brackets and parentheses; not at {@code &},
     * which names firms as often as pairs ({@code O'Brien & Sons}).
     */
    static List<String> people(String text) {
        if (text.indexOf(',') < 0 && text.indexOf(';') < 0 && !hasAnd(text)) { // one person: no separator can match
            String person = text.strip();
            return person.isEmpty() ? List.of() : List.of(person);
        }
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        Matcher separator = SEPARATOR.matcher(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0 && mayStartSeparator(c)) {
                separator.region(i, text.length());
                if (separator.lookingAt() && separator.end() > i && (c != 'a' && c != 'A' || i == 0
                        || Character.isWhitespace(text.charAt(i - 1)))) {
                    parts.add(text.substring(start, i));
                    start = separator.end();
                    i = separator.end() - 1;
                }
            }
        }
        parts.add(text.substring(start));
        return parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** Whether {@code text} holds {@code and} in any ASCII case, as {@link #SEPARATOR} matches it. */
    private static boolean hasAnd(String text) {
        for (int i = text.indexOf('a') >= 0 || text.indexOf('A') >= 0 ? 0 : text.length(); i + 2 < text.length(); i++) {
            if ((text.charAt(i) | 0x20) == 'a' && (text.charAt(i + 1) | 0x20) == 'n' && (text.charAt(i + 2) | 0x20) == 'd') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #SEPARATOR} can match from a character: only from white space, a comma, a semicolon or an "a". */
    private static boolean mayStartSeparator(char c) {
        return c == ',' || c == ';' || c == 'a' || c == 'A' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private Byline person(String written) {
        String text = written.strip();
        String url = "";
        Matcher link = text.indexOf('[') < 0 ? null : LINK.matcher(text); // a link starts with [
        if (link != null && link.find()) {
            url = safeUrl(link.group(2));
            String before = text.substring(0, link.start()).replaceAll("[\\s(]+$", "");
            text = before.isEmpty() ? link.group(1).strip() : before.strip();
        }
        String name = Entities.decode(text);
        return new Byline(names.getOrDefault(Slugs.slugify(name), name), url);
    }

    /** Only web and mail addresses become links; anything else ({@code javascript:}) is dropped. */
    private static String safeUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:") ? url : "";
    }

    static Map<String, String> urls(List<Byline> bylines) {
        Map<String, String> urls = new LinkedHashMap<>();
        bylines.stream().filter(b -> !b.url().isEmpty()).forEach(b -> urls.put(b.name(), b.url()));
        return urls;
    }
}
