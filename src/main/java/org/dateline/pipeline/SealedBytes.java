package org.dateline.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The framing of the files the cache folder keeps about the last build ({@link SiteState},
 * {@link FreshIndex}, {@link SummaryPack}): a magic number, the Dateline stamp, the fields, then a
 * CRC32C of everything before it, so that a truncated, altered or another Dateline's file is told
 * apart and never trusted.
 *
 * <p>A checksum against damage, not a seal against an attacker: whoever can write the cache folder
 * can write a matching checksum of any kind (an unkeyed SHA-256 included). CRC32C catches every
 * error burst of up to 32 bits and any other damage but for one in 2^32, and the JVM computes it
 * with the processor's instruction even before the JIT has compiled anything: a SHA-256 of the
 * 10,000-article corpus's 13 MB pack took 180 ms of a one-shot build (the C1 compiler a build runs
 * has no SHA intrinsic), its CRC32C takes 3 ms.
 */
final class SealedBytes {

    /** The bytes of the checksum that ends the file. */
    static final int TRAILER = Integer.BYTES;
    /** The most a read of {@link #readFile} asks for: the JDK reads that much through a buffer on the stack. */
    private static final int CHUNK = 8192;

    /** What writes a file's fields. */
    interface Fields {
        void write(DataOutputStream out) throws IOException;
    }

    private SealedBytes() {
    }

    /**
     * The bytes of {@code file}, as {@link Files#readAllBytes} gives them (a missing file throws
     * {@link NoSuchFileException}), read 8 KB a call into one array. {@code readAllBytes} reads a file of the
     * default file system through a temporary native buffer of the file's size, fresh memory whose every page
     * is a fault: in a fresh JVM it took 75 ms of CPU for the 10,000-article corpus's 10 MB summaries pack,
     * 18 ms for its 1.6 MB site record; this way 7 ms and 2.5 ms.
     */
    static byte[] readFile(Path file) throws IOException {
        if (file.getFileSystem() != FileSystems.getDefault()) {
            return Files.readAllBytes(file);
        }
        FileInputStream in;
        try {
            in = new FileInputStream(file.toFile());
        } catch (FileNotFoundException e) {
            if (Files.notExists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            throw e;
        }
        try (in) {
            long size = in.getChannel().size();
            if (size > Integer.MAX_VALUE - CHUNK) {
                throw new IOException(file + " is too large to read");
            }
            byte[] data = new byte[(int) size];
            int at = 0;
            while (true) {
                if (at == data.length) { // read to the end, as readAllBytes does: the file may have grown
                    int next = in.read();
                    if (next < 0) {
                        return data;
                    }
                    data = Arrays.copyOf(data, Math.max(2 * at, at + CHUNK));
                    data[at++] = (byte) next;
                }
                int read = in.read(data, at, Math.min(CHUNK, data.length - at));
                if (read < 0) {
                    return at == data.length ? data : Arrays.copyOf(data, at);
                }
                at += read;
            }
        }
    }

    /** @param what what the file holds, for the message of a bug that makes it unwritable */
    static byte[] seal(int magic, String stamp, int size, String what, Fields fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(size);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(magic);
            out.writeUTF(stamp);
            fields.write(out);
            out.writeInt(0); // the checksum's place
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode " + what, e);
        }
        byte[] data = bytes.toByteArray();
        int checksum = checksum(data);
        for (int i = 0; i < TRAILER; i++) {
            data[data.length - TRAILER + i] = (byte) (checksum >>> 8 * (TRAILER - 1 - i));
        }
        return data;
    }

    /** The fields of {@code data}, when it is intact and of this {@code magic} and {@code stamp}. */
    static Optional<DataInputStream> open(byte[] data, int magic, String stamp) {
        if (!intact(data)) {
            return Optional.empty();
        }
        DataInputStream in = stream(data, 0, data.length - TRAILER);
        try {
            return in.readInt() == magic && in.readUTF().equals(stamp) ? Optional.of(in) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes {@code instant} as the state files hold one: its epoch second, then its nanosecond. */
    static void instant(DataOutputStream out, java.time.Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    /** An instant {@link #instant(DataOutputStream, java.time.Instant)} wrote. */
    static java.time.Instant instant(DataInputStream in) throws IOException {
        return java.time.Instant.ofEpochSecond(in.readLong(), in.readInt());
    }

    /** What reads a file's fields: empty when they are not what it expects. */
    interface Reader<T> {
        Optional<T> read(DataInputStream in) throws IOException;
    }

    /**
     * What {@code fields} reads from {@code data}, when it is intact, of this {@code magic} and
     * {@code stamp}, and read to its end; empty when it is anything else or cannot be read.
     */
    static <T> Optional<T> read(byte[] data, int magic, String stamp, Reader<T> fields) {
        Optional<DataInputStream> opened = open(data, magic, stamp);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = opened.get()) {
            Optional<T> read = fields.read(in);
            return in.available() == 0 ? read : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code data} is such a file of another Dateline build (rather than a damaged one). */
    static boolean otherVersion(byte[] data, int magic, String stamp) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            return in.readInt() == magic && !in.readUTF().equals(stamp);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether the last {@value #TRAILER} bytes of {@code data} are the CRC32C of the others, big-endian (read in place, not copied). */
    static boolean intact(byte[] data) {
        if (data.length < TRAILER) {
            return false;
        }
        int stored = 0;
        for (int i = data.length - TRAILER; i < data.length; i++) {
            stored = stored << 8 | data[i] & 0xff;
        }
        return stored == checksum(data);
    }

    /** The CRC32C of all but the last {@value #TRAILER} bytes of {@code data}. */
    private static int checksum(byte[] data) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(data, 0, data.length - TRAILER);
        return (int) crc.getValue();
    }

    /**
     * The {@code length} bytes of {@code data} from {@code from} as a stream of the fields in them. Not a
     * {@link ByteArrayInputStream}: its every {@code read} takes a lock, and a {@link DataInputStream}
     * reads each number a byte at a time: a fresh JVM's edit of the 10,000-article corpus reads ~40,000
     * entries of the state files, some 1.5 million bytes one call each.
     */
    static DataInputStream stream(byte[] data, int from, int length) {
        return new DataInputStream(new Unlocked(data, from, length)) {
            @Override
            public byte[] readNBytes(int count) throws IOException {
                return in.readNBytes(count); // one copy, not InputStream's chunks of 8 KB and their concatenation
            }
        };
    }

    /** The bytes of an array, read without a lock: each stream is read by one thread. */
    private static final class Unlocked extends java.io.InputStream {
        private final byte[] data;
        private int at;
        private final int end;

        Unlocked(byte[] data, int from, int length) {
            java.util.Objects.checkFromIndexSize(from, length, data.length);
            this.data = data;
            this.at = from;
            this.end = from + length;
        }

        @Override
        public int read() {
            return at < end ? data[at++] & 0xff : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            java.util.Objects.checkFromIndexSize(offset, length, into.length);
            if (length == 0) {
                return 0;
            }
            if (at >= end) {
                return -1;
            }
            int count = Math.min(length, end - at);
            System.arraycopy(data, at, into, offset, count);
            at += count;
            return count;
        }

        @Override
        public byte[] readNBytes(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("count < 0");
            }
            int length = Math.min(count, end - at);
            byte[] read = java.util.Arrays.copyOfRange(data, at, at + length);
            at += length;
            return read;
        }

        @Override
        public long skip(long count) {
            int skipped = (int) Math.max(0, Math.min(count, end - at));
            at += skipped;
            return skipped;
        }

        @Override
        public int available() {
            return end - at;
        }
    }
}
