package org.dateline.syndicate;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One article as every feed format shows it, made once per build however many feeds hold it.
 *
 * @param url the article's URL (absolute with a base URL, else root-relative); also its id
 * @param summary the standfirst (or first paragraph) as plain text
 * @param contentHtml the whole body with absolute links, or "" with {@code feed_content: summary}
 * @param image the lead image's URL, or ""
 * @param categories the section's name first, then the tags' names
 */
record FeedEntry(String url, String title, String summary, String contentHtml, String image,
                 OffsetDateTime published, OffsetDateTime modified, List<Person> authors,
                 List<Category> categories) {

    FeedEntry {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(contentHtml, "contentHtml");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(modified, "modified");
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
    }

    /** An author: the name, and the URL of the author's page. */
    record Person(String name, String url) {
    }

    /** A section or tag: the name, and the URL of its page. */
    record Category(String name, String url) {
    }
}
