package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OldUrlsAndShortcodesTest {

    private static final String SITE = "title: Gazette\nbase_url: https://g.example.test/\npermalink: /:section/:slug/\n";

    @TempDir
    Path tmp;

    @Test
    void anUnknownShortcodeIsAWarningShownAsCodeOnlyOnThePage() {
        Path site = TestSites.empty(tmp, SITE);
        TestSites.write(site, "content/world/a.md", "---\ntitle: A\ndate: 2024-05-01T10:00:00Z\n---\n"
                + "Intro {{< gist user 42 >}} text.\n");
        RenderedSite built = TestSites.build(site);
        Document page = built.page("world/a/index.html");
        assertEquals("{{< gist user 42 >}}", page.expectFirst(".article__body code.dateline-shortcode").text());
        assertEquals("Intro text.", page.expectFirst("meta[name=description]").attr("content"));
        assertFalse(page.expectFirst("script[type=application/ld+json]").data().contains("gist"));
        assertFalse(built.text("feed.xml").contains("gist"));
        assertFalse(built.text("feed.json").contains("gist"));
        assertEquals(List.of("warning: content/world/a.md:5:7: `{{< gist >}}` is not a shortcode Dateline knows, so it is"
                + " shown as written (hint: add templates/shortcodes/gist.peb, or remove it)"),
                built.result().warnings().stream().map(Problem::format).filter(w -> w.contains("gist")).toList());
    }

    @Test
    void anOldUrlThatAnotherPageTakesIsAnErrorNamingBoth() {
        Path site = TestSites.empty(tmp, SITE);
        TestSites.write(site, "content/world/a.md", "---\ntitle: A\ndate: 2024-05-01T10:00:00Z\n---\nA.\n");
        TestSites.write(site, "content/world/b.md", "---\ntitle: B\ndate: 2024-05-02T10:00:00Z\n"
                + "aliases: [/world/a/, /feed.xml]\n---\nB.\n");
        DatelineException e = assertThrows(DatelineException.class, () -> TestSites.build(site));
        assertEquals(List.of(
                "error: content/world/b.md:4:10: alias /feed.xml would be written to feed.xml, already taken by feed"
                        + " of / (hint: remove the alias, or move what is there)",
                "error: content/world/b.md:4:10: alias /world/a/ would be written to world/a/index.html, already"
                        + " taken by content/world/a.md (hint: remove the alias, or move what is there)"),
                e.problems().stream().map(Problem::format).toList());
    }

    @Test
    void redirectPagesLinkRelativelyWhenTheSiteDoes() {
        Path site = TestSites.empty(tmp, SITE + "relative_urls: true\n");
        TestSites.write(site, "content/world/a.md", "---\ntitle: A & B\ndate: 2024-05-01T10:00:00Z\n"
                + "redirect_from: /old/2019/a.html\n---\nA.\n");
        RenderedSite built = TestSites.build(site);
        Document redirect = built.page("old/2019/a.html");
        assertEquals("0; url=../../world/a/index.html", redirect.expectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("A & B", redirect.expectFirst("body a").text());
        assertEquals("https://g.example.test/world/a/", redirect.expectFirst("link[rel=canonical]").attr("href"));
    }
}
