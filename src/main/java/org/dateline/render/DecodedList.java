package org.dateline.render;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An unmodifiable list whose items are made when first read: a cached article's subheadings, of
 * which a build from the cache reads only those of the pages it renders (a body edit of the
 * 10,000-article corpus: a handful), where decoding every article's made three records and six
 * strings each. Its size is known at once; {@code items} must give that many, and cannot fail (the
 * cache checked their bytes when it read the entry). Equal to any list of the same items, as lists are.
 * Safe to share between threads: two first reads may both make the items, equal either way.
 */
public final class DecodedList<T> extends AbstractList<T> implements RandomAccess {

    private final int size;
    private final Supplier<List<T>> items;
    private volatile List<T> made;

    private DecodedList(int size, Supplier<List<T>> items) {
        this.size = size;
        this.items = items;
    }

    /** The {@code size} items {@code items} makes, made when one is first read; the one empty list when none. */
    public static <T> List<T> of(int size, Supplier<List<T>> items) {
        if (size < 0) {
            throw new IllegalArgumentException("size " + size);
        }
        return size == 0 ? List.of() : new DecodedList<>(size, items);
    }

    /** {@code list} as an unmodifiable list: itself when it is one of these, else {@link List#copyOf}. */
    public static <T> List<T> copyOf(List<T> list) {
        return list instanceof DecodedList<T> ? list : List.copyOf(list);
    }

    @Override
    public T get(int index) {
        return items().get(index);
    }

    @Override
    public int size() {
        return size;
    }

    private List<T> items() {
        List<T> known = made;
        if (known == null) {
            known = List.copyOf(items.get());
            if (known.size() != size) {
                throw new IllegalStateException(known.size() + " items where " + size + " were recorded");
            }
            made = known;
        }
        return known;
    }
}
