package org.dateline.write;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MadeFoldersTest {

    @TempDir
    Path root;

    @Test
    void makesEachFolderAboveAndRemembersThem() throws Exception {
        MadeFolders folders = new MadeFolders();
        Path deep = root.resolve("2024/05/story");
        assertTrue(folders.has(root, root));
        assertFalse(folders.has(root, deep));
        folders.make(root, deep, false);
        assertTrue(Files.isDirectory(deep));
        assertTrue(folders.has(root, deep) && folders.has(root, root.resolve("2024/05")) && folders.has(root, root.resolve("2024")));
        // remembered: a folder deleted behind its back is not made again (the build owns the staging folder)
        Files.delete(deep);
        folders.make(root, deep, false);
        assertFalse(Files.exists(deep));
    }

    @Test
    void takesAFolderThatExistsAndRefusesAFileInTheWay() throws Exception {
        Files.createDirectories(root.resolve("tag/news"));
        Files.writeString(root.resolve("feed"), "a file, not a folder");
        MadeFolders folders = new MadeFolders();
        folders.make(root, root.resolve("tag/news/page"), false);
        assertTrue(Files.isDirectory(root.resolve("tag/news/page")));
        assertThrows(FileAlreadyExistsException.class, () -> folders.make(root, root.resolve("feed/2"), false));
        assertFalse(folders.has(root, root.resolve("feed")));
        // in a kept output brought up to date, the file gives way
        folders.make(root, root.resolve("feed/2"), true);
        assertTrue(Files.isDirectory(root.resolve("feed/2")));
    }
}
