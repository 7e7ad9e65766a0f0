package org.dateline.importer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dateline.diag.SourcePosition;

/**
 * One article or standalone page read from an import source, ready to be written as Markdown.
 *
 * @param page a standalone page (a WordPress page), written under {@code content/pages/}
 * @param section display name; "" for none
 * @param aliases old site paths of the item, e.g. {@code /2024/05/01/hello-world/}, for redirects
 * @param todos what could not be found, written as {@code todo:} so an editor sees it
 * @param body Markdown
 * @param origin where the item was read, for messages
 */
record ImportedArticle(boolean page, String title, Optional<OffsetDateTime> date, Optional<OffsetDateTime> updated,
                       List<String> authors, String section, List<String> tags, String description, String source,
                       String slug, boolean draft, List<String> aliases, List<String> todos, String body,
                       SourcePosition origin) {
    ImportedArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(updated, "updated");
        authors = List.copyOf(authors);
        Objects.requireNonNull(section, "section");
        tags = List.copyOf(tags);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(slug, "slug");
        aliases = List.copyOf(aliases);
        todos = List.copyOf(todos);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(origin, "origin");
    }

    /** The Markdown file: front matter the parse stage reads back exactly, then the body. */
    String text() {
        FrontMatterWriter front = new FrontMatterWriter().text("title", title);
        date.ifPresent(value -> front.date("date", value));
        updated.ifPresent(value -> front.date("updated", value));
        if (!authors.isEmpty()) {
            front.list("authors", authors);
        }
        if (!section.isEmpty()) {
            front.text("section", section);
        }
        if (!tags.isEmpty()) {
            front.list("tags", tags);
        }
        if (!description.isEmpty()) {
            front.text("description", description);
        }
        if (!source.isEmpty()) {
            front.text("source", source);
        }
        front.text("slug", slug);
        if (draft) {
            front.raw("draft", "true");
        }
        if (!aliases.isEmpty()) {
            front.list("aliases", aliases);
        }
        if (!todos.isEmpty()) {
            front.list("todo", todos);
        }
        return front.finish(body.endsWith("\n") ? body : body + "\n");
    }
}
