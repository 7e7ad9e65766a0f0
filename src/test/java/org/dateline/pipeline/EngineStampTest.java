package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code hash that keeps caches of other builds of Dateline out: from a jar's entries, not its bytes. */
class EngineStampTest {

    @TempDir
    Path tmp;

    private Path jar(String name, long time, String... entries) throws IOException {
        Path jar = tmp.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (int i = 0; i < entries.length; i += 2) {
                ZipEntry entry = new ZipEntry(entries[i]);
                entry.setTime(time);
                zip.putNextEntry(entry);
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void aJarRebuiltFromTheSameClassesKeepsItsHash() throws IOException {
        Path first = jar("a.jar", 1_000_000_000_000L, "org/A.class", "one", "org/B.class", "two");
        Path again = jar("b.jar", 1_700_000_000_000L, "org/A.class", "one", "org/B.class", "two");
        assertNotEquals(-1, Files.mismatch(first, again), "the jars' bytes differ (entry times)");
        assertEquals(EngineStamp.codeHash(first), EngineStamp.codeHash(again));
    }

    @Test
    void aClassChangedToTheSameSizeChangesTheHash() throws IOException {
        Path first = jar("a.jar", 1_000_000_000_000L, "org/A.class", "one", "org/B.class", "two");
        Path changed = jar("b.jar", 1_000_000_000_000L, "org/A.class", "one", "org/B.class", "owt");
        assertNotEquals(EngineStamp.codeHash(first), EngineStamp.codeHash(changed));
    }

    @Test
    void aRenamedOrAddedEntryChangesTheHash() throws IOException {
        Path first = jar("a.jar", 1_000_000_000_000L, "org/A.class", "one");
        assertNotEquals(EngineStamp.codeHash(first), EngineStamp.codeHash(jar("b.jar", 1_000_000_000_000L, "org/C.class", "one")));
        assertNotEquals(EngineStamp.codeHash(first), EngineStamp.codeHash(jar("c.jar", 1_000_000_000_000L,
                "org/A.class", "one", "org/B.class", "")));
    }

    @Test
    void aClassFolderIsHashedByPathAndBytes() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("classes/org"));
        Files.writeString(folder.resolve("A.class"), "one", StandardCharsets.UTF_8);
        String before = EngineStamp.codeHash(tmp.resolve("classes"));
        Files.writeString(folder.resolve("A.class"), "owe", StandardCharsets.UTF_8);
        assertNotEquals(before, EngineStamp.codeHash(tmp.resolve("classes")));
        assertEquals(24, before.length(), "12 bytes in hex");
    }

    @Test
    void aJarsHashIsTwelveBytesInHex() throws IOException {
        String hash = EngineStamp.codeHash(jar("a.jar", 1_000_000_000_000L, "org/A.class", "one"));
        assertTrue(hash.matches("[0-9a-f]{24}"), hash);
    }

    @Test
    void aStampedJarHoldsItsOwnHashWhichItsEntriesStillGive() throws IOException {
        // the stamp's folders are there, as in Dateline's jar: the stamp adds its own entry alone
        Path jar = jar("a.jar", 1_000_000_000_000L, "org/", "", "org/dateline/", "", "org/dateline/pipeline/", "",
                "org/A.class", "one", "org/B.class", "two");
        String hash = EngineStamp.codeHash(jar);
        EngineStamp.main(new String[] {jar.toString()});
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            ZipEntry stamp = zip.getEntry(EngineStamp.STAMP);
            assertEquals(hash, new String(zip.getInputStream(stamp).readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(hash, EngineStamp.codeHash(jar), "the stamp's entry is left out of the hash");
        EngineStamp.main(new String[] {jar.toString()});
        assertEquals(hash, EngineStamp.codeHash(jar), "stamped again, the same");
    }

    @Test
    void aStampedJarWithAChangedClassHashesOtherwise() throws IOException {
        Path first = jar("a.jar", 1_000_000_000_000L, "org/A.class", "one");
        Path changed = jar("b.jar", 1_000_000_000_000L, "org/A.class", "owe");
        EngineStamp.main(new String[] {first.toString()});
        EngineStamp.main(new String[] {changed.toString()});
        assertNotEquals(EngineStamp.codeHash(first), EngineStamp.codeHash(changed));
    }
}
