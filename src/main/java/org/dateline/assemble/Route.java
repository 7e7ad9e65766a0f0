package org.dateline.assemble;

import java.util.Map;
import java.util.Objects;

/**
 * One page to render: the output file, the template, and the template's variables.
 *
 * @param origin what the page comes from, for messages (a source file or "home page")
 */
public record Route(String outputPath, String template, Map<String, Object> context, String origin) {
    public Route {
        Objects.requireNonNull(outputPath, "outputPath");
        Objects.requireNonNull(template, "template");
        context = Map.copyOf(context);
        Objects.requireNonNull(origin, "origin");
    }
}
