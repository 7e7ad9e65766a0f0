package org.dateline.parse;

import java.util.List;
import java.util.Map;
import org.dateline.diag.SourcePosition;

/**
 * {@link ArticleMeta#positions()} made from what a cache recorded of them: one file, the keys, and
 * their lines and columns, as {@link ArticleMeta} holds them anyway. Reading 10,000 cached articles
 * made a map of position records per article only for it to be copied into that form (~15% of
 * decoding a summary, cold JVM).
 */
public final class RecordedPositions {

    /** The front-matter keys Dateline knows (each under its canonical name), in a fixed order. */
    public static final List<String> KNOWN_KEYS = List.copyOf(FrontMatterKeys.KEYS.keySet());

    private RecordedPositions() {
    }

    /**
     * The positions of {@code keys} in {@code file}: key {@code i} at line {@code places[2i]}, column
     * {@code places[2i + 1]}; the arrays become the map's and must not be changed after.
     *
     * @throws IllegalArgumentException when the places do not match the keys, or one is negative
     */
    public static Map<String, SourcePosition> of(String file, String[] keys, int[] places) {
        return KeyPositions.of(file, keys, places);
    }

    /**
     * The {@code size} positions {@code positions} makes, made when first read (a position is read only
     * to report a problem): {@code positions} must give that many and cannot fail (the cache checks an
     * entry's bytes when it reads it, and decodes them later).
     */
    public static Map<String, SourcePosition> later(int size, java.util.function.Supplier<Map<String, SourcePosition>> positions) {
        if (size < 0) {
            throw new IllegalArgumentException("size " + size);
        }
        return size == 0 ? Map.of() : new DecodedPositions(size, positions);
    }
}
