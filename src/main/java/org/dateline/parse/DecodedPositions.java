package org.dateline.parse;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.dateline.diag.SourcePosition;

/**
 * {@link ArticleMeta#positions()} made when first read ({@link RecordedPositions#later}): a cached
 * article's, which a build reads only to report a problem in it, where decoding every article's made
 * its file's name and two arrays. An unmodifiable map of the {@code size} positions {@code positions}
 * makes, equal to any map of the same entries; safe to share between threads (two first reads may both
 * make them, equal either way).
 */
final class DecodedPositions extends AbstractMap<String, SourcePosition> {

    private final int size;
    private final Supplier<Map<String, SourcePosition>> positions;
    private volatile Map<String, SourcePosition> made;

    DecodedPositions(int size, Supplier<Map<String, SourcePosition>> positions) {
        this.size = size;
        this.positions = positions;
    }

    @Override
    public SourcePosition get(Object key) {
        return made().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return made().containsKey(key);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Map.Entry<String, SourcePosition>> entrySet() {
        return made().entrySet();
    }

    private Map<String, SourcePosition> made() {
        Map<String, SourcePosition> known = made;
        if (known == null) {
            known = KeyPositions.of(positions.get());
            if (known.size() != size) {
                throw new IllegalStateException(known.size() + " positions where " + size + " were recorded");
            }
            made = known;
        }
        return known;
    }
}
