package org.dateline.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.assemble.Article;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.dateline.parse.ArticleMeta;

/**
 * The editorial rules of {@code dateline check}, as warnings at the front-matter line concerned:
 * a description is missing or over {@value #MAX_DESCRIPTION} characters, an article has no author or
 * no section, {@code updated} lies in the future, two articles share one headline. A headline over
 * 110 characters and a missing alt text are warnings of every build already (assemble and render).
 */
final class EditorialChecks {

    static final int MAX_DESCRIPTION = 160;

    private final Instant now;

    EditorialChecks(Instant now) {
        this.now = now;
    }

    /** {@code articles} in any order; duplicate titles are reported on every article but the oldest. */
    List<Problem> check(List<Article> articles) {
        List<Problem> problems = new ArrayList<>();
        List<Article> oldestFirst = new ArrayList<>(articles);
        oldestFirst.sort(java.util.Comparator.comparing(Article::published).thenComparing(Article::file));
        Map<String, Article> titles = new HashMap<>();
        for (Article article : oldestFirst) {
            ArticleMeta meta = article.content().meta();
            String file = article.file();
            SourcePosition title = meta.position("title", file);
            if (meta.description().isBlank()) {
                problems.add(Problem.warning(meta.position("description", file), "article has no `description`",
                        "add `description:` with one or two sentences for listings, feeds and search results"));
            } else {
                int length = meta.description().codePointCount(0, meta.description().length());
                if (length > MAX_DESCRIPTION) {
                    problems.add(Problem.warning(meta.position("description", file), "description is " + length
                            + " characters long, over " + MAX_DESCRIPTION, "shorten it: search results show about "
                            + MAX_DESCRIPTION + " characters"));
                }
            }
            if (meta.authors().isEmpty()) {
                problems.add(Problem.warning(meta.position("author", file), "article has no author",
                        "add e.g. `author: Ana Ruiz`; readers and search engines look for a byline"));
            }
            if (meta.section().isBlank()) {
                problems.add(Problem.warning(meta.position("section", file), "article has no section",
                        "add e.g. `section: World`, or move the file into a section folder such as content/world/"));
            }
            meta.updated().filter(updated -> updated.toInstant().isAfter(now)).ifPresent(updated ->
                    problems.add(Problem.warning(meta.position("updated", file), "`updated` (" + updated
                            + ") is in the future", "write the time of the last real change")));
            Object todo = meta.params().get("todo");
            if (todo != null) {
                problems.add(Problem.warning(SourcePosition.of(file), "article still has a `todo:` list: "
                        + (todo instanceof java.util.List<?> list ? String.join("; ", list.stream().map(String::valueOf)
                        .toList()) : String.valueOf(todo)), "do what it says, then remove the `todo:` line"));
            }
            Article first = titles.putIfAbsent(meta.title().strip().toLowerCase(Locale.ROOT), article);
            if (first != null) {
                problems.add(Problem.warning(title, "headline \"" + meta.title() + "\" is also the headline of "
                        + first.file(), "give each article its own headline; readers and search engines tell"
                        + " stories apart by it"));
            }
        }
        return problems;
    }
}
