package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The framing of the cache folder's state files: every change of a byte is told, whatever it changes. */
class SealedBytesTest {

    private static final int MAGIC = 0x54455354;

    private static byte[] sealed() {
        return SealedBytes.seal(MAGIC, "stamp-1", 16, "a test file", out -> {
            out.writeUTF("politics/budget.md");
            out.writeLong(42);
        });
    }

    @Test
    void anIntactFileOpensToItsFields() throws IOException {
        byte[] data = sealed();
        // magic, the stamp (2 + 7), the path (2 + 18), the number (8), then the CRC32C, big-endian
        assertEquals(4 + 9 + 20 + 8 + 4, data.length);
        assertArrayEquals(new byte[] {0x4c, 0x22, (byte) 0xb7, 0x47},
                Arrays.copyOfRange(data, data.length - 4, data.length));
        try (DataInputStream in = SealedBytes.open(data, MAGIC, "stamp-1").orElseThrow()) {
            assertEquals("politics/budget.md", in.readUTF());
            assertEquals(42, in.readLong());
            assertEquals(0, in.available(), "the checksum is not among the fields");
        }
    }

    @Test
    void aChangedByteThatStillReadsIsRefused() {
        byte[] data = sealed();
        int at = 4 + 9 + 2; // the path's first letter: "politics" becomes "qolitics", still a valid text
        data[at]++;
        assertFalse(SealedBytes.intact(data));
        assertTrue(SealedBytes.open(data, MAGIC, "stamp-1").isEmpty());
        data[at]--;
        data[data.length - 1] ^= 1; // the checksum itself
        assertTrue(SealedBytes.open(data, MAGIC, "stamp-1").isEmpty());
    }

    @Test
    void aTruncatedOrEmptyFileIsRefused() {
        byte[] data = sealed();
        for (int length = 0; length < data.length; length++) {
            assertTrue(SealedBytes.open(Arrays.copyOf(data, length), MAGIC, "stamp-1").isEmpty(), "length " + length);
        }
    }

    @Test
    void anotherDatelinesFileIsToldFromADamagedOne() {
        byte[] data = sealed();
        assertTrue(SealedBytes.open(data, MAGIC, "stamp-2").isEmpty());
        assertTrue(SealedBytes.otherVersion(data, MAGIC, "stamp-2"));
        assertFalse(SealedBytes.otherVersion(data, MAGIC, "stamp-1"));
    }

    /** A stream of a slice of an array reads its fields as a stream of a copy of the slice would, and ends where it ends. */
    @Test
    void aStreamOfSomeBytesReadsThemAndNoMore() throws IOException {
        byte[] data = {9, 0, 2, 'h', 'i', 0, 0, 1, 0, (byte) 0xff, 9};
        try (DataInputStream in = SealedBytes.stream(data, 1, 9)) {
            assertEquals(9, in.available());
            assertEquals("hi", in.readUTF());
            assertEquals(256, in.readInt());
            assertEquals(1, in.skipBytes(5), "no more than the bytes left");
            assertEquals(0, in.available());
            assertEquals(-1, in.read());
            assertThrows(java.io.EOFException.class, in::readByte);
        }
        try (DataInputStream in = SealedBytes.stream(data, 8, 2)) {
            byte[] into = new byte[4];
            assertEquals(2, in.read(into, 1, 3));
            assertArrayEquals(new byte[] {0, 0, (byte) 0xff, 0}, into);
            assertEquals(-1, in.read(into, 0, 4));
            assertEquals(0, in.read(into, 0, 0));
        }
        try (DataInputStream in = SealedBytes.stream(data, 3, 4)) {
            assertArrayEquals(new byte[] {'h', 'i', 0}, in.readNBytes(3));
            assertArrayEquals(new byte[] {0}, in.readNBytes(5), "no more than the bytes left");
            assertArrayEquals(new byte[0], in.readNBytes(1));
        }
        assertThrows(IndexOutOfBoundsException.class, () -> SealedBytes.stream(data, 8, 4));
    }

    @Test
    void aFileIsReadWholeAsReadAllBytesReadsIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        byte[] large = new byte[3 * 8192 + 17]; // more than one read's worth, not a multiple of it
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31 + 7);
        }
        java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("large.bin"), large);
        assertArrayEquals(large, SealedBytes.readFile(file));
        java.nio.file.Path empty = java.nio.file.Files.write(dir.resolve("empty.bin"), new byte[0]);
        assertArrayEquals(new byte[0], SealedBytes.readFile(empty));
        assertThrows(java.nio.file.NoSuchFileException.class, () -> SealedBytes.readFile(dir.resolve("missing.bin")),
                "a missing file is told apart from an unreadable one, as readAllBytes tells it");
        assertThrows(IOException.class, () -> SealedBytes.readFile(dir));
    }
}
