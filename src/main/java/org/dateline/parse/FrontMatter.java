package org.dateline.parse;

import java.util.Objects;

/**
 * A source split at its front-matter fences.
 *
 * @param yaml the text between the fences ("" when there is none)
 * @param yamlFirstLine 1-based line of the file on which {@code yaml} starts
 * @param bodyOffset character offset in the file where the Markdown body starts
 */
public record FrontMatter(String yaml, int yamlFirstLine, int bodyOffset) {
    public FrontMatter {
        Objects.requireNonNull(yaml, "yaml");
    }
}
