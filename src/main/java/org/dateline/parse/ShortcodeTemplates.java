package org.dateline.parse;

import java.util.List;
import java.util.Map;

/**
 * A site's own shortcodes, {@code templates/shortcodes/NAME.peb}, rendered by the template package
 * (the pipeline wires it in; the parse stage never evaluates an article as a template). Arguments
 * and inner content are passed as values, so autoescaping applies to them.
 */
public interface ShortcodeTemplates {

    /** Whether the site has {@code templates/shortcodes/NAME.peb}. */
    boolean has(String name);

    /**
     * The HTML of shortcode {@code name}; throws a {@code DatelineException} naming the template when
     * it fails.
     */
    String render(String name, Map<String, String> named, List<String> positional, String inner);

    /** A site without shortcode templates. */
    static ShortcodeTemplates none() {
        return new ShortcodeTemplates() {
            @Override
            public boolean has(String name) {
                return false;
            }

            @Override
            public String render(String name, Map<String, String> named, List<String> positional, String inner) {
                throw new IllegalStateException("no shortcode template " + name);
            }
        };
    }
}
