package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.dateline.diag.DatelineException;
import org.dateline.diag.Problem;
import org.dateline.image.TestImages;
import org.dateline.testing.RenderedSite;
import org.dateline.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lead images, figures and author photos through a whole build: sizes, resized copies, cache, errors. */
class ImagesTest {

    private static final String ARTICLE = "content/world/quay.md";
    private static final String PAGE = "world/2024/05/31/quay/index.html";

    @TempDir
    Path tmp;

    private Path site(Path into, String siteYaml) {
        Path site = TestSites.empty(into, "title: Test Gazette\nbase_url: https://news.example.test/paper/\n" + siteYaml);
        TestSites.write(site, ARTICLE, """
                ---
                title: Quay reopens
                author: Selin Atay
                date: 2024-05-31T14:05:00+03:00
                image: /images/lead.jpg
                image_alt: Cranes on the quay
                ---
                The quay reopened on Friday.

                ![A map of the quay](/images/map.png)
                """);
        TestSites.write(site, "data/authors.yaml", "Selin Atay:\n  photo: /images/authors/selin.jpg\n");
        TestImages.write(site.resolve("static/images/lead.jpg"), "jpeg", 2000, 1000);
        TestImages.write(site.resolve("static/images/map.png"), "png", 800, 600);
        TestImages.write(site.resolve("static/images/authors/selin.jpg"), "jpeg", 600, 600);
        return site;
    }

    @Test
    void theLeadImageIsSizedResizedAndNotLazyWhileBodyImagesAreLazy() {
        RenderedSite built = TestSites.build(site(tmp, ""));
        Document page = built.page(PAGE);
        Element lead = page.expectFirst(".article__lead img");
        assertEquals(List.of("2000", "1000", "/paper/images/lead-480w.jpg 480w, /paper/images/lead-960w.jpg 960w,"
                        + " /paper/images/lead-1440w.jpg 1440w, /paper/images/lead.jpg 2000w",
                        "(min-width: 44rem) 42rem, calc(100vw - 2rem)", "", "high"),
                List.of(lead.attr("width"), lead.attr("height"), lead.attr("srcset"), lead.attr("sizes"),
                        lead.attr("loading"), lead.attr("fetchpriority")));
        Element figure = page.expectFirst(".article__body img");
        assertEquals(List.of("800", "600", "/paper/images/map-480w.png 480w, /paper/images/map.png 800w", "lazy"),
                List.of(figure.attr("width"), figure.attr("height"), figure.attr("srcset"), figure.attr("loading")));
        assertTrue(built.files().containsAll(List.of("images/lead-480w.jpg", "images/lead-960w.jpg",
                "images/lead-1440w.jpg", "images/map-480w.png", "images/authors/selin-480w.jpg")), built.files()::toString);
    }

    @Test
    void anAuthorPhotoGetsItsSizeFromTheFile() {
        Element photo = TestSites.build(site(tmp, "")).page("authors/selin-atay/index.html")
                .expectFirst("img.profile__photo");
        assertEquals(List.of("600", "600", "/paper/images/authors/selin-480w.jpg 480w, /paper/images/authors/selin.jpg 600w"),
                List.of(photo.attr("width"), photo.attr("height"), photo.attr("srcset")));
    }

    @Test
    void theCopiesAreTheSameBytesWhateverTheCacheAndAreKeptInTheCacheFolder() throws IOException {
        RenderedSite first = TestSites.build(site(tmp.resolve("a"), ""));
        RenderedSite second = TestSites.build(site(tmp.resolve("b"), ""));
        for (String copy : List.of("images/lead-480w.jpg", "images/lead-1440w.jpg", "images/map-480w.png")) {
            assertArrayEquals(Files.readAllBytes(first.output().resolve(copy)),
                    Files.readAllBytes(second.output().resolve(copy)), copy);
        }
        assertEquals(960, ImageIO.read(first.output().resolve("images/lead-960w.jpg").toFile()).getWidth());
        try (var cached = Files.list(tmp.resolve("a/site/.dateline-cache/images"))) {
            assertEquals(5, cached.count(), "three copies of the lead image, one of the map, one of the photo");
        }
    }

    @Test
    void aBuildFromTheCacheStillMakesTheCopiesOfImagesInTheBodies() throws IOException {
        Path site = site(tmp, "");
        RenderedSite first = TestSites.build(site);
        org.dateline.write.OutputWriter.deleteTree(first.output());
        RenderedSite fromCache = TestSites.build(site); // every article from the cache, no body read again
        assertTrue(fromCache.files().containsAll(List.of("images/map-480w.png", "images/lead-480w.jpg")),
                fromCache.files()::toString);
    }

    @Test
    void imageWidthsInSiteYamlChooseTheCopies() {
        Document page = TestSites.build(site(tmp, "image_widths: [640]\n")).page(PAGE);
        assertEquals("/paper/images/lead-640w.jpg 640w, /paper/images/lead.jpg 2000w",
                page.expectFirst(".article__lead img").attr("srcset"));
    }

    @Test
    void aBrokenLeadImageAnOversizedFigureAndABrokenPhotoAreErrorsAtTheirLines() throws IOException {
        Path site = site(tmp, "max_image_pixels: 400000\n");
        Files.writeString(site.resolve("static/images/lead.jpg"), "<html>404</html>");
        Files.writeString(site.resolve("static/images/authors/selin.jpg"), "");
        DatelineException e = assertThrows(DatelineException.class, () -> TestSites.build(site));
        assertEquals(List.of(
                "content/world/quay.md:5:8: cannot read image static/images/lead.jpg: not a JPEG, PNG or GIF image (its"
                        + " first bytes match no image format) (hint: export it again as JPEG, PNG, GIF or SVG, or remove it)",
                "content/world/quay.md:10:1: image static/images/map.png is 800×600 pixels (0.5 megapixels), more than"
                        + " `max_image_pixels` allows (0.4 megapixels) (hint: scale it down before publishing, or raise"
                        + " `max_image_pixels` in site.yaml if you trust it)",
                "data/authors.yaml:1:1: photo of Selin Atay: cannot read image static/images/authors/selin.jpg: not a"
                        + " JPEG, PNG or GIF image (its first bytes match no image format) (hint: export it again as JPEG,"
                        + " PNG, GIF or SVG, or remove it)"),
                e.problems().stream().map(Problem::summary).toList());
    }
}
