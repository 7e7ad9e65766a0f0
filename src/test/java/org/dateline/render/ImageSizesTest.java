package org.dateline.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.dateline.config.ImageSettings;
import org.dateline.config.Safety;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.image.ImageSizer;
import org.dateline.image.TestImages;
import org.dateline.load.SourceFile;
import org.dateline.parse.ArticleParser;
import org.dateline.parse.DateParser;
import org.dateline.parse.FrontMatterParser;
import org.dateline.parse.MarkdownParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSizesTest {

    private static final String FRONT = "---\ntitle: T\ndate: 2024-01-01\n---\n";

    @TempDir
    Path tmp;

    private final MarkdownParser markdown = new MarkdownParser();
    private final ArticleParser parser = new ArticleParser(new FrontMatterParser(new DateParser(ZoneId.of("UTC"))),
            markdown);

    private RenderedArticle render(String body) {
        ImageSizer sizer = new ImageSizer(tmp.resolve("static"), tmp.resolve("cache"), ImageSettings.defaults());
        return new MarkdownRenderer(markdown.options(), Safety.defaults(), "", Optional.of(sizer))
                .render(parser.parse(new SourceFile("content/a.md", FRONT + body)));
    }

    @Test
    void aLocalPhotoGetsItsSizeItsCopiesAndLazyLoading() {
        TestImages.write(tmp.resolve("static/images/quay.jpg"), "jpeg", 1600, 1000);
        Element image = Jsoup.parseBodyFragment(render("Text.\n\n![The quay at dawn](/images/quay.jpg)\n").bodyHtml())
                .body().expectFirst("img");
        assertEquals("1600", image.attr("width"));
        assertEquals("1000", image.attr("height"));
        assertEquals("/images/quay-480w.jpg 480w, /images/quay-960w.jpg 960w, /images/quay-1440w.jpg 1440w,"
                + " /images/quay.jpg 1600w", image.attr("srcset"));
        assertEquals("(min-width: 44rem) 42rem, calc(100vw - 2rem)", image.attr("sizes"));
        assertEquals("lazy", image.attr("loading"));
    }

    @Test
    void whatTheAuthorWroteWins() {
        TestImages.write(tmp.resolve("static/images/quay.jpg"), "jpeg", 1600, 1000);
        Element image = Jsoup.parseBodyFragment(render("<img src=\"/images/quay.jpg\" alt=\"Quay\" width=\"800\""
                + " height=\"500\" srcset=\"/images/quay.jpg 1600w\">\n").bodyHtml()).body().expectFirst("img");
        assertEquals(List.of("800", "500", "/images/quay.jpg 1600w", "(min-width: 44rem) 42rem, calc(100vw - 2rem)"),
                List.of(image.attr("width"), image.attr("height"), image.attr("srcset"), image.attr("sizes")));
    }

    @Test
    void sizesComesWithAWidthSrcsetAndGoesWithoutOne() {
        List<Element> images = Jsoup.parseBodyFragment(render("<img src=\"https://cdn.test/a.jpg\" alt=\"A\""
                + " srcset=\"https://cdn.test/a-1.jpg 400w\">\n\n<img src=\"https://cdn.test/b.jpg\" alt=\"B\""
                + " sizes=\"50vw\">\n\n<img src=\"https://cdn.test/c.jpg\" alt=\"C\" srcset=\"https://cdn.test/c2.jpg 2x\">\n")
                .bodyHtml()).body().select("img");
        assertEquals(List.of("(min-width: 44rem) 42rem, calc(100vw - 2rem)", "", ""),
                images.stream().map(image -> image.attr("sizes")).toList());
    }

    @Test
    void aBrokenImageIsAnErrorAtTheLineThatShowsIt() throws Exception {
        Files.createDirectories(tmp.resolve("static/images"));
        Files.writeString(tmp.resolve("static/images/broken.png"), "an HTML error page saved as a picture", StandardCharsets.UTF_8);
        DatelineException e = assertThrows(DatelineException.class,
                () -> render("First paragraph.\n\nSecond, then the picture:\n\n![Broken](/images/broken.png)\n"));
        assertEquals(List.of("content/a.md:9:1: cannot read image static/images/broken.png: not a JPEG, PNG or GIF"
                + " image (its first bytes match no image format) (hint: export it again as JPEG, PNG, GIF or SVG,"
                + " or remove it)"), e.problems().stream().map(Problem::summary).toList());
    }
}
