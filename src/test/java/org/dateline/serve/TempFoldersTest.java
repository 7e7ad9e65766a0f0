package org.dateline.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server killed without cleaning up (SIGKILL) leaves its folder; the next server removes it, and only it. */
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
        Path other = folder("somebody-else-" + DEAD_PID + "-1");
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "keep", StandardCharsets.UTF_8);
        Files.createSymbolicLink(dead.resolve("site/link"), outside);

        Path created = TempFolders.create(root);

        assertFalse(Files.exists(dead), "the dead server's folder is left behind");
        assertTrue(Files.isRegularFile(alive.resolve("site/news/index.html")));
        assertTrue(Files.isRegularFile(notOurs.resolve("site/news/index.html")));
        assertTrue(Files.isRegularFile(other.resolve("site/news/index.html")));
        assertEquals("keep", Files.readString(outside.resolve("keep.txt"), StandardCharsets.UTF_8), "a link was followed");
        assertTrue(created.getFileName().toString().startsWith("dateline-serve-" + ProcessHandle.current().pid() + "-"),
                created.toString());
        assertEquals(root.toRealPath(), created.getParent());
    }

    @Test
    void aStartingServerNamesItsFolderAfterItsProcess(@TempDir Path tmp) {
        try (ServedSite served = new ServedSite(TestSites.copy("serve", tmp), Optional.empty())) {
            served.awaitRebuild();
            String name = served.server.output().getParent().getFileName().toString();
            assertTrue(name.startsWith("dateline-serve-" + ProcessHandle.current().pid() + "-"), name);
        }
    }

    @Test
    void aFolderThatIsALinkIsNeverFollowed() throws IOException {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "keep", StandardCharsets.UTF_8);
        Files.createSymbolicLink(root.resolve("dateline-serve-" + DEAD_PID + "-1"), outside);
        TempFolders.removeAbandoned(root);
        try (Stream<Path> files = Files.list(outside)) {
            assertEquals(List.of(outside.resolve("keep.txt")), files.toList());
        }
    }
}
