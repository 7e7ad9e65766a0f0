package org.dateline.load;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file beside a page bundle's {@code index.md} (a picture, a PDF), copied next to the article's
 * page so that relative links in the article resolve.
 *
 * @param article the bundle article's {@code relPath}, e.g. {@code content/world/harbour-vote/index.md}
 * @param name the file's path inside the bundle folder, with {@code /}, e.g. {@code images/map.png}
 * @param file where it is on disk
 */
public record BundleFile(String article, String name, Path file) {
    public BundleFile {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
    }
}
