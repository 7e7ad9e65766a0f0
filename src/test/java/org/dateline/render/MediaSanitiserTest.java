package org.dateline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.List;
import org.dateline.config.Safety;
import org.dateline.diag.Problem;
import org.dateline.load.SourceFile;
import org.dateline.parse.ArticleParser;
import org.dateline.parse.DateParser;
import org.dateline.parse.FrontMatterParser;
import org.dateline.parse.MarkdownParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The sanitiser's defaults for real news copy: YouTube embeds, video and audio, old in-page anchors. */
class MediaSanitiserTest {

    private static final String FRONT = "---\ntitle: T\ndate: 2024-01-01\n---\n";

    private final MarkdownParser markdown = new MarkdownParser();
    private final ArticleParser parser = new ArticleParser(new FrontMatterParser(new DateParser(ZoneId.of("UTC"))),
            markdown);

    private RenderedArticle render(String body, Safety safety) {
        return new MarkdownRenderer(markdown.options(), safety).render(parser.parse(new SourceFile("content/a.md",
                FRONT + body)));
    }

    private static Element body(RenderedArticle article) {
        return Jsoup.parseBodyFragment(article.bodyHtml()).body();
    }

    private static List<String> warnings(RenderedArticle article) {
        return article.warnings().stream().map(Problem::format).toList();
    }

    @Test
    void youtubeEmbedsPlayFromTheNoCookieHost() {
        RenderedArticle article = render("<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ?start=30\""
                + " width=\"560\" height=\"315\" allowfullscreen></iframe>\n", Safety.defaults());
        Element iframe = body(article).expectFirst("iframe");
        assertEquals("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=30", iframe.attr("src"));
        assertEquals(HtmlSanitiser.SANDBOX, iframe.attr("sandbox"));
        assertEquals(List.of(), warnings(article));
    }

    @Test
    void hostileYoutubeLookalikesAreStillRemoved() {
        for (String src : List.of("https://www.youtube.com.evil.test/embed/x", "http://www.youtube.com/embed/x",
                "https://user@www.youtube.com/embed/x", "https://www.youtube.com/watch?v=x",
                "https://www.youtube.com:8443/embed/x", "javascript:alert(1)//www.youtube.com/embed/x")) {
            RenderedArticle article = render("<iframe src=\"" + src + "\"></iframe>\n", Safety.defaults());
            assertEquals(0, body(article).select("iframe").size(), src);
        }
        RenderedArticle noYoutube = render("<iframe src=\"https://www.youtube.com/embed/x\"></iframe>\n",
                new Safety(false, List.of("player.vimeo.com"), 1_000_000, java.time.Duration.ofSeconds(5)));
        assertEquals(0, body(noYoutube).select("iframe").size());
    }

    @Test
    void videoAndAudioKeepSafeAttributesAndAlwaysShowControls() {
        RenderedArticle article = render("<video src=\"/media/tide.mp4\" poster=\"/media/tide.jpg\" autoplay"
                + " onplay=\"steal()\" width=\"640\" muted playsinline>\n<source src=\"https://cdn.example.test/tide.webm\""
                + " type=\"video/webm\">\n<track src=\"/media/tide.vtt\" kind=\"captions\" srclang=\"en\" label=\"English\">\n"
                + "</video>\n\n<audio src=\"/media/interview.mp3\" preload=\"none\"></audio>\n", Safety.defaults());
        Element video = body(article).expectFirst("video");
        assertEquals("/media/tide.mp4", video.attr("src"));
        assertEquals("/media/tide.jpg", video.attr("poster"));
        assertEquals(true, video.hasAttr("controls"));
        assertEquals(false, video.hasAttr("autoplay"));
        assertEquals(false, video.hasAttr("onplay"));
        assertEquals("https://cdn.example.test/tide.webm", video.expectFirst("source").attr("src"));
        assertEquals("captions", video.expectFirst("track").attr("kind"));
        assertEquals(true, body(article).expectFirst("audio").hasAttr("controls"));
        assertEquals(List.of(
                "warning: content/a.md:5:1: removed attribute `autoplay` from <video> (hint: " + HtmlSanitiser.HINT + ")",
                "warning: content/a.md:5:1: removed event handler `onplay` from <video> (hint: " + HtmlSanitiser.HINT + ")"),
                warnings(article));
    }

    @Test
    void mediaFromHostileAddressesLosesTheAddress() {
        RenderedArticle article = render("<video src=\"javascript:alert(1)\" poster=\"data:image/svg+xml,<svg onload=alert(1)>\">"
                + "<source src=\"JaVaScRiPt:alert(2)\"><track src=\"vbscript:x\"></video>\n", Safety.defaults());
        Element video = body(article).expectFirst("video");
        assertEquals(List.of(false, false), List.of(video.hasAttr("src"), video.hasAttr("poster")));
        assertEquals(false, video.expectFirst("source").hasAttr("src"));
        assertEquals(false, video.expectFirst("track").hasAttr("src"));
        assertEquals("warning: content/a.md:5:1: removed unsafe address \"javascript:alert(1)\" from <video> (hint: media"
                + " may come from http(s) addresses and paths on the site)", warnings(article).get(0));
    }

    @Test
    void anOldNamedAnchorStaysAnAnchor() {
        RenderedArticle article = render("<a name=\"section-2\"></a>\n\n## Two\n\n[Back](#section-2)\n", Safety.defaults());
        Element anchor = body(article).expectFirst("a[name]");
        assertEquals("section-2", anchor.attr("name"));
        assertEquals("section-2", anchor.id());
        assertEquals(List.of(), warnings(article));
    }
}
