package org.dateline.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds of a few pages (path → text) into {@code out} through {@link Staging}, for the write package's
 * tests: each page keyed by its text, so a page whose text the previous build wrote is taken over
 * from the live output, as an engine's unchanged page is.
 */
final class StagedPages {

    private final Path out;
    private final Path site;

    StagedPages(Path out, Path site) {
        this.out = out;
        this.site = site;
    }

    /** A staging folder for {@code pages} after the build that wrote {@code previous}; the caller commits it. */
    Staging staging(Map<String, String> pages, OutputManifest previous) {
        Map<String, String> origins = new LinkedHashMap<>();
        pages.keySet().forEach(path -> origins.put(path, "test"));
        return new Staging(out, site, site.resolve("static"), List.of(), origins, previous, true);
    }

    /** Writes {@code pages} as one build after the one that wrote {@code previous}, and returns the manifest. */
    OutputManifest build(Map<String, String> pages, OutputManifest previous) {
        return build(pages, previous, java.util.Optional.empty());
    }

    /** As above, told that the kept output holds {@code keptHolds} ({@link Staging#keptHolds}), when given. */
    OutputManifest build(Map<String, String> pages, OutputManifest previous, java.util.Optional<java.util.Set<String>> keptHolds) {
        try (Staging staging = staging(pages, previous)) {
            keptHolds.ifPresent(staging::keptHolds);
            pages.forEach((path, text) -> {
                if (!staging.reuse(path, text)) {
                    staging.write(path, text, text.getBytes(StandardCharsets.UTF_8));
                }
            });
            staging.commit();
            return staging.manifest();
        }
    }
}
