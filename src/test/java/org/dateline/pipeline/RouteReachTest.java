package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dateline.assemble.Route;
import org.dateline.parse.ArticleMeta;
import org.dateline.render.ArticleBody;
import org.dateline.render.RenderedArticle;
import org.junit.jupiter.api.Test;

/**
 * {@link RouteReach} finds the articles a page's context holds by the identity of their records and
 * bodies; articles sharing one body object cannot be told apart and are untracked (a page showing one
 * reaches every article), the others are not.
 */
class RouteReachTest {

    private static RenderedArticle article(String file, ArticleBody body) {
        ArticleMeta meta = new ArticleMeta("Title", OffsetDateTime.parse("2024-05-31T09:00:00Z"), Optional.empty(),
                Optional.empty(), List.of(), "", "", "", List.of(), "slug", false, Optional.empty(), "", List.of(),
                List.of(), Map.of(), Map.of());
        return new RenderedArticle(file, meta, body, "", List.of(), 1, List.of());
    }

    @Test
    void articlesSharingABodyAreUntrackedAndTheOthersAreFoundByTheirObjects() {
        ArticleBody shared = ArticleBody.of("");
        RenderedArticle a = article("content/a.md", shared);
        RenderedArticle b = article("content/b.md", shared);
        RenderedArticle c = article("content/c.md", ArticleBody.of("<p>C</p>"));
        RenderedArticle d = article("content/d.md", ArticleBody.of("<p>D</p>"));
        RouteReach reach = new RouteReach(List.of(a, b, c, d));

        assertEquals(Set.of("content/a.md", "content/b.md"), reach.untracked());
        assertEquals(List.of(false, false, true, true), List.of(reach.tracks("content/a.md"),
                reach.tracks("content/b.md"), reach.tracks("content/c.md"), reach.tracks("content/d.md")));
        Route page = new Route("index.html", "list.peb", Map.of("items", List.of(c), "body", d.body(),
                "text", "plain"), "(front page)");
        assertEquals(new TreeSet<>(Set.of("content/c.md", "content/d.md")), new TreeSet<>(reach.of(page)));
        // an untracked article's record is no one's: its body is a value whose content cannot be seen
        Route other = new Route("a/index.html", "article.peb", Map.of("article", a), "content/a.md");
        assertEquals(Set.of(RouteReach.ALL), reach.of(other));
    }
}
