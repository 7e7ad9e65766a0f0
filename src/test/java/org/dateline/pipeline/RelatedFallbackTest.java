package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** README: related stories fall back to the newest articles, so even a lone untagged article gets some. */
class RelatedFallbackTest {

    @TempDir
    Path tmp;

    @Test
    void anUntaggedArticleAloneInItsSectionIsOfferedTheNewestArticles() {
        Path site = TestSites.empty(tmp, "title: Gazette\n");
        TestSites.write(site, "content/world/old.md", "---\ntitle: Old vote\ndate: 2024-05-01T10:00:00Z\ntags: [x]\n---\nA.\n");
        TestSites.write(site, "content/world/new.md", "---\ntitle: New vote\ndate: 2024-05-03T10:00:00Z\ntags: [x]\n---\nB.\n");
        TestSites.write(site, "content/science/mid.md", "---\ntitle: Middle\ndate: 2024-05-02T10:00:00Z\ntags: [y]\n---\nC.\n");
        TestSites.write(site, "content/culture/lone.md", "---\ntitle: Lone review\ndate: 2024-05-04T10:00:00Z\n---\nD.\n");
        RenderedSite built = TestSites.build(site);
        assertEquals(List.of("New vote", "Middle", "Old vote"),
                built.page("culture/2024/05/04/lone/index.html").select(".related__list a").eachText());
        // tags first, then the section, then the newest
        assertEquals(List.of("New vote", "Lone review", "Middle"),
                built.page("world/2024/05/01/old/index.html").select(".related__list a").eachText());
    }
}
