package org.dateline.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dateline.testing.FileTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What earlier builds left beside the output is dealt with when a build starts: a killed build's
 * staging folder goes, a kept output the build cannot bring up to date is deleted (beside the build,
 * done once {@link Leftovers#close} returns), a trash folder of a dead process goes too, and nothing
 * that is not Dateline's is touched.
 */
class LeftoversTest {

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


    private static Path marked(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("news"));
        Files.writeString(folder.resolve(OutputFolder.MARKER), "marker\n");
        Files.writeString(folder.resolve("news/index.html"), "old page\n");
        return folder;
    }

    @Test
    void aKeptOutputTheBuildCannotBringUpToDateIsDeletedAndTheLiveOneIsLeftAlone() {
        OutputManifest first = staged.build(Map.of("a/index.html", "A"), OutputManifest.EMPTY);
        staged.build(Map.of("a/index.html", "A2"), first);
        assertEquals(List.of(".out.previous", "out", "site"), FileTree.names(tmp));
        Map<String, String> live = FileTree.snapshot(out);

        // a build that does not know what the live output holds (no cache) cannot use the kept output
        try (Leftovers leftovers = Leftovers.clear(out, site, OutputManifest.EMPTY, true)) {
            assertTrue(Files.notExists(tmp.resolve(".out.previous")), "moved out of the way at once");
        }
        assertEquals(List.of("out", "site"), FileTree.names(tmp), "deleted once closed");
        assertEquals(live, FileTree.snapshot(out));
    }

    @Test
    void aKeptOutputTheBuildBringsUpToDateStays() {
        OutputManifest first = staged.build(Map.of("a/index.html", "A"), OutputManifest.EMPTY);
        OutputManifest second = staged.build(Map.of("a/index.html", "A2"), first);
        try (Leftovers leftovers = Leftovers.clear(out, site, second, true)) {
            assertEquals(List.of(".out.previous", "out", "site"), FileTree.names(tmp));
        }
        assertEquals(List.of(".out.previous", "out", "site"), FileTree.names(tmp));
    }

    @Test
    void aKilledBuildsStagingAndADeadProcesssTrashAreRemovedButForeignFoldersAreNot() throws IOException {
        staged.build(Map.of("a/index.html", "A"), OutputManifest.EMPTY);
        marked(tmp.resolve(".out.staging-123"));
        marked(tmp.resolve(".out.trash-999999999999-abc")); // no such process
        Path foreign = Files.createDirectories(tmp.resolve(".out.trash-999999999998-own"));
        Files.writeString(foreign.resolve("notes.txt"), "not Dateline's\n");

        try (Leftovers leftovers = Leftovers.clear(out, site, OutputManifest.EMPTY, true)) {
            assertTrue(Files.notExists(tmp.resolve(".out.staging-123")));
        }
        assertEquals(List.of(".out.trash-999999999998-own", "out", "site"), FileTree.names(tmp));
        assertEquals("A", Files.readString(out.resolve("a/index.html")));
    }

    @Test
    void anOutputFolderItMayNotWriteIsLeftForTheBuildToReport() throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("mine.txt"), "the user's\n");
        marked(tmp.resolve(".out.staging-123"));
        try (Leftovers leftovers = Leftovers.clear(out, site, OutputManifest.EMPTY, true)) {
            assertEquals(List.of(".out.staging-123", "out", "site"), FileTree.names(tmp));
        }
    }
}
