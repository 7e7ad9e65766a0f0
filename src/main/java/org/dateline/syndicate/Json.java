package org.dateline.syndicate;

import java.util.List;
import java.util.Map;

/**
 * Writes JSON from strings, numbers, booleans, lists and maps (in their iteration order, so use
 * ordered maps for byte-identical output). Strings are escaped so the text is also safe inside an
 * HTML {@code <script>} element: {@code <}, {@code >}, {@code &}, U+2028 and U+2029 become
 * {@code \}{@code u} escapes, and so does every control character and unpaired surrogate.
 */
final class Json {

    private Json() {
    }

    /** {@code value} as compact JSON text. */
    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value instanceof String text) {
            string(out, text);
        } else if (value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Boolean bool) {
            out.append(bool.booleanValue());
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, (String) entry.getKey());
                out.append(':');
                append(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("cannot write " + (value == null ? "null" : value.getClass()) + " as JSON");
        }
    }

    /**
     * Reads a copy of the characters ({@code charAt} on a text past Latin-1 keeps a bounds-check call per character
     * under C1) and appends the runs that need no escape whole.
     */
    private static void string(StringBuilder out, String text) {
        out.append('"');
        if (plainAscii(text)) {
            out.append(text).append('"'); // one array copy, where the loop below widened and narrowed every character
            return;
        }
        char[] chars = text.toCharArray();
        int from = 0; // chars[from, i) are still to append as they are
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
                    || c >= 0x80 && c != '\u2028' && c != '\u2029' && !isLoneSurrogate(chars, i)) {
                continue;
            }
            out.append(chars, from, i - from);
            from = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> unicodeEscape(out, c);
            }
        }
        out.append(chars, from, chars.length - from).append('"');
    }

    /** Whether {@code text} is printable ASCII needing no escape (most strings: names, URLs, dates, plain titles). */
    private static boolean plainAscii(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i); // a text past Latin-1, read slower so, stops at its first such character
            if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&') {
                return false;
            }
        }
        return true;
    }

    /** {@code \}{@code u} and four lower-case hex digits (String.format is far slower, and this runs per character). */
    private static void unicodeEscape(StringBuilder out, char c) {
        out.append("\\u");
        for (int shift = 12; shift >= 0; shift -= 4) {
            out.append(Character.forDigit((c >> shift) & 0xf, 16));
        }
    }

    private static boolean isLoneSurrogate(char[] text, int i) {
        char c = text[i];
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length || !Character.isLowSurrogate(text[i + 1]);
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text[i - 1]);
        }
        return false;
    }
}
