package org.dateline.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The text of a generated file a fresh start does not make ({@link FreshStart}'s stand-in): never
 * rendered, as the stand-in's page is not; but readable from the live output, which the fresh start
 * checked to be the last build's, for a quick rebuild that makes the new text from the last one (the
 * sitemap, {@link FacetEdits}).
 *
 * @param path the file's output path
 * @param file the file in the live output
 */
record LiveText(String path, Path file) implements Supplier<String> {

    @Override
    public String get() {
        throw new IllegalStateException("the stand-in for " + path + " was rendered");
    }

    /** The live file's text, or empty when it cannot be read. */
    Optional<String> read() {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // then the text is made from every page, as without it
        }
    }
}
