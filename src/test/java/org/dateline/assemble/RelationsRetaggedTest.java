package org.dateline.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.diag.Problems;
import org.dateline.diag.SourcePosition;
import org.dateline.parse.ArticleMeta;
import org.dateline.render.RenderedArticle;
import org.junit.jupiter.api.Test;

/**
 * The relations of a site after a tag edit, made from the last site's ({@link Relations#retagged}) with
 * only the changed tags ranked again, relate every article as relations made from scratch do.
 */
class RelationsRetaggedTest {

    @Test
    void aTagEditRelatesAsRelationsMadeAgain() {
        SiteAssembler assembler = new SiteAssembler(org.dateline.config.SiteConfig.defaults());
        List<RenderedArticle> articles = List.of(
                article("a1", "2024-06-05T10:00:00Z", "World", List.of("harbour", "ferry")),
                article("a2", "2024-06-04T10:00:00Z", "World", List.of("harbour")),
                article("a3", "2024-06-03T10:00:00Z", "Business", List.of("ferry")),
                article("a4", "2024-06-02T10:00:00Z", "World", List.of()),
                article("a5", "2024-06-01T10:00:00Z", "World", List.of("ferry")));
        Site before = assembler.assemble(articles, new Problems());
        Relations was = new Relations(before);
        assertEquals(List.of("a2", "a5", "a3", "a4"), names(was.related(find(before, "a1"))));

        // a4 joins both tags: a1 now shares two tags with it
        RenderedArticle edited = article("a4", "2024-06-02T10:00:00Z", "World", List.of("harbour", "ferry"));
        Site after = assembler.replace(before, List.of(edited), List.of(), new Problems()).orElseThrow();
        Relations retagged = was.retagged(after, Set.of("harbour", "ferry"));
        Relations made = new Relations(after);
        assertEquals(List.of("a4", "a2", "a5", "a3"), names(retagged.related(find(after, "a1"))));
        assertEquals(List.of("a1", "a2", "a5", "a3"), names(retagged.related(find(after, "a4"))));
        for (Article article : after.articles()) {
            assertEquals(names(made.related(article)), names(retagged.related(article)), article.file());
            assertEquals(made.previous(article), retagged.previous(article), article.file());
            assertEquals(made.next(article), retagged.next(article), article.file());
        }
    }

    private static RenderedArticle article(String name, String published, String section, List<String> tags) {
        String file = "content/" + name + ".md";
        ArticleMeta meta = new ArticleMeta(name, OffsetDateTime.parse(published), Optional.empty(), List.of("Selin Atay"),
                "", "", section, tags, name, false, Optional.empty(), "", List.of(), List.of(), Map.of(),
                Map.of("slug", new SourcePosition(file, TestArticles.SLUG_LINE, 7)));
        return new RenderedArticle(file, meta, "<p>Body.</p>", "Body.", List.of(), 1, List.of());
    }

    private static Article find(Site site, String name) {
        return site.articles().stream().filter(article -> article.file().equals("content/" + name + ".md")).findFirst()
                .orElseThrow();
    }

    private static List<String> names(List<Article> articles) {
        return articles.stream().map(article -> article.file().replace("content/", "").replace(".md", "")).toList();
    }
}
