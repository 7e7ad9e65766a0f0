package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.assemble.Article;
import org.dateline.assemble.Site;
import org.dateline.assemble.Urls;
import org.dateline.config.SiteConfig;
import org.dateline.parse.ArticleMeta;
import org.dateline.render.RenderedArticle;
import org.junit.jupiter.api.Test;

class ScheduledTest {

    private static final OffsetDateTime JUNE = OffsetDateTime.of(2024, 6, 1, 9, 0, 0, 0, ZoneOffset.ofHours(3));

    private static Article article(String slug, Optional<OffsetDateTime> expires) {
        ArticleMeta meta = new ArticleMeta(slug, JUNE, Optional.empty(), expires, List.of(), "", "", "", List.of(), slug,
                false, Optional.empty(), "", List.of(), List.of(), Map.of(), Map.of());
        RenderedArticle content = new RenderedArticle("content/" + slug + ".md", meta, "<p>Text.</p>", "Text.",
                List.of(), 1, List.of());
        return new Article(content, "", "/" + slug + "/", slug + "/index.html", JUNE, Optional.empty());
    }

    private static Site site(Article... articles) {
        SiteConfig config = SiteConfig.defaults();
        return new Site(config, new Urls(config), List.of(articles), List.of(), List.of(), List.of());
    }

    @Test
    void theNextExpiryIsTheEarliestOfTheListedArticlesTiesByFile() {
        Site site = site(article("a", Optional.of(JUNE.plusDays(9))), article("b", Optional.empty()),
                article("c", Optional.of(JUNE.plusDays(3))), article("d", Optional.of(JUNE.plusDays(3))),
                article("e", Optional.of(JUNE.plusDays(5))));
        assertEquals(Optional.of(new Scheduled(Instant.parse("2024-06-04T06:00:00Z"), "content/c.md")),
                Scheduled.nextExpiry(site));
        assertEquals(Optional.empty(), Scheduled.nextExpiry(site(article("b", Optional.empty()))));
    }
}
