package org.dateline.assemble;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One file to render: the output file, the template, and the template's variables; or, for files
 * Dateline writes itself (feeds, sitemaps), the code that makes the text, run when the file is
 * rendered so that it runs on the build's worker threads too.
 *
 * @param origin what the page comes from, for messages (a source file or "home page")
 * @param context the template's variables; for a generated file, the values its text is made from
 *     (so that a build can tell it would make the same text), or none when that is not known
 * @param generated the text of a file made without a template; empty for template pages
 */
public record Route(String outputPath, String template, Map<String, Object> context, String origin,
                    Optional<Supplier<String>> generated) {
    public Route {
        Objects.requireNonNull(outputPath, "outputPath");
        Objects.requireNonNull(template, "template");
        context = Map.copyOf(context);
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(generated, "generated");
    }

    /** A page rendered from {@code template}. */
    public Route(String outputPath, String template, Map<String, Object> context, String origin) {
        this(outputPath, template, context, origin, Optional.empty());
    }

    /** A file whose text {@code text} makes, without a template. */
    public static Route generated(String outputPath, Supplier<String> text, String origin) {
        return new Route(outputPath, "", Map.of(), origin, Optional.of(text));
    }

    /** A file whose text {@code text} makes from {@code inputs} alone (and the site's configuration). */
    public static Route generated(String outputPath, Supplier<String> text, String origin, Map<String, Object> inputs) {
        return new Route(outputPath, "", inputs, origin, Optional.of(text));
    }
}
