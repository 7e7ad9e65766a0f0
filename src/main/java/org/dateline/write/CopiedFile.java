package org.dateline.write;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file copied from the site folder into the output as it is, such as a page bundle's picture.
 *
 * @param path below the output folder, with {@code /}
 * @param source where its bytes are
 * @param origin how to name it in messages, e.g. {@code content/world/harbour-vote/map.png}
 */
public record CopiedFile(String path, Path source, String origin) {
    public CopiedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
    }
}
