package org.dateline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.dateline.config.Safety;
import org.dateline.diag.Problem;
import org.dateline.load.SourceFile;
import org.dateline.parse.ArticleParser;
import org.dateline.parse.DateParser;
import org.dateline.parse.FrontMatterParser;
import org.dateline.parse.MarkdownParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Raw HTML and URLs in Markdown come out safe, and every removal is a warning at its line. */
class HtmlSanitiserTest {

    private static final String FRONT = "---\ntitle: T\ndate: 2024-01-01\n---\n";
    private static final String HINT = " (hint: raw HTML is sanitised (see README); set `unsafe_html: true` in"
            + " site.yaml only if every author is trusted)";
    private static final String LINK_HINT = " (hint: links may go to http(s), mailto: and tel: addresses and to paths"
            + " on the site)";

    private final MarkdownParser markdown = new MarkdownParser();
    private final ArticleParser parser = new ArticleParser(new FrontMatterParser(new DateParser(ZoneId.of("UTC"))),
            markdown);

    private RenderedArticle render(String body, Safety safety) {
        return new MarkdownRenderer(markdown.options(), safety)
                .render(parser.parse(new SourceFile("content/a.md", FRONT + body)));
    }

    private RenderedArticle render(String body) {
        return render(body, Safety.defaults());
    }

    private static Element body(RenderedArticle article) {
        return Jsoup.parseBodyFragment(article.bodyHtml()).body();
    }

    private static List<String> warnings(RenderedArticle article) {
        return article.warnings().stream().map(Problem::summary).toList();
    }

    @Test
    void scriptsStylesAndActiveElementsGoWithTheirContent() {
        RenderedArticle article = render("Before\n\n<script>alert(1)</script>\n\n<style>p{}</style>\n\n"
                + "<object data=x>o</object> <embed src=x> <form action=x><input name=q>f</form>\n\nAfter");
        Element body = body(article);
        assertTrue(body.select("script, style, object, embed, form, input").isEmpty());
        assertFalse(body.text().contains("alert"));
        assertEquals(List.of("Before", "After"), body.select("p").eachText().stream().filter(t -> !t.isEmpty()).toList());
        assertEquals(List.of(
                "content/a.md:7:1: removed <script> element and its content" + HINT,
                "content/a.md:9:1: removed <style> element and its content" + HINT,
                "content/a.md:11:1: removed <object> element and its content" + HINT,
                "content/a.md:11:27: removed <embed> element and its content" + HINT,
                "content/a.md:11:41: removed <form> element and its content" + HINT), warnings(article));
    }

    @Test
    void eventHandlersStylesAndSvgScriptsAreRemoved() {
        RenderedArticle article = render("<img src=\"/a.png\" alt=\"a\" onerror=\"alert(1)\">\n\n"
                + "<p style=\"color:red\" onclick=\"x()\">Red</p>\n\n<svg onload=alert(1)><script>alert(2)</script></svg>");
        Element body = body(article);
        assertEquals("/a.png", body.expectFirst("img").attr("src"));
        body.select("*").forEach(e -> e.attributes().forEach(a -> {
            assertFalse(a.getKey().startsWith("on"), a.getKey());
            assertFalse(a.getKey().equals("style"));
        }));
        assertTrue(body.select("svg, script").isEmpty());
        assertEquals(List.of(
                "content/a.md:5:1: removed event handler `onerror` from <img>" + HINT,
                "content/a.md:7:1: removed `style` from <p> (hint: style the site in its stylesheet, not in articles)",
                "content/a.md:7:1: removed event handler `onclick` from <p>" + HINT,
                "content/a.md:9:1: removed <svg> element and its content" + HINT), warnings(article));
    }

    @Test
    void javascriptLinksInEveryDisguiseLoseTheirAddress() {
        RenderedArticle article = render("[a](JAVASCRIPT:alert(1)) [b](javascript&colon;alert(1))\n"
                + "[c](&#106;avascript:alert(1)) <a href=\"java&#x09;script:alert(1)\">d</a>\n"
                + "[e](vbscript:msgbox) [f](data:text/html;base64,PHNjcmlwdD4=)\n");
        Element body = body(article);
        assertEquals(List.of("a", "b", "c", "d", "e", "f"), body.select("a").eachText());
        assertTrue(body.select("a[href]").isEmpty(), body.html());
        assertEquals(List.of(
                "content/a.md:5:1: removed unsafe link \"JAVASCRIPT:alert(1)\" from <a>" + LINK_HINT,
                "content/a.md:5:26: removed unsafe link \"javascript:alert(1)\" from <a>" + LINK_HINT,
                "content/a.md:6:1: removed unsafe link \"javascript:alert(1)\" from <a>" + LINK_HINT,
                "content/a.md:6:31: removed unsafe link \"java script:alert(1)\" from <a>" + LINK_HINT,
                "content/a.md:7:1: removed unsafe link \"vbscript:msgbox\" from <a>" + LINK_HINT,
                "content/a.md:7:22: removed unsafe link \"data:text/html;base64,PHNjcmlwdD4=\" from <a>" + LINK_HINT),
                warnings(article));
    }

    @Test
    void dataImagesAreKeptOnlyInImages() {
        RenderedArticle article = render("![ok](data:image/png;base64,AAAA) ![bad](data:text/html;base64,AAAA)");
        Element body = body(article);
        assertEquals(List.of("data:image/png;base64,AAAA"), body.select("img").eachAttr("src"));
        assertEquals(List.of("content/a.md:5:35: removed image with unsafe source \"data:text/html;base64,AAAA\""
                + " (hint: use an http(s) address, a path on the site or a data:image/ address)"), warnings(article));
    }

    @Test
    void aSrcsetIsKeptWhenEveryCandidateIsASafeAddress() {
        RenderedArticle article = render("<img src=\"/images/a.jpg\" alt=\"Quay\" sizes=\"50vw\""
                + " srcset=\"/images/a-480w.jpg 480w, https://cdn.example.test/a.jpg 960w,data:image/png;base64,AA 2x\">");
        Element image = body(article).expectFirst("img");
        assertEquals("/images/a-480w.jpg 480w, https://cdn.example.test/a.jpg 960w,data:image/png;base64,AA 2x",
                image.attr("srcset"));
        assertEquals("50vw", image.attr("sizes"));
        assertEquals(List.of(), warnings(article));
    }

    @Test
    void aSrcsetWithOneUnsafeCandidateGoesWithAWarning() {
        RenderedArticle article = render("<img src=\"/images/a.jpg\" alt=\"Quay\""
                + " srcset=\"/images/a-480w.jpg 480w, javascript:alert(1) 960w\">\n\n"
                + "<img src=\"/images/b.jpg\" alt=\"Rail\" srcset=\"/images/b.jpg onerror=x\">");
        Element body = body(article);
        assertEquals(List.of(), body.select("img").eachAttr("srcset"));
        assertEquals(List.of("/images/a.jpg", "/images/b.jpg"), body.select("img").eachAttr("src"));
        assertEquals(List.of("content/a.md:5:1: removed `srcset` from <img>: unsafe source \"javascript:alert(1)\""
                + " (hint: every `srcset` candidate must be an http(s) address, a path on the site or a data:image/ address)",
                "content/a.md:7:1: removed `srcset` from <img>: unsafe source \"/images/b.jpg onerror=x\""
                + " (hint: every `srcset` candidate must be an http(s) address, a path on the site or a data:image/ address)"),
                warnings(article));
    }

    @Test
    void relativeLinksImagesFragmentsAndMailSurvive() {
        RenderedArticle article = render("[a](other/page/) [b](../up.html) [c](#notes) [d](mailto:desk@example.test)"
                + " [e](tel:+441234) [f](https://example.test/x?y=1)\n\n![pic](images/x.jpg \"Caption\")\n");
        Element body = body(article);
        assertEquals(List.of("other/page/", "../up.html", "#notes", "mailto:desk@example.test", "tel:+441234",
                "https://example.test/x?y=1"), body.select("a").eachAttr("href"));
        assertEquals("images/x.jpg", body.expectFirst("figure img").attr("src"));
        assertEquals("Caption", body.expectFirst("figcaption").text());
        assertEquals("noopener", body.expectFirst("a[href^=https]").attr("rel"));
        assertEquals(List.of(), warnings(article));
    }

    @Test
    void footnotesTablesHeadingsAndNewsElementsAreKeptWhole() {
        RenderedArticle article = render("## Heading\n\nText[^1] <abbr title=\"World Health Organization\">WHO</abbr>"
                + " H<sub>2</sub>O x<sup>2</sup>\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n"
                + "<details><summary>More</summary>Hidden</details>\n\n> Quote <cite>Source</cite>\n\n[^1]: Note.\n");
        Element body = body(article);
        assertEquals("heading", body.expectFirst("h2").id());
        assertEquals("#fn-1", body.expectFirst("sup a.footnote-ref").attr("href"));
        assertEquals("fn-1", body.expectFirst(".footnotes li").id());
        assertEquals(List.of("align-left", "align-right"), body.select("th").eachAttr("class"));
        assertEquals(List.of(), body.select("[align]").eachAttr("align"));
        assertEquals("World Health Organization", body.expectFirst("abbr").attr("title"));
        assertEquals(1, body.select("details > summary").size());
        assertEquals(1, body.select("blockquote cite").size());
        assertEquals(List.of(), warnings(article));
    }

    @Test
    void iframesFromListedHostsAreSandboxedAndOthersVanish() {
        RenderedArticle article = render("<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" width=\"560\""
                + " frameborder=\"0\" allow=\"autoplay; camera; encrypted-media\" allowfullscreen>fallback</iframe>\n\n"
                + "<iframe src=\"https://evil.test/x\"></iframe>\n\n<iframe src=\"http://player.vimeo.com/1\"></iframe>\n");
        Element body = body(article);
        Element iframe = body.expectFirst("iframe");
        assertEquals(1, body.select("iframe").size());
        assertEquals("allow-scripts allow-same-origin allow-presentation allow-popups", iframe.attr("sandbox"));
        assertEquals("strict-origin-when-cross-origin", iframe.attr("referrerpolicy"));
        assertEquals("lazy", iframe.attr("loading"));
        assertEquals("autoplay; encrypted-media", iframe.attr("allow"));
        assertFalse(iframe.hasAttr("frameborder"));
        assertEquals("", iframe.html());
        String hint = " (hint: add the host to `embeds:` in site.yaml if you trust it)";
        assertEquals(List.of("content/a.md:7:1: removed <iframe> from \"https://evil.test/x\": its host is not listed in"
                + " `embeds`" + hint, "content/a.md:9:1: removed <iframe> from \"http://player.vimeo.com/1\": its host"
                + " is not listed in `embeds`" + hint), warnings(article));
        assertEquals(List.of("content/a.md:5:1: removed <iframe> without an https address" + hint),
                warnings(render("<iframe srcdoc=\"<script>x</script>\"></iframe>")));
    }

    @Test
    void embedsFromSiteYamlReplaceTheDefaults() {
        Safety safety = new Safety(false, List.of("video.example.test"), Safety.DEFAULT_MAX_FILE_BYTES,
                Duration.ofSeconds(5));
        Element body = body(render("<iframe src=\"https://video.example.test/v/1\"></iframe>\n\n"
                + "<iframe src=\"https://www.youtube-nocookie.com/embed/abc\"></iframe>", safety));
        assertEquals(List.of("https://video.example.test/v/1"), body.select("iframe").eachAttr("src"));
    }

    @Test
    void commentsAreRemovedSoNewsroomNotesStayPrivate() {
        RenderedArticle article = render("Text <!-- check with legal -->\n\n<!--\nSOURCE: the minister's aide\n-->\n");
        assertFalse(article.bodyHtml().contains("legal"));
        assertFalse(article.bodyHtml().contains("aide"));
        assertFalse(article.bodyHtml().contains("<!--"));
        String hint = " (hint: comments are published in the page source; keep notes for colleagues out of the article)";
        assertEquals(List.of("content/a.md:5:6: removed an HTML comment" + hint,
                "content/a.md:7:1: removed an HTML comment" + hint), warnings(article));
    }

    @Test
    void unknownTagsGoButKeepTheirText() {
        RenderedArticle article = render("<center><font color=red>Red</font> news</center>");
        assertEquals("Red news", body(article).text());
        assertTrue(body(article).select("center, font").isEmpty());
        assertEquals(List.of("content/a.md:5:1: removed <center> tag (its text is kept)" + HINT,
                "content/a.md:5:9: removed <font> tag (its text is kept)" + HINT), warnings(article));
    }

    @Test
    void linesInsideQuotedRawHtmlAreTheFilesLines() {
        RenderedArticle article = render("Intro\n\n> <div>\n> <p>ok</p>\n>   <img src=\"/x.png\" alt=\"x\" onerror=\"a()\">\n> </div>\n");
        assertEquals(List.of("content/a.md:9:5: removed event handler `onerror` from <img>" + HINT), warnings(article));
    }

    @Test
    void noSourceMarkerIsEverPublished() {
        RenderedArticle article = render("<span>a</span> [b](/b) ![c](/c.png) <!-- d -->\n\n<div>e</div>\n");
        assertFalse(article.bodyHtml().contains("dateline-at"), article.bodyHtml());
    }

    @Test
    void unsafeHtmlPublishesRawHtmlAsWritten() {
        Safety trusted = new Safety(true, Safety.DEFAULT_EMBEDS, Safety.DEFAULT_MAX_FILE_BYTES, Duration.ofSeconds(5));
        RenderedArticle article = render("<script>track()</script>\n\n<p style=\"color:red\">Red</p> <!-- kept -->\n",
                trusted);
        assertTrue(article.bodyHtml().contains("<script>track()</script>"));
        assertTrue(article.bodyHtml().contains("style=\"color:red\""));
        assertFalse(article.bodyHtml().contains("dateline-at"));
        assertEquals(List.of(), warnings(article));
    }

    /** Classic XSS vectors: whatever comes out must be inert. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<IMG SRC=\"javascript:alert('XSS');\">", "<IMG SRC=JaVaScRiPt:alert('XSS')>", "<IMG SRC=`javascript:alert(1)`>",
        "<a href=\"&#14;  javascript:alert(1)\">x</a>", "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
        "<BODY ONLOAD=alert('XSS')>", "<svg/onload=alert(1)>", "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<iframe src=\"javascript:alert(1)\"></iframe>", "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert(1)\">", "<base href=\"javascript:alert(1)//\">",
        "<div style=\"background:url(javascript:alert(1))\">x</div>", "<img src=x:alert(1) onerror=eval(src)>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>", "<a href=\"\\x01javascript:alert(1)\">x</a>",
        "<details open ontoggle=alert(1)>", "<video><source onerror=\"alert(1)\"></video>",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>", "<!--><script>alert(1)</script>-->",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<form><button formaction=javascript:alert(1)>x</button></form>", "<a href=\"vbscript:msgbox(1)\">x</a>",
        "[x](javascript:alert`1`)", "[x](<javascript:alert(1)>)", "<javascript:alert(1)>", "[x]: javascript:alert(1)\n\n[x]"})
    void xssVectorsComeOutInert(String vector) {
        Element body = body(render("Intro\n\n" + vector + "\n"));
        NodeTraversor.traverse((node, depth) -> assertFalse(node instanceof Comment, vector), body);
        assertTrue(body.select("script, style, svg, math, iframe, object, embed, form, base, meta").isEmpty(), vector);
        for (Element element : body.select("*")) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey();
                String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on") || key.equals("style") || key.equals("srcdoc"), vector + " " + key);
                assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:")
                        || value.startsWith("data:text"), vector + " " + key + "=" + value);
            }
        }
    }
}
