package org.dateline.assemble;

import java.util.List;
import java.util.function.Function;

/**
 * Runs independent pieces of work, on several threads where the build has them; the results keep
 * the order of the items. The work must not share mutable state, and must not itself use the same
 * {@code Parallel} (the threads would wait for each other).
 */
public interface Parallel {

    /** On the calling thread. */
    Parallel SERIAL = new Parallel() {
        @Override
        public <T, R> List<R> map(List<T> items, Function<T, R> work) {
            return items.stream().map(work).toList();
        }
    };

    <T, R> List<R> map(List<T> items, Function<T, R> work);
}
