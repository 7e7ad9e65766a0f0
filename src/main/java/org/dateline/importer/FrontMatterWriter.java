package org.dateline.importer;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes front matter that the parse stage reads back exactly: every text value YAML double-quoted
 * with its control characters, quotes and backslashes escaped, so nothing in a headline or an
 * imported title can end the front matter or become YAML syntax.
 */
final class FrontMatterWriter {

    private final StringBuilder text = new StringBuilder("---\n");

    /** {@code "text"} as a YAML double-quoted scalar. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** {@code ["a", "b"]}. */
    static String list(List<String> values) {
        return values.stream().map(FrontMatterWriter::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    /** {@code 2024-05-01T18:30:00+02:00}: seconds kept, never fractions. */
    static String date(OffsetDateTime value) {
        return value.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    FrontMatterWriter text(String key, String value) {
        return raw(key, quote(value));
    }

    FrontMatterWriter list(String key, List<String> values) {
        return raw(key, list(values));
    }

    FrontMatterWriter date(String key, OffsetDateTime value) {
        return raw(key, date(value));
    }

    FrontMatterWriter raw(String key, String yaml) {
        text.append(key).append(": ").append(yaml).append('\n');
        return this;
    }

    /** A YAML comment line, e.g. a note for the editor. */
    FrontMatterWriter comment(String comment) {
        text.append("# ").append(comment.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", " ")).append('\n');
        return this;
    }

    /** The front matter, closed with {@code ---}, then {@code body}. */
    String finish(String body) {
        return text + "---\n" + body;
    }
}
