package org.dateline.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.config.SiteConfig;
import org.dateline.diag.Problems;
import org.dateline.parse.ArticleMeta;
import org.dateline.render.RenderedArticle;
import org.junit.jupiter.api.Test;

class GroupIndexTest {

    private static RenderedArticle article(String file, String published, String section, List<String> authors,
                                           List<String> tags) {
        ArticleMeta meta = new ArticleMeta("Title", OffsetDateTime.parse(published), Optional.empty(), authors, "", "",
                section, tags, file.replaceAll("\\W", ""), false, Optional.empty(), "", List.of(), List.of(), Map.of(),
                Map.of());
        return new RenderedArticle(file, meta, "<p>Body.</p>", "Body.", List.of(), 1, List.of());
    }

    @Test
    void namesFollowTheNewestSpellingOfEachGroup() {
        Problems problems = new Problems();
        Site site = new SiteAssembler(SiteConfig.defaults().withBaseUrl("https://news.example.test/")).assemble(List.of(
                article("content/a.md", "2024-05-02T10:00Z", "World", List.of("Selin Atay"), List.of("Harbour")),
                article("content/b.md", "2024-05-01T10:00Z", "world", List.of("selin atay"), List.of("harbour", "Ports"))),
                problems);
        GroupIndex index = new GroupIndex(site);
        Article older = site.articles().get(1);

        assertEquals("World", index.sectionName(older));
        assertEquals(List.of(new GroupIndex.Name("Selin Atay", "selin-atay")), index.authors(older));
        assertEquals(List.of(new GroupIndex.Name("Harbour", "harbour"), new GroupIndex.Name("Ports", "ports")),
                index.tags(older));
        assertEquals(Optional.of("/tags/ports/"), index.tag("ports").map(Group::path));
        assertEquals(Optional.empty(), index.author("nobody"));
    }

    @Test
    void anArticleWithoutASectionHasNoSectionName() {
        Site site = new SiteAssembler(SiteConfig.defaults()).assemble(
                List.of(article("content/a.md", "2024-05-02T10:00Z", "", List.of(), List.of())), new Problems());
        assertEquals("", new GroupIndex(site).sectionName(site.articles().get(0)));
    }
}
