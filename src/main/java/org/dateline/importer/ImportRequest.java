package org.dateline.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@code dateline import} was asked for.
 *
 * @param inputs saved {@code .html} pages, folders of them, and WordPress export ({@code .xml}) files
 * @param section a section for every imported article; "" to take it from the source
 * @param dryRun report what would be written, write nothing
 */
public record ImportRequest(Path site, List<Path> inputs, String section, boolean dryRun) {
    public ImportRequest {
        Objects.requireNonNull(site, "site");
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(section, "section");
    }
}
