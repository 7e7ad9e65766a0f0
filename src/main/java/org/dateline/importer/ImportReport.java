package org.dateline.importer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dateline.diag.Problem;

/**
 * What an import did (or, with {@code --dry-run}, would do).
 *
 * @param written site-relative paths of the new articles and pages, in input order
 * @param pages how many of them are standalone pages
 * @param skipped reason → how many items were skipped for it
 * @param ignored kind (attachments, menu items) → how many were ignored
 * @param problems warnings about single items, and errors about unreadable inputs
 */
public record ImportReport(List<String> written, int pages, Map<String, Integer> skipped, Map<String, Integer> ignored,
                           List<Problem> problems) {
    public ImportReport {
        written = List.copyOf(written);
        skipped = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(skipped));
        ignored = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(ignored));
        problems = List.copyOf(problems);
        Objects.requireNonNull(problems, "problems");
    }
}
