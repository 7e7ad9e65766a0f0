package org.dateline.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import org.dateline.testing.FileTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output a build replaces is kept beside the new one ({@code .out.previous}) and brought up to date
 * by the next build: unchanged files are left alone, changed ones replaced (never written into, as
 * they may be hard links to live files), and what the build no longer makes is deleted.
 */
class KeptOutputTest {

    @TempDir
    Path tmp;

    private Path site;
    private Path out;
    private StagedPages staged;

    @BeforeEach
    void makeSite() throws IOException {
        site = Files.createDirectories(tmp.resolve("site"));
        out = tmp.resolve("out");
        staged = new StagedPages(out, site);
    }


    private Object inode(String path) throws IOException {
        return Files.readAttributes(out.resolve(path), BasicFileAttributes.class).fileKey();
    }

    /** The pages below {@code root} (not the marker), path → text. */
    private static Map<String, String> pages(Path root) throws IOException {
        Map<String, String> pages = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String path = root.relativize(file).toString().replace('\\', '/');
                if (!path.equals(".dateline-output") && !path.startsWith("theme/")) { // the theme's static files
                    pages.put(path, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return pages;
    }

    @Test
    void theKeptOutputIsBroughtUpToDateAndTheLiveOneIsNeverWrittenInto() throws IOException {
        OutputManifest first = staged.build(Map.of("a/index.html", "A", "b/index.html", "B", "c", "C", "e/f/index.html", "E"),
                OutputManifest.EMPTY);
        Object a = inode("a/index.html");
        OutputManifest second = staged.build(Map.of("a/index.html", "A", "b/index.html", "B2", "d/index.html", "D"), first);
        assertTrue(Files.isRegularFile(tmp.resolve(".out.previous/c")), "the first output is kept");
        Object b = inode("b/index.html");

        // the kept folder holds the first build (b is "B", c a file, e/f gone since): it becomes the third's output
        staged.build(Map.of("a/index.html", "A", "b/index.html", "B3", "c/index.html", "C as a folder"), second);
        assertEquals(Map.of("a/index.html", "A", "b/index.html", "B3", "c/index.html", "C as a folder"),
                pages(out));
        assertEquals(a, inode("a/index.html"), "an unchanged file is the same file in every generation");
        assertNotEquals(b, inode("b/index.html"));
        assertEquals(Map.of("a/index.html", "A", "b/index.html", "B2", "d/index.html", "D"),
                pages(tmp.resolve(".out.previous")), "the second output is kept as it was");
        assertEquals(List.of(".out.previous", "out", "site"), FileTree.names(tmp));
        assertTrue(Files.notExists(out.resolve("e")), "folders left empty are removed");
    }

    @Test
    void aKeptOutputWhoseFilesAreKnownLosesExactlyThoseNotProducedWithoutAWalk() throws IOException {
        OutputManifest first = staged.build(Map.of("a/index.html", "A", "b/index.html", "B", "c", "C",
                "e/f/index.html", "E", "e/f/feed.xml", "F", "g/index.html", "G"), OutputManifest.EMPTY);
        OutputManifest second = staged.build(Map.of("a/index.html", "A", "b/index.html", "B2", "d/index.html", "D",
                "g/index.html", "G"), first);
        // a file the first build's manifest does not list: a walk would delete it, the known files' prune never looks
        Files.writeString(tmp.resolve(".out.previous/g/unlisted.txt"), "not Dateline's", StandardCharsets.UTF_8);

        staged.build(Map.of("a/index.html", "A", "b/index.html", "B3", "c/index.html", "C as a folder"), second,
                java.util.Optional.of(first.entries().keySet()));
        assertEquals(Map.of("a/index.html", "A", "b/index.html", "B3", "c/index.html", "C as a folder",
                "g/unlisted.txt", "not Dateline's"), pages(out));
        assertTrue(Files.notExists(out.resolve("e")), "folders left empty are removed, with their parents");
        assertTrue(Files.notExists(out.resolve("g/index.html")), "a listed file not produced is deleted");
    }

    @Test
    void aLiveFileEditedInPlaceIsReplacedAndTheKeptCopyIsNotTrusted() throws IOException {
        OutputManifest first = staged.build(Map.of("a/index.html", "A", "b/index.html", "B"), OutputManifest.EMPTY);
        OutputManifest second = staged.build(Map.of("a/index.html", "A", "b/index.html", "B2"), first);
        // a and the kept a are one file: writing into it changes both, and the live size no longer matches
        Files.writeString(out.resolve("a/index.html"), "edited in place");
        staged.build(Map.of("a/index.html", "A", "b/index.html", "B2"), second);
        assertEquals(Map.of("a/index.html", "A", "b/index.html", "B2"), pages(out));
    }

    @Test
    void aKeptFileReplacedBehindDatelinesBackIsLinkedToTheLiveOneAgain() throws IOException {
        OutputManifest first = staged.build(Map.of("a/index.html", "A", "b/index.html", "B"), OutputManifest.EMPTY);
        OutputManifest second = staged.build(Map.of("a/index.html", "A", "b/index.html", "B2"), first);
        Object a = inode("a/index.html");
        Path kept = tmp.resolve(".out.previous/a/index.html");
        Files.delete(kept); // another file in its place: the live a is untouched, so its page is reused
        Files.writeString(kept, "stale", StandardCharsets.UTF_8);

        staged.build(Map.of("a/index.html", "A", "b/index.html", "B2"), second);
        assertEquals(Map.of("a/index.html", "A", "b/index.html", "B2"), pages(out));
        assertEquals(a, inode("a/index.html"), "the live file is linked in place of the stale one");
    }

    @Test
    void aCopyOfTheFirstOutputIsKeptSoTheNextBuildTakesOverItsUnchangedPagesWithoutLinkingThem() throws IOException {
        OutputManifest first = staged.build(Map.of("a/index.html", "A", "b/index.html", "B", "c", "C"), OutputManifest.EMPTY);
        assertTrue(KeptOutput.keep(out, first), "nothing was kept beside the first output");
        assertEquals(Map.of("a/index.html", "A", "b/index.html", "B", "c", "C"), pages(tmp.resolve(".out.previous")));
        assertEquals(inode("a/index.html"), Files.readAttributes(tmp.resolve(".out.previous/a/index.html"),
                BasicFileAttributes.class).fileKey(), "the kept copy links the live files");
        assertEquals(false, KeptOutput.keep(out, first), "a kept output is never replaced");

        Map<String, String> origins = Map.of("a/index.html", "test", "b/index.html", "test", "c", "test");
        try (Staging staging = new Staging(out, site, site.resolve("static"), List.of(), origins, first, true)) {
            // a is kept as recorded; b has another key; c has none, so it is never taken on trust
            assertTrue(staging.keepUnchanged("a/index.html", "A"));
            assertFalse(staging.keepUnchanged("b/index.html", "B2"));
            assertFalse(staging.keepUnchanged("c", ""));
            staging.write("b/index.html", "B2", "B2".getBytes(StandardCharsets.UTF_8));
            assertTrue(staging.reuse("c", "C"));
            staging.commit();
            assertEquals(java.util.Set.of("a/index.html", "b/index.html", "c"), staging.manifest().entries().keySet().stream()
                    .filter(path -> !path.startsWith("theme/")).collect(java.util.stream.Collectors.toSet()));
        }
        assertEquals(Map.of("a/index.html", "A", "b/index.html", "B2", "c", "C"), pages(out));
        assertEquals(Map.of("a/index.html", "A", "b/index.html", "B", "c", "C"), pages(tmp.resolve(".out.previous")),
                "the first output is kept as it was");
        assertEquals(List.of(".out.previous", "out", "site"), FileTree.names(tmp));
    }
}
