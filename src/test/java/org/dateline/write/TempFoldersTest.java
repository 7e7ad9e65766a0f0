package org.dateline.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed without cleaning up (SIGKILL) leaves its folder; the next one with the same prefix removes it, and only it. */
class TempFoldersTest {

    /** Above the largest process id Linux (2^22) or macOS (99999) hands out: never alive. */
    private static final long DEAD_PID = Integer.MAX_VALUE;

    @TempDir
    Path root;

    private Path folder(String name) throws IOException {
        Path folder = Files.createDirectories(root.resolve(name).resolve("site/news"));
        Files.writeString(folder.resolve("index.html"), "<p>old</p>", StandardCharsets.UTF_8);
        return root.resolve(name);
    }

    @Test
    void theNextServerRemovesTheFolderOfAServerThatDiedAndKeepsEveryOther() throws IOException {
        Path dead = folder("dateline-serve-" + DEAD_PID + "-8213412");
        Path alive = folder("dateline-serve-" + ProcessHandle.current().pid() + "-5521");
        Path notOurs = folder("dateline-serve-backup");
        Path otherPrefix = folder("dateline-images-" + DEAD_PID + "-77");
        Path other = folder("somebody-else-" + DEAD_PID + "-1");
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "keep", StandardCharsets.UTF_8);
        Files.createSymbolicLink(dead.resolve("site/link"), outside);

        Path created = TempFolders.create(root, "dateline-serve-");

        assertFalse(Files.exists(dead), "the dead server's folder is left behind");
        assertTrue(Files.isRegularFile(alive.resolve("site/news/index.html")));
        assertTrue(Files.isRegularFile(notOurs.resolve("site/news/index.html")));
        assertTrue(Files.isRegularFile(otherPrefix.resolve("site/news/index.html")), "another prefix is another kind's");
        assertTrue(Files.isRegularFile(other.resolve("site/news/index.html")));
        assertEquals("keep", Files.readString(outside.resolve("keep.txt"), StandardCharsets.UTF_8), "a link was followed");
        assertTrue(created.getFileName().toString().startsWith("dateline-serve-" + ProcessHandle.current().pid() + "-"),
                created.toString());
        assertEquals(root.toRealPath(), created.getParent());
    }

    @Test
    void theEnginesImageScratchFoldersAreCleanedTheSameWay() throws IOException {
        Path dead = folder("dateline-images-" + DEAD_PID + "-3");
        Path alive = folder("dateline-images-" + ProcessHandle.current().pid() + "-4");

        Path created = TempFolders.create(root, TempFolders.IMAGES);

        assertFalse(Files.exists(dead), "a killed build's resized images are left behind");
        assertTrue(Files.isRegularFile(alive.resolve("site/news/index.html")));
        assertTrue(created.getFileName().toString().startsWith("dateline-images-" + ProcessHandle.current().pid() + "-"),
                created.toString());
    }

    @Test
    void aFolderThatIsALinkIsNeverFollowed() throws IOException {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "keep", StandardCharsets.UTF_8);
        Files.createSymbolicLink(root.resolve("dateline-serve-" + DEAD_PID + "-1"), outside);
        TempFolders.removeAbandoned(root, "dateline-serve-");
        try (Stream<Path> files = Files.list(outside)) {
            assertEquals(List.of(outside.resolve("keep.txt")), files.toList());
        }
    }
}
