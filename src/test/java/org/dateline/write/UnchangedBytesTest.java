package org.dateline.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page rendered again is written only if its bytes differ from the live file's: the manifest keeps
 * no digest, so the comparison reads the live file, and only when its size is the new page's.
 */
class UnchangedBytesTest {

    @TempDir
    Path tmp;

    private Path site;
    private Path out;
    private OutputManifest last = OutputManifest.EMPTY;
    private int written;

    @BeforeEach
    void makeSite() throws IOException {
        site = Files.createDirectories(tmp.resolve("site"));
        out = tmp.resolve("out");
    }

    /** One build of the page {@code a/index.html} under {@code key}, never reused by key: always rendered again. */
    private void build(String key, String text) {
        try (Staging staging = new Staging(out, site, site.resolve("static"), List.of(),
                Map.of("a/index.html", "test"), last)) {
            staging.write("a/index.html", key, text.getBytes(StandardCharsets.UTF_8));
            staging.commit();
            last = staging.manifest();
            written = staging.written();
        }
    }

    private Object inode() throws IOException {
        return Files.readAttributes(out.resolve("a/index.html"), BasicFileAttributes.class).fileKey();
    }

    @Test
    void theSameBytesUnderANewKeyAreLinkedNotWritten() throws IOException {
        sameBytesLinked(false);
    }

    @Test
    void withoutAManifestTheLiveFileHoldingTheSameBytesIsLinkedNotWritten() throws IOException {
        sameBytesLinked(true);
    }

    /** @param unrecorded whether the second build has no manifest of the live output (--no-cache, a deleted cache) */
    private void sameBytesLinked(boolean unrecorded) throws IOException {
        build("k1", "<p>Same</p>");
        Object first = inode();
        if (unrecorded) {
            last = OutputManifest.EMPTY;
        }
        build("k2", "<p>Same</p>");
        assertEquals(0, written, "nothing written: the page and the theme files linked");
        assertEquals(first, inode());
        assertEquals("k2", last.entries().get("a/index.html").key());
        assertEquals(11, last.entries().get("a/index.html").size());
    }

    @Test
    void otherBytesOfTheSameSizeAreWritten() throws IOException {
        otherBytesWritten(false);
    }

    @Test
    void withoutAManifestOtherBytesOfTheSameSizeAreWritten() throws IOException {
        otherBytesWritten(true);
    }

    private void otherBytesWritten(boolean unrecorded) throws IOException {
        build("k1", "<p>Left</p>");
        Object first = inode();
        if (unrecorded) {
            last = OutputManifest.EMPTY;
        }
        build("k2", "<p>Rite</p>");
        assertEquals(1, written, "the page written, the theme files linked");
        assertEquals("<p>Rite</p>", Files.readString(out.resolve("a/index.html"), StandardCharsets.UTF_8));
        assertNotEquals(first, inode());
    }

    @Test
    void aLiveFileEditedByHandToTheSameSizeAndTimeIsStillReplaced() throws IOException {
        build("k1", "<p>Same</p>");
        Path page = out.resolve("a/index.html");
        var modified = Files.getLastModifiedTime(page);
        Files.writeString(page, "<p>Hand</p>", StandardCharsets.UTF_8); // a copy elsewhere keeps the size
        Files.setLastModifiedTime(page, modified);
        build("k2", "<p>Same</p>");
        assertEquals("<p>Same</p>", Files.readString(page, StandardCharsets.UTF_8));
    }

    @Test
    void aStaticFileChangedToTheSameSizeMeansTheOutputIsNotCurrent() throws IOException {
        Path css = Files.createDirectories(site.resolve("static")).resolve("site.css");
        Files.writeString(css, "a{color:red}", StandardCharsets.UTF_8);
        build("k1", "<p>Same</p>");
        assertTrue(Staging.isCurrent(out, site, site.resolve("static"), List.of(), Map.of("a/index.html", "k1"), last));
        Files.writeString(css, "b{color:red}", StandardCharsets.UTF_8);
        assertFalse(Staging.isCurrent(out, site, site.resolve("static"), List.of(), Map.of("a/index.html", "k1"), last));
    }

    @Test
    void withoutAManifestALinkInTheLiveOutputIsNeverTakenOver() throws IOException {
        build("k1", "<p>Old</p>");
        Path elsewhere = Files.writeString(tmp.resolve("elsewhere.html"), "<p>New</p>", StandardCharsets.UTF_8);
        Path page = out.resolve("a/index.html");
        Files.delete(page);
        Files.createSymbolicLink(page, elsewhere); // the same bytes, but a link out of the output
        last = OutputManifest.EMPTY;
        build("k2", "<p>New</p>");
        assertEquals(1, written, "the page written anew, not linked to where the link points");
        assertFalse(Files.isSymbolicLink(page));
        assertNotEquals(Files.readAttributes(elsewhere, BasicFileAttributes.class).fileKey(), inode());
        assertEquals("<p>New</p>", Files.readString(page, StandardCharsets.UTF_8));
    }
}
