package org.dateline.write;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The folders one build has made (or found) below its staging folder, each with every folder above it:
 * a page's folder is made with one {@code mkdir}, once a build. Every page of a site has a folder of its
 * own, and {@code Files.createDirectories} tried each that existed again and then looked for the first
 * that did: 25,000 {@code mkdir} and 11,000 {@code access} calls for the 13,886 files of the
 * 10,000-article benchmark corpus, where 19,000 folders are made. Any thread: a folder is noted once it
 * exists, so two threads may both make it, and neither writes into one not yet made.
 */
final class MadeFolders {

    private final Set<Path> made = ConcurrentHashMap.newKeySet();

    /** Whether {@code folder} is {@code root} or this build made it (so every folder above it too). */
    boolean has(Path root, Path folder) {
        return folder.equals(root) || made.contains(folder);
    }

    /**
     * Makes {@code folder} below {@code root}, and the folders above it, where this build has not.
     *
     * @param replace whether a file (or link) where a folder belongs is deleted to make room, as in a kept
     *     output brought up to date; otherwise it is an error ({@link FileAlreadyExistsException})
     */
    void make(Path root, Path folder, boolean replace) throws IOException {
        if (has(root, folder)) {
            return;
        }
        make(root, folder.getParent(), replace);
        try {
            Files.createDirectory(folder);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                if (!replace) {
                    throw e;
                }
                Files.delete(folder); // a file where this build has a folder
                Files.createDirectory(folder);
            }
        }
        made.add(folder);
    }
}
