package org.dateline.template;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import java.util.Map;

/** Dateline's own Pebble filters. Each has examples that {@code DatelineExtensionTest} runs. */
final class DatelineExtension extends AbstractExtension {

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of("join_names", new JoinNamesFilter());
    }
}
