package org.dateline.parse;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.dateline.diag.SourcePosition;

/**
 * {@link ArticleMeta#positions()} held small, since every article keeps it for the whole build: one
 * file name, the keys (Dateline's own spelling, shared by every article) and one array of lines and
 * columns, instead of a map of position records. An immutable map; its entries are made when asked for.
 */
final class KeyPositions extends AbstractMap<String, SourcePosition> {

    private final String file;
    private final String[] keys;
    /** Line, column, line, column… in the order of {@link #keys}. */
    private final int[] places;

    private KeyPositions(String file, String[] keys, int[] places) {
        this.file = file;
        this.keys = keys;
        this.places = places;
    }

    /** {@code positions}, held small when they all name one file (as an article's do), else copied. */
    static Map<String, SourcePosition> of(Map<String, SourcePosition> positions) {
        if (positions instanceof KeyPositions || positions instanceof DecodedPositions) {
            return positions;
        }
        if (positions.isEmpty()) {
            return Map.of();
        }
        String file = positions.values().iterator().next().file();
        String[] keys = new String[positions.size()];
        int[] places = new int[positions.size() * 2];
        int i = 0;
        for (Map.Entry<String, SourcePosition> entry : positions.entrySet()) {
            SourcePosition position = entry.getValue();
            if (!position.file().equals(file)) {
                return Map.copyOf(positions);
            }
            keys[i] = FrontMatterKeys.shared(entry.getKey());
            places[2 * i] = position.line();
            places[2 * i + 1] = position.column();
            i++;
        }
        return new KeyPositions(file, keys, places);
    }

    /**
     * The positions of {@code keys} (each one's line and column in {@code places}, as held here) in
     * {@code file}, taken as they are: the arrays become the map's, which never changes them.
     */
    static Map<String, SourcePosition> of(String file, String[] keys, int[] places) {
        if (keys.length == 0) {
            return Map.of();
        }
        if (places.length != 2 * keys.length) {
            throw new IllegalArgumentException(keys.length + " keys, " + places.length + " lines and columns");
        }
        java.util.Objects.requireNonNull(file, "file");
        for (int i = 0; i < keys.length; i++) {
            keys[i] = FrontMatterKeys.shared(keys[i]);
            if (places[2 * i] < 0 || places[2 * i + 1] < 0) {
                throw new IllegalArgumentException("line and column are 1-based, 0 for unknown");
            }
        }
        return new KeyPositions(file.replace('\\', '/'), keys, places);
    }

    @Override
    public SourcePosition get(Object key) {
        int at = indexOf(key);
        return at < 0 ? null : position(at);
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public Set<Map.Entry<String, SourcePosition>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, SourcePosition>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public Map.Entry<String, SourcePosition> next() {
                        if (next >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int at = next++;
                        return new SimpleImmutableEntry<>(keys[at], position(at));
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    private int indexOf(Object key) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private SourcePosition position(int at) {
        return new SourcePosition(file, places[2 * at], places[2 * at + 1]);
    }
}
