package org.dateline.parse;

import java.util.Objects;

/**
 * A source split at its front-matter fences.
 *
 * @param yaml the text between the fences ("" when there is none): YAML, TOML or JSON as {@code format} says
 * @param yamlFirstLine 1-based line of the file on which {@code yaml} starts
 * @param bodyOffset character offset in the file where the Markdown body starts
 * @param format how the front matter is written
 */
public record FrontMatter(String yaml, int yamlFirstLine, int bodyOffset, Format format) {

    /** The three front-matter languages Hugo reads: {@code ---} YAML, {@code +++} TOML, {@code {…}} JSON. */
    public enum Format { YAML, TOML, JSON }

    public FrontMatter {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(format, "format");
    }

    public FrontMatter(String yaml, int yamlFirstLine, int bodyOffset) {
        this(yaml, yamlFirstLine, bodyOffset, Format.YAML);
    }
}
