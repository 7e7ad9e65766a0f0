package org.dateline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.dateline.diag.LineIndex;
import org.dateline.diag.Problem;
import org.dateline.diag.SourcePosition;
import org.junit.jupiter.api.Test;

class ShortcodesTest {

    private static final String FILE = "content/news/a.md";
    private static final List<String> ARTICLES = List.of(FILE, "content/news/harbour-vote/index.md",
            "content/news/2024-05-01-polls-close.md");

    /** A site shortcode template that shows what it was given, without a template engine. */
    private static final ShortcodeTemplates TEMPLATES = new ShortcodeTemplates() {
        @Override
        public boolean has(String name) {
            return name.equals("legacy-img");
        }

        @Override
        public String render(String name, Map<String, String> named, List<String> positional, String inner) {
            return "<span>" + named + positional + "|" + inner + "</span>\n\n<span>two</span>";
        }
    };

    private static Shortcodes.Expanded expand(String body) {
        String text = "---\ntitle: T\n---\n" + body;
        return new Shortcodes(ARTICLES, TEMPLATES).expand(FILE, body, text.length() - body.length(), new LineIndex(text));
    }

    private static String marker(String path) {
        return Shortcodes.refMarker(path, "");
    }

    @Test
    void hugoRefsAndJekyllLinksBecomeMarkersOfTheArticle() {
        assertEquals("[vote](" + marker("content/news/harbour-vote/index.md") + ") [abs]("
                + marker("content/news/harbour-vote/index.md") + "#next) [p](" + marker("content/news/2024-05-01-polls-close.md")
                + ") [l](" + marker("content/news/2024-05-01-polls-close.md") + ")",
                expand("[vote]({{< ref \"harbour-vote\" >}}) [abs]({{< relref \"/news/harbour-vote/index.md#next\" >}})"
                        + " [p]({% post_url 2024-05-01-polls-close %}) [l]({% link _posts/2024-05-01-polls-close.md %})")
                        .markdown());
        assertEquals("content/news/harbour-vote/index.md",
                Shortcodes.refTarget(marker("content/news/harbour-vote/index.md").split("/")[2]));
    }

    @Test
    void aRefToNoArticleIsAWarningAtItsLineAndColumn() {
        Shortcodes.Expanded expanded = expand("One\n\nSee [x]({{< ref \"nowhere.md\" >}}).\n");
        assertEquals("One\n\nSee [x](#).\n", expanded.markdown());
        assertEquals(List.of(Problem.warning(new SourcePosition(FILE, 6, 9), "`ref` names no article: \"nowhere.md\"",
                "give the path of an article below content/, e.g. news/harbour-vote.md")), expanded.warnings());
    }

    @Test
    void figureYoutubeVimeoAndPostsExpandToEscapedHtml() {
        assertEquals("<figure><img src=\"/img/a.jpg\" alt=\"Quay &lt;3\" width=\"640\"><figcaption>Quay &lt;3"
                + " <small>Photo &amp; co</small></figcaption></figure>",
                expand("{{< figure src=\"/img/a.jpg\" caption=\"Quay <3\" attr=\"Photo & co\" width=\"640\" >}}").markdown());
        assertEquals("<div class=\"embed\"><iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\""
                + " title=\"YouTube video\" width=\"640\" height=\"360\" allowfullscreen></iframe></div>",
                expand("{{< youtube dQw4w9WgXcQ >}}").markdown());
        assertEquals("<div class=\"embed\"><iframe src=\"https://player.vimeo.com/video/146022717\" title=\"Vimeo video\""
                + " width=\"640\" height=\"360\" allowfullscreen></iframe></div>", expand("{{< vimeo id=\"146022717\" >}}").markdown());
        assertEquals("<a href=\"https://x.com/SanDiegoZoo/status/1453110110599868418\">A post by @SanDiegoZoo on X</a>",
                expand("{{< x user=\"SanDiegoZoo\" id=\"1453110110599868418\" >}}").markdown());
        Shortcodes.Expanded bad = expand("{{< youtube \"x\\\" onload=alert(1)\" >}}");
        assertEquals("", bad.markdown());
        assertEquals("`youtube` has no valid video id: \"x\" onload=alert(1)\"", bad.warnings().get(0).message());
    }

    @Test
    void highlightBlocksBecomeVerbatimFencedCodeKeepingTheLines() {
        assertEquals("Before\n````go\nfmt.Println(\"hi\") // ``` inside\n````\nAfter",
                expand("Before\n{{< highlight go >}}\nfmt.Println(\"hi\") // ``` inside\n{{< /highlight >}}\nAfter")
                        .markdown());
        assertEquals("```ruby\nputs \"it's\" # {{ not liquid }}\n```\n",
                expand("{% highlight ruby linenos %}\nputs \"it's\" # {{ not liquid }}\n{% endhighlight %}\n").markdown());
    }

    @Test
    void rawKeepsItsContentAndCommentsDisappear() {
        assertEquals("Use {{ page.title }} and {% if x %}.\n\n",
                expand("Use {% raw %}{{ page.title }} and {% if x %}{% endraw %}.\n{% comment %}note\n{% endcomment %}")
                        .markdown());
    }

    @Test
    void liquidSiteUrlsBecomeSitePaths() {
        assertEquals("![a](/assets/a.png) ![b](/assets/b.png)",
                expand("![a]({{ site.baseurl }}/assets/a.png) ![b]({{ \"/assets/b.png\" | relative_url }})").markdown());
    }

    @Test
    void siteShortcodesGetNamedPositionalAndInnerValuesOnTheSameLines() {
        // the template's blank line is dropped and its line break becomes a space: the tag took one line
        assertEquals("<span>{src=a.jpg}[wide]|Inner *text*</span> <span>two</span>\nNext",
                expand("{{< legacy-img wide src=\"a.jpg\" >}}Inner *text*{{< /legacy-img >}}\nNext").markdown());
    }

    @Test
    void aLiquidTagWithASiteTemplateIsRenderedByIt() {
        Shortcodes.Expanded expanded = expand("Old {% legacy-img youtube.html id=\"x1\" %} end");
        assertEquals("Old <span>{id=x1}[youtube.html]|</span> <span>two</span> end", expanded.markdown());
        assertEquals(List.of(), expanded.warnings());
        // Nunjucks and Liquid separate arguments with commas; Hugo's belong to the argument
        // (the list prints as [a.png, "A, b", https://x.test/a, b]: four arguments)
        assertEquals("<span>{}[a.png, A, b, https://x.test/a, b]|</span> <span>two</span>",
                expand("{% legacy-img \"a.png\", \"A, b\", https://x.test/a,b %}").markdown());
        assertEquals(List.of("a.png", "A, b", "https://x.test/a", "b"),
                ShortcodeScanner.args("\"a.png\", \"A, b\", https://x.test/a,b", true).positional());
        assertEquals("<span>{}[1,2,3]|</span> <span>two</span>", expand("{{< legacy-img 1,2,3 >}}").markdown());
    }

    @Test
    void unknownShortcodesAndTagsAreWarningsShownAsCode() {
        Shortcodes.Expanded expanded = expand("A {{< gist user 123 >}} b\n{% include note.html %}\n{{ page.x }}");
        assertEquals("A <code class=\"dateline-shortcode\">{{&lt; gist user 123 &gt;}}</code> b\n"
                + "<code class=\"dateline-shortcode\">{% include note.html %}</code>\n"
                + "<code class=\"dateline-shortcode\">{{ page.x }}</code>", expanded.markdown());
        assertEquals(List.of(
                Problem.warning(new SourcePosition(FILE, 4, 3), "`{{< gist >}}` is not a shortcode Dateline knows, so it"
                        + " is shown as written", "add templates/shortcodes/gist.peb, or remove it"),
                Problem.warning(new SourcePosition(FILE, 5, 1), "Liquid tag `{% include %}` is not a shortcode Dateline"
                        + " knows, so it is shown as written", "add templates/shortcodes/include.peb, or remove it"),
                Problem.warning(new SourcePosition(FILE, 6, 1), "Liquid output `{{ page.x }}` is not a shortcode Dateline"
                        + " knows, so it is shown as written", "add templates/shortcodes/NAME.peb, or remove it")),
                expanded.warnings());
    }

    @Test
    void unknownTagsInCodeStayCodeWhileKnownOnesWorkThereAsInJekyll() {
        String body = "`{{< gist x >}}` and {{</* youtube y */>}}\n```\n{% include x %}\n```\n"
                + "`{% raw %}{{ page.title }}{% endraw %}`\n";
        Shortcodes.Expanded expanded = expand(body);
        assertEquals("`{{< gist x >}}` and {{< youtube y >}}\n```\n{% include x %}\n```\n`{{ page.title }}`\n",
                expanded.markdown());
        assertEquals(List.of(), expanded.warnings());
    }

    @Test
    void unclosedTagsAreTextAndATagHasABoundedLength() {
        String open = "{{ {% {{< ".repeat(20_000);
        Shortcodes.Expanded expanded = expand(open);
        assertEquals(open, expanded.markdown());
        assertEquals(List.of(), expanded.warnings());
        String unclosed = "{% highlight go %}\nx\n".repeat(2_000);
        assertEquals(unclosed, expand(unclosed).markdown().replace("<code class=\"dateline-shortcode\">{% highlight go %}</code>",
                "{% highlight go %}"));
        String tooLong = "{{< figure caption=\"" + "x".repeat(ShortcodeScanner.MAX_TAG) + "\" >}}";
        assertEquals(tooLong, expand(tooLong).markdown());
    }
}
