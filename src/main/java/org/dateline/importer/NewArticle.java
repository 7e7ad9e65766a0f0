package org.dateline.importer;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * What {@code dateline new} was asked for.
 *
 * @param site the site folder
 * @param section the section's display name; "" for an article without a section
 * @param clock "now", for the article's date
 */
public record NewArticle(Path site, String title, String section, List<String> authors, List<String> tags,
                         Clock clock) {
    public NewArticle {
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(section, "section");
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        Objects.requireNonNull(clock, "clock");
    }
}
