package org.dateline.load;

import java.util.Objects;

/**
 * One article source: its path relative to the site root (with {@code /}) and its text, decoded
 * as UTF-8 with any byte-order mark removed.
 */
public record SourceFile(String relPath, String text) {
    public SourceFile {
        Objects.requireNonNull(relPath, "relPath");
        Objects.requireNonNull(text, "text");
    }

    /** The path below {@code content/}, e.g. {@code world/floods.md}. */
    public String contentPath() {
        return relPath.startsWith(SourceScanner.CONTENT_DIR + "/")
                ? relPath.substring(SourceScanner.CONTENT_DIR.length() + 1) : relPath;
    }

    /** The file name without its folder and extension. */
    public String baseName() {
        String name = relPath.substring(relPath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
