package org.dateline.template;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import java.util.List;
import java.util.Map;

/**
 * Dateline's own Pebble filters (each has examples that {@code DatelineExtensionTest} runs), and
 * attributes read through {@link SuppliedValues}.
 */
final class DatelineExtension extends AbstractExtension {

    private final SuppliedValues values;

    DatelineExtension() {
        this(new SuppliedValues());
    }

    DatelineExtension(SuppliedValues values) {
        this.values = values;
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("join_names", new JoinNamesFilter());
    }

    @Override
    public List<AttributeResolver> getAttributeResolver() {
        return List.of(values);
    }
}
