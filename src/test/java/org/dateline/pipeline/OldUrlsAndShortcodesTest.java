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

    @Test
    void theSitesOwnRedirectsComeFirstAndAGeneratedRuleForTheSamePathIsLeftOutWithAWarning() {
        Path site = TestSites.empty(tmp, SITE);
        TestSites.write(site, "static/_redirects", "# moved by hand\n/shop https://shop.example.test/ 302\n"
                + "/old/a/ /elsewhere/ 301");
        TestSites.write(site, "content/world/a.md", "---\ntitle: A\ndate: 2024-05-01T10:00:00Z\n"
                + "aliases: [/old/a/, /old/b/]\n---\nA.\n");
        TestSites.write(site, "content/world/c.md", "---\ntitle: C\ndate: 2024-05-01T11:00:00Z\n"
                + "aliases: [/shop/]\n---\nC.\n");
        RenderedSite built = TestSites.build(site);
        assertEquals("# moved by hand\n/shop https://shop.example.test/ 302\n/old/a/ /elsewhere/ 301\n"
                + "/old/b/ /world/a/ 301\n", built.text("_redirects"));
        assertEquals(List.of(
                "warning: content/world/a.md:4:10: old URL /old/a/ is also redirected by static/_redirects line 3"
                        + " (to /elsewhere/); hosts apply that rule, so this article's is left out of _redirects"
                        + " (hint: remove one of the two, or point them at the same page)",
                "warning: content/world/c.md:4:10: old URL /shop/ is also redirected by static/_redirects line 2"
                        + " (to https://shop.example.test/); hosts apply that rule, so this article's is left out of"
                        + " _redirects (hint: remove one of the two, or point them at the same page)"),
                built.result().warnings().stream().map(Problem::format).filter(w -> w.contains("_redirects")).toList());
        // the old URL's own page is still written, for hosts that do not read _redirects
        assertEquals("/world/a/", built.page("old/a/index.html").expectFirst("body a").attr("href"));
    }

    @Test
    void aSiteWithItsOwnRedirectsAndNoOldUrlsKeepsItsFileAsWritten() {
        Path site = TestSites.empty(tmp, SITE);
        TestSites.write(site, "static/_redirects", "/shop https://shop.example.test/ 302\n");
        TestSites.write(site, "content/world/a.md", "---\ntitle: A\ndate: 2024-05-01T10:00:00Z\n---\nA.\n");
        assertEquals("/shop https://shop.example.test/ 302\n", TestSites.build(site).text("_redirects"));
    }

    @Test
    void redirectPagesComeFromTheSitesRedirectTemplateAutoescaped() {
        Path site = TestSites.empty(tmp, SITE);
        TestSites.write(site, "templates/redirect.peb", "<!DOCTYPE html><html lang=\"{{ site.language }}\"><head>"
                + "<title>{{ redirect.title }}</title><link rel=\"canonical\" href=\"{{ redirect.canonical }}\"></head>"
                + "<body><p class=\"moved\">{{ redirect.from }} is now <a href=\"{{ redirect.to }}\">{{ redirect.title }}"
                + "</a> at {{ site.title }}</p></body></html>");
        TestSites.write(site, "content/world/a.md", "---\ntitle: \"<script>alert(1)</script> A\"\n"
                + "date: 2024-05-01T10:00:00Z\nredirect_from: /old/a/\n---\nA.\n");
        Document redirect = TestSites.build(site).page("old/a/index.html");
        assertEquals("/old/a/ is now <script>alert(1)</script> A at Gazette", redirect.expectFirst("p.moved").text());
        assertEquals("/world/a/", redirect.expectFirst("p.moved a").attr("href"));
        assertEquals("https://g.example.test/world/a/", redirect.expectFirst("link[rel=canonical]").attr("href"));
        assertEquals(0, redirect.select("script").size());
    }

    @Test
    void theBundledRedirectTemplateSendsReadersOn() {
        Path site = TestSites.empty(tmp, SITE);
        TestSites.write(site, "content/world/a.md", "---\ntitle: A\ndate: 2024-05-01T10:00:00Z\n"
                + "redirect_from: /old/a/\n---\nA.\n");
        Document redirect = TestSites.build(site).page("old/a/index.html");
        assertEquals("0; url=/world/a/", redirect.expectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("noindex", redirect.expectFirst("meta[name=robots]").attr("content"));
        assertEquals("A", redirect.expectFirst("title").text());
        assertEquals("en", redirect.expectFirst("html").attr("lang"));
    }

    @Test
    void aWarningAfterAShortcodeOnItsLineGivesTheColumnInTheFileAsWritten() {
        Path site = TestSites.empty(tmp, SITE);
        // the youtube embed is far longer than the tag, the raw block far shorter
        TestSites.write(site, "content/world/a.md", "---\ntitle: A\ndate: 2024-05-01T10:00:00Z\n---\n"
                + "Watch {{< youtube dQw4w9WgXcQ >}} then ![](/m.png) and {{< gist u 1 >}}.\n\n"
                + "Say {% raw %}{{ x }}{% endraw %} ![](/n.png)\n");
        List<String> warnings = TestSites.build(site).result().warnings().stream().map(Problem::format).toList();
        assertEquals(List.of(
                "warning: content/world/a.md:5:40: image \"/m.png\" has no alt text (hint: write"
                        + " ![what the picture shows](/m.png))",
                "warning: content/world/a.md:5:56: `{{< gist >}}` is not a shortcode Dateline knows, so it is shown as"
                        + " written (hint: add templates/shortcodes/gist.peb, or remove it)",
                "warning: content/world/a.md:7:34: image \"/n.png\" has no alt text (hint: write"
                        + " ![what the picture shows](/n.png))"),
                warnings.stream().filter(w -> w.contains("alt text") || w.contains("gist")).sorted().toList());
    }

    @Test
    void aShortcodeTemplateThatPebbleCannotEvaluateIsAWarningNotACrash() {
        Path site = TestSites.empty(tmp, SITE);
        TestSites.write(site, "templates/shortcodes/legacy-img.peb", "<img src=\"{{ args[0] }}\">");
        TestSites.write(site, "content/world/a.md", "---\ntitle: A\ndate: 2024-05-01T10:00:00Z\n---\n"
                + "Old {{< legacy-img \"x.png\" >}}\n");
        RenderedSite built = TestSites.build(site);
        assertEquals(List.of("warning: content/world/a.md:5:5: shortcode `legacy-img` failed:"
                        + " templates/shortcodes/legacy-img.peb: template error: an expression cannot be evaluated (hint:"
                        + " check the template's subscripts: a map is read by key (`args.src`), a list by number"
                        + " (`positional[0]`))"),
                built.result().warnings().stream().map(Problem::format).toList());
        assertEquals("{{< legacy-img \"x.png\" >}}",
                built.page("world/a/index.html").expectFirst("code.dateline-shortcode").text());
    }

    @Test
    void aWarningAfterAHighlightBlockKeepsItsLineAlthoughTheBlockTookOneMore() {
        Path site = TestSites.empty(tmp, SITE);
        TestSites.write(site, "content/world/a.md", "---\ntitle: A\ndate: 2024-05-01T10:00:00Z\n---\n"
                + "{{< highlight go >}}\nx := 1{{< /highlight >}}\n\nSee ![](/p.png)\n");
        assertEquals(List.of("warning: content/world/a.md:8:5: image \"/p.png\" has no alt text (hint: write"
                        + " ![what the picture shows](/p.png))"),
                TestSites.build(site).result().warnings().stream().map(Problem::format).toList());
    }
}
