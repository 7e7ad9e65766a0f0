package org.dateline.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.dateline.config.ImageSettings;
import org.dateline.diag.DatelineException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSizerTest {

    @TempDir
    Path tmp;

    private ImageSizer sizer(Path cache) {
        return new ImageSizer(tmp.resolve("static"), cache, ImageSettings.defaults());
    }

    private Path image(String path, String format, int width, int height) {
        return TestImages.write(tmp.resolve("static").resolve(path), format, width, height);
    }

    private Path svg(String path, String root) throws IOException {
        Path file = tmp.resolve("static").resolve(path);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "<?xml version=\"1.0\"?>\n" + root + "<rect width=\"1\" height=\"1\"/></svg>",
                StandardCharsets.UTF_8);
    }

    @Test
    void aJpegGetsItsSizeAndCopiesOnlyNarrowerThanItself() {
        image("images/quay.jpg", "jpeg", 1000, 600);
        ImageInfo info = sizer(tmp.resolve("cache")).inspect("/images/quay.jpg").orElseThrow();
        assertEquals(new ImageInfo("images/quay.jpg", 1000, 600, List.of(
                new ImageInfo.Variant("images/quay-480w.jpg", 480, 288),
                new ImageInfo.Variant("images/quay-960w.jpg", 960, 576))), info);
        assertEquals("/images/quay-480w.jpg 480w, /images/quay-960w.jpg 960w, /images/quay.jpg 1000w", info.srcset());
    }

    @Test
    void aSmallPngIsNeverUpscaled() {
        image("images/icon.png", "png", 300, 200);
        assertEquals(new ImageInfo("images/icon.png", 300, 200, List.of()),
                sizer(tmp.resolve("cache")).inspect("/images/icon.png").orElseThrow());
    }

    @Test
    void anSvgSizeComesFromWidthAndHeightOrTheViewBox() throws IOException {
        svg("a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640px\" height=\"360\">");
        svg("b.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1200 675\">");
        svg("c.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" viewBox=\"0,0,1200,600\">");
        svg("d.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\">");
        ImageSizer sizer = sizer(tmp.resolve("cache"));
        assertEquals(Optional.of(new ImageInfo("a.svg", 640, 360, List.of())), sizer.inspect("/a.svg"));
        assertEquals(Optional.of(new ImageInfo("b.svg", 1200, 675, List.of())), sizer.inspect("/b.svg"));
        assertEquals(Optional.of(new ImageInfo("c.svg", 600, 300, List.of())), sizer.inspect("/c.svg"));
        assertEquals(Optional.empty(), sizer.inspect("/d.svg"));
    }

    @Test
    void otherHostsMissingFilesAndEscapesAreNotLocalImages() {
        image("images/quay.jpg", "jpeg", 100, 100);
        ImageSizer sizer = sizer(tmp.resolve("cache"));
        for (String url : List.of("https://example.test/images/quay.jpg", "//example.test/images/quay.jpg",
                "images/quay.jpg", "/images/missing.jpg", "/../static/images/quay.jpg", "/images/quay.jpg?v=2")) {
            assertEquals(Optional.empty(), sizer.inspect(url), url);
        }
        assertEquals(100, sizer.inspect("/images/./quay.jpg").orElseThrow().width());
    }

    @Test
    void aLinkOutOfTheStaticFolderIsNotALocalImage() throws IOException {
        Path outside = TestImages.write(tmp.resolve("private/secret.jpg"), "jpeg", 100, 100);
        Files.createDirectories(tmp.resolve("static/images"));
        Files.createSymbolicLink(tmp.resolve("static/images/link.jpg"), outside);
        assertEquals(Optional.empty(), sizer(tmp.resolve("cache")).inspect("/images/link.jpg"));
    }

    @Test
    void aFileThatIsNotAnImageIsAnErrorNamingIt() throws IOException {
        Path file = tmp.resolve("static/images/broken.jpg");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<html>not a photo</html>", StandardCharsets.UTF_8);
        DatelineException e = assertThrows(DatelineException.class,
                () -> sizer(tmp.resolve("cache")).inspect("/images/broken.jpg"));
        assertEquals("static/images/broken.jpg: cannot read image static/images/broken.jpg: not a JPEG, PNG or GIF"
                + " image (its first bytes match no image format) (hint: export it again as JPEG, PNG, GIF or SVG,"
                + " or remove it)", e.problems().get(0).summary());
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderBeforeDecoding() {
        TestImages.bomb(tmp.resolve("static/images/bomb.png"), 100_000, 100_000);
        DatelineException e = assertThrows(DatelineException.class,
                () -> sizer(tmp.resolve("cache")).inspect("/images/bomb.png"));
        assertEquals("static/images/bomb.png: image static/images/bomb.png is 100000×100000 pixels (10000.0"
                + " megapixels), more than `max_image_pixels` allows (50.0 megapixels) (hint: scale it down before"
                + " publishing, or raise `max_image_pixels` in site.yaml if you trust it)", e.problems().get(0).summary());
    }

    @Test
    void producesCopiesOfTheStatedSizeAndTheSameBytesEveryTime() throws IOException {
        image("images/quay.jpg", "jpeg", 1000, 600);
        image("images/map.png", "png", 1500, 1000);
        ImageSizer first = sizer(tmp.resolve("cache1"));
        first.inspect("/images/quay.jpg");
        first.inspect("/images/map.png");
        Map<String, Path> files = first.produce().files();
        assertEquals(List.of("images/map-1440w.png", "images/map-480w.png", "images/map-960w.png",
                "images/quay-480w.jpg", "images/quay-960w.jpg"), List.copyOf(files.keySet()));
        BufferedImage copy = ImageIO.read(files.get("images/map-960w.png").toFile());
        assertEquals(List.of(960, 640), List.of(copy.getWidth(), copy.getHeight()));
        ImageSizer second = sizer(tmp.resolve("cache2"));
        second.inspect("/images/map.png");
        second.inspect("/images/quay.jpg");
        Map<String, Path> again = second.produce().files();
        for (String path : files.keySet()) {
            assertArrayEquals(Files.readAllBytes(files.get(path)), Files.readAllBytes(again.get(path)), path);
        }
    }

    @Test
    void aCopyIsEncodedAsItsNameSaysWhateverTheOriginalsBytes() throws IOException {
        Path jpeg = image("images/photo.jpg", "jpeg", 1000, 600);
        Files.move(jpeg, jpeg.resolveSibling("photo.png"));
        ImageSizer sizer = sizer(tmp.resolve("cache"));
        sizer.inspect("/images/photo.png");
        byte[] copy = Files.readAllBytes(sizer.produce().files().get("images/photo-480w.png"));
        assertEquals("PNG", new String(copy, 1, 3, StandardCharsets.US_ASCII));
    }

    @Test
    void aRebuildTakesCopiesFromTheCacheInsteadOfResizingAgain() throws IOException {
        image("images/quay.jpg", "jpeg", 1000, 600);
        ImageSizer first = sizer(tmp.resolve("cache"));
        first.inspect("/images/quay.jpg");
        Path cached = first.produce().files().get("images/quay-480w.jpg");
        Files.writeString(cached, "kept from the last build", StandardCharsets.UTF_8);
        ImageSizer second = sizer(tmp.resolve("cache"));
        second.inspect("/images/quay.jpg");
        assertEquals("kept from the last build", Files.readString(second.produce().files().get("images/quay-480w.jpg"),
                StandardCharsets.UTF_8));
        image("images/quay.jpg", "jpeg", 1000, 601);
        ImageSizer changed = sizer(tmp.resolve("cache"));
        changed.inspect("/images/quay.jpg");
        assertEquals(480, ImageIO.read(changed.produce().files().get("images/quay-480w.jpg").toFile()).getWidth());
    }
}
