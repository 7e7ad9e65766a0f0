package org.dateline.pipeline;

import java.nio.charset.StandardCharsets;

/**
 * The texts that recur across a site's cached summaries (authors, sources, sections, tags, places,
 * categories: a few hundred names for 10,000 articles), each made once: a summary's bytes are looked
 * up here rather than made into a string that {@link org.dateline.parse.ArticleMeta} then drops for the
 * JVM's one copy ({@link String#intern}), six strings an article. ASCII texts only (a longer character's
 * bytes are made into a string each time, as before), in a table of fixed size where a text pushes out
 * another of the same slot. Safe to share between threads: a slot holds a string or nothing, and a
 * string read through a race is whole (its fields are final).
 */
final class SharedTexts {

    private static final int SLOTS = 1 << 12;
    private final String[] slots = new String[SLOTS];

    /** The {@code length} bytes of {@code bytes} from {@code at} as UTF-8 text, interned. */
    String text(byte[] bytes, int at, int length) {
        int hash = 0;
        for (int i = at; i < at + length; i++) {
            if (bytes[i] < 0) {
                return new String(bytes, at, length, StandardCharsets.UTF_8).intern();
            }
            hash = 31 * hash + bytes[i]; // String.hashCode of the text
        }
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        String known = slots[slot];
        if (known != null && is(known, bytes, at, length)) {
            return known;
        }
        String text = new String(bytes, at, length, StandardCharsets.ISO_8859_1).intern(); // ASCII: the same text
        slots[slot] = text;
        return text;
    }

    private static boolean is(String text, byte[] bytes, int at, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != bytes[at + i]) {
                return false;
            }
        }
        return true;
    }
}
