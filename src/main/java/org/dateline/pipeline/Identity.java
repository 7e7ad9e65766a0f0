package org.dateline.pipeline;

/**
 * An object as a map key by identity, for a concurrent map of the records of one build's pages
 * ({@link ContextKeys}, {@link RouteReach}): the same record shows on many pages, equal records are
 * digested and walked equally anyway, and identity is cheap to compare.
 */
record Identity(Object value) {
    @Override
    public boolean equals(Object other) {
        return other instanceof Identity identity && identity.value == value;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(value);
    }
}
