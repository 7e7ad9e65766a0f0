package org.dateline.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Just enough JSON to read a page's Schema.org {@code ld+json}: objects, arrays, strings, and the
 * rest as text. Nesting is capped; anything malformed gives nothing, never an exception.
 */
final class JsonLd {

    private static final int MAX_DEPTH = 64;
    private static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting",
            "Report", "LiveBlogPosting");

    private final String text;
    private int at;

    private JsonLd(String text) {
        this.text = text;
    }

    /** The first article-typed object in {@code json} (top level, in an array, or in {@code @graph}). */
    static Optional<Map<String, Object>> article(String json) {
        try {
            JsonLd reader = new JsonLd(json);
            Object value = reader.value(0);
            return find(value, 0);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> find(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        if (value instanceof List<?> list) {
            for (Object item : list) {
                Optional<Map<String, Object>> found = find(item, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            Object type = map.get("@type");
            List<?> types = type instanceof List<?> list ? list : List.of(type == null ? "" : type);
            if (types.stream().anyMatch(t -> ARTICLE_TYPES.contains(String.valueOf(t)))) {
                return Optional.of((Map<String, Object>) map);
            }
            return find(map.get("@graph"), depth + 1);
        }
        return Optional.empty();
    }

    /** A text value: a string, or an object's {@code name}, or the texts of a list. */
    static List<String> texts(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof String text && !text.isBlank()) {
            out.add(text.strip());
        } else if (value instanceof Map<?, ?> map) {
            out.addAll(texts(map.get("name")));
        } else if (value instanceof List<?> list) {
            list.forEach(item -> out.addAll(texts(item)));
        }
        return out;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("too deep");
        }
        skipBlanks();
        char c = text.charAt(at);
        if (c == '{') {
            Map<String, Object> map = new LinkedHashMap<>();
            at++;
            skipBlanks();
            if (text.charAt(at) == '}') {
                at++;
                return map;
            }
            while (true) {
                skipBlanks();
                String key = string();
                skipBlanks();
                expect(':');
                map.put(key, value(depth + 1));
                skipBlanks();
                if (text.charAt(at) == ',') {
                    at++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }
        if (c == '[') {
            List<Object> list = new ArrayList<>();
            at++;
            skipBlanks();
            if (text.charAt(at) == ']') {
                at++;
                return list;
            }
            while (true) {
                list.add(value(depth + 1));
                skipBlanks();
                if (text.charAt(at) == ',') {
                    at++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }
        if (c == '"') {
            return string();
        }
        int start = at;
        while (at < text.length() && ",}] \t\r\n".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        return text.substring(start, at);
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        at += 4;
                    }
                    default -> out.append(escaped);
                }
            } else {
                out.append(c);
            }
        }
    }

    private void expect(char c) {
        if (text.charAt(at) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
        at++;
    }

    private void skipBlanks() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
