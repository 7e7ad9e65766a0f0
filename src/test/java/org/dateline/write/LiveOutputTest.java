package org.dateline.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check of the live output ({@link LiveOutput#check}) finds it exactly as a manifest records it, or
 * finds nothing; a staging folder told of the check ({@link Staging#checked}) takes pages over from
 * the live output without looking at each file again, and only when it was given the very manifest
 * that was checked.
 */
class LiveOutputTest {

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



    private Object inode(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    @Test
    void theCheckedPagesAreTakenOverAndTheOthersWritten() throws IOException {
        OutputManifest first = staged.build(Map.of("a/index.html", "A", "b/index.html", "B"), OutputManifest.EMPTY);
        OutputManifest second = staged.build(Map.of("a/index.html", "A", "b/index.html", "B2"), first);
        Object a = inode(out.resolve("a/index.html"));
        Optional<LiveOutput> live = LiveOutput.check(out, site, second);
        assertTrue(live.isPresent(), "the output the second build left");

        try (Staging staging = staged.staging(Map.of("a/index.html", "A", "b/index.html", "B3"), second)) {
            staging.checked(live.get().withKept(Optional.of(second.entries().keySet()), Optional.empty()));
            assertTrue(staging.reuse("a/index.html", "A"));
            assertFalse(staging.reuse("b/index.html", "B3"), "another key");
            staging.write("b/index.html", "B3", "B3".getBytes(StandardCharsets.UTF_8));
            staging.commit();
        }
        assertEquals("A", Files.readString(out.resolve("a/index.html")));
        assertEquals("B3", Files.readString(out.resolve("b/index.html")));
        assertEquals(a, inode(out.resolve("a/index.html")), "the live file, linked");
        assertEquals("B2", Files.readString(tmp.resolve(".out.previous/b/index.html")), "the second output is kept");
    }

    @Test
    void aKeptFileIsTheLiveOneUnlessTheLastBuildWroteItAnew() throws IOException {
        OutputManifest first = staged.build(Map.of("a/index.html", "A", "b/index.html", "B"), OutputManifest.EMPTY);
        java.util.Set<String> renewed;
        OutputManifest second;
        try (Staging staging = staged.staging(Map.of("a/index.html", "A", "b/index.html", "B2", "c/index.html", "C"), first)) {
            assertTrue(staging.reuse("a/index.html", "A"));
            staging.write("b/index.html", "B2", "B2".getBytes(StandardCharsets.UTF_8));
            staging.write("c/index.html", "C", "C".getBytes(StandardCharsets.UTF_8));
            staging.commit();
            second = staging.manifest();
            renewed = staging.renewed();
        }
        assertEquals(java.util.Set.of("b/index.html", "c/index.html"), renewed, "the files written, not linked");
        assertEquals(inode(out.resolve("a/index.html")), inode(tmp.resolve(".out.previous/a/index.html")), "one file");
        assertEquals("B", Files.readString(tmp.resolve(".out.previous/b/index.html")), "the first build's");

        LiveOutput live = LiveOutput.check(out, site, second).orElseThrow();
        java.util.Set<String> keptHolds = first.entries().keySet();
        LiveOutput told = live.withKept(Optional.of(keptHolds), Optional.of(renewed));
        assertTrue(told.shares("a/index.html"));
        assertFalse(told.shares("b/index.html"), "written anew: the kept file is the first build's");
        assertFalse(told.shares("c/index.html"), "not in the kept output");
        assertFalse(told.shares(".dateline-output"), "not a file the manifest records");
        assertFalse(live.withKept(Optional.of(keptHolds), Optional.empty()).shares("a/index.html"), "nothing known of the writes");
        assertFalse(live.withKept(Optional.empty(), Optional.of(renewed)).shares("a/index.html"), "nothing known of the kept output");

        // a page the next build takes over is the kept file itself, never looked at: the trust README states
        try (Staging staging = staged.staging(Map.of("a/index.html", "A", "b/index.html", "B2", "c/index.html", "C"), second)) {
            staging.checked(told);
            assertTrue(staging.keepUnchanged("a/index.html", "A"));
            assertTrue(staging.reuse("b/index.html", "B2"));
            assertTrue(staging.reuse("c/index.html", "C"));
            staging.commit();
            assertEquals(java.util.Set.of(), staging.renewed(), "every file linked or kept");
        }
        assertEquals("A", Files.readString(out.resolve("a/index.html")));
        assertEquals("B2", Files.readString(out.resolve("b/index.html")));
    }

    @Test
    void anOutputThatIsNotTheRecordedOneGivesNoCheck() throws IOException {
        OutputManifest first = staged.build(Map.of("a/index.html", "A", "b/index.html", "B"), OutputManifest.EMPTY);
        assertTrue(LiveOutput.check(out, site, first).isPresent());
        assertFalse(LiveOutput.check(out, site, OutputManifest.EMPTY).isPresent(), "nothing recorded");
        assertFalse(LiveOutput.check(out, site, new OutputManifest(tmp.resolve("elsewhere").toString(), first.entries()))
                .isPresent(), "another folder's manifest");

        Path b = out.resolve("b/index.html");
        Files.writeString(b, "B, longer");
        assertFalse(LiveOutput.check(out, site, first).isPresent(), "a file of another size");
        assertFalse(Staging.isIntact(out, site, first));
        Files.delete(b);
        assertFalse(LiveOutput.check(out, site, first).isPresent(), "a file gone");
        Files.writeString(b, "B");
        Files.setLastModifiedTime(b, java.nio.file.attribute.FileTime.fromMillis(first.entries().get("b/index.html").modified()));
        assertTrue(LiveOutput.check(out, site, first).isPresent(), "the same size and time again");
    }

    @Test
    void aCheckTrustsTheOutputUntilTheSwapAndServesOnlyTheManifestItChecked() throws IOException {
        OutputManifest first = staged.build(Map.of("a/index.html", "A"), OutputManifest.EMPTY);
        Optional<LiveOutput> live = LiveOutput.check(out, site, first);
        assertTrue(live.isPresent());
        Files.writeString(out.resolve("a/index.html"), "edited after the check");

        // an equal manifest, not the one checked: the file is looked at, and its page is not taken over
        OutputManifest equal = new OutputManifest(first.output(), first.entries());
        try (Staging staging = staged.staging(Map.of("a/index.html", "A"), equal)) {
            staging.checked(live.get());
            assertFalse(staging.reuse("a/index.html", "A"), "the file is not the recorded one");
        }
        // the manifest checked: what the check found stands (as a stat at reuse stands until the swap)
        try (Staging staging = staged.staging(Map.of("a/index.html", "A"), first)) {
            staging.checked(live.get());
            assertTrue(staging.reuse("a/index.html", "A"), "taken over as the check found it");
        }
    }
}
