package org.dateline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link QuickAutolinks} gives flexmark's autolink extension's output, asking it only about text that can hold a link. */
class QuickAutolinksTest {

    private static final MarkdownParser QUICK = new MarkdownParser();

    /** The same options, with flexmark's own autolink extension in place of the quick one. */
    private static Parser extensionParser() {
        MutableDataSet set = new MutableDataSet(QUICK.options());
        List<com.vladsch.flexmark.util.misc.Extension> extensions = new ArrayList<>();
        for (com.vladsch.flexmark.util.misc.Extension extension : Parser.EXTENSIONS.get(QUICK.options())) {
            extensions.add(extension instanceof QuickAutolinks ? AutolinkExtension.create() : extension);
        }
        set.set(Parser.EXTENSIONS, extensions);
        return Parser.builder(set).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "See https://example.org/report/7710 and the note.",
        "Mail a@b.org, visit www.example.com or WWW.EXAMPLE.COM, or Www.x.org.",
        "Quoted \"https://x.org/a\" -- and 'www.y.org'... done",
        "Entities: http&#58;//e.test/x and www&#46;e.test and a&#64;b.test &amp; &copy;",
        "Escapes: http\\://e.test www\\.e.test a\\@b.test",
        "Bare scheme: ftp:// and custom+x://host/path here",
        "*em https://in.em/x* **www.bold.org** `code http://no.link` [l](https://l.test) <https://auto.test>",
        "Plain text with no link at all, \"quoted\" -- dashes... and (parens).",
        "Split over\nlines: http://a.test/\nand www.b.test",
        "| a | b |\n|---|---|\n| https://t.test | x@y.test |\n",
        "Text[^1]\n\n[^1]: See https://f.test/n.",
        "\u201cQuoted\u201d \u2014 see https://x.test/\u30d1\u30b9 and www.\u4f8b.jp \u2014 a@b.test \uD83D\uDE00 end",
        "\"One\" and \"two\" then https://late.test/x and \"three\" www.w.test \"four\" a@b.test",
        "*\"a\" b* c \"d\" e@f.test \"g\" -- **\"h\" www.h.test** \"i\"",
        "[text \"q\" https://inner.test](https://outer.test) and \"q\" https://after.test `\"c\" www.c.test`",
        "> Quote \"x\" with\n> https://q.test and 'y' &amp; \"z\"\n\nAfter \"p\" plain",
        "- item \"a\" https://i.test \"b\"\n- \"b\" plain 'c' --\n  - nested \"n\" www.n.test"
    })
    void givesTheExtensionsOutput(String markdown) {
        HtmlRenderer renderer = HtmlRenderer.builder(QUICK.options()).build();
        assertEquals(renderer.render(extensionParser().parse(markdown)), renderer.render(QUICK.parse(markdown)));
    }

    @Test
    void asksTheExtensionOnlyAboutTextThatCanHoldALink() {
        assertFalse(QuickAutolinks.mayLink(firstText("Rail council river, \"league\" -- report...")));
        assertTrue(QuickAutolinks.mayLink(firstText("See \"x\" -- a: b")));
        assertTrue(QuickAutolinks.mayLink(firstText("Visit wWw")));
        assertTrue(QuickAutolinks.mayLink(firstText("at &#64; sign")));
        assertTrue(QuickAutolinks.mayLink(firstText("an @ sign")));
        assertFalse(QuickAutolinks.mayLink(firstText("\u201cQuoted\u201d \u2014 \u65e5\u672c \uD83D\uDE00 ww w")));
        assertTrue(QuickAutolinks.mayLink(firstText("\u201cQ\u201d \uD83D\uDE00 wWw")));
        assertTrue(QuickAutolinks.mayLink(firstText("\u2014\uD83D\uDE00:")));
    }

    /** The quick check reads the article's string directly: that needs flexmark to keep the text it was given as its base. */
    @Test
    void flexmarkKeepsTheArticleTextAsTheBaseOfItsSequences() {
        assertTrue(firstText("Some text").getChars().getBase() instanceof InterruptibleText);
    }

    private static Node firstText(String markdown) {
        Node paragraph = QUICK.parse(markdown).getFirstChild();
        return paragraph.getFirstChild();
    }
}
