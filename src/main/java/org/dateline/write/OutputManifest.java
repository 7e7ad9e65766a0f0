package org.dateline.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a build left in its output folder: for every file, the key of what it was made from (for a
 * page, the fingerprint of its template context; "" when unknown), and its size and modification time,
 * so that the next build can tell an untouched file from one edited by hand. No digest of the bytes:
 * a build that renders a page again compares the new bytes with the live file itself (see
 * {@code Staging#write}), which costs a read of the few files that keep their size, where hashing
 * every page cost a cold build a tenth of its CPU.
 *
 * @param output the absolute output folder the entries describe
 */
public record OutputManifest(String output, Map<String, Entry> entries) {

    /** No previous output: every file is written. */
    public static final OutputManifest EMPTY = new OutputManifest("", Map.of());

    /** The bytes of every file the output holds. */
    public long totalBytes() {
        return entries.values().stream().mapToLong(Entry::size).sum();
    }

    private static final int MAGIC = 0x444c4d32; // "DLM2": DLM1 entries held a SHA-256 of the bytes

    public OutputManifest {
        Objects.requireNonNull(output, "output");
        entries = Map.copyOf(entries);
    }

    /** One file of the output. */
    public record Entry(String key, long size, long modified) {
        public Entry {
            Objects.requireNonNull(key, "key");
        }
    }

    /** The manifest as bytes, prefixed with {@code stamp} (the Dateline version) so another version's is refused. */
    public byte[] encode(String stamp) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeUTF(stamp);
            out.writeUTF(output);
            out.writeInt(entries.size());
            for (Map.Entry<String, Entry> entry : new TreeMap<>(entries).entrySet()) {
                out.writeUTF(entry.getKey());
                out.writeUTF(entry.getValue().key());
                out.writeLong(entry.getValue().size());
                out.writeLong(entry.getValue().modified());
            }
            out.writeUTF(sha256(bytes.toByteArray()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the output manifest", e);
        }
        return bytes.toByteArray();
    }

    /** The manifest {@link #encode} made with the same {@code stamp}; empty if the bytes are anything else. */
    public static Optional<OutputManifest> decode(byte[] data, String stamp) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(stamp)) {
                return Optional.empty();
            }
            String output = in.readUTF();
            int count = in.readInt();
            if (count < 0 || count > data.length) {
                return Optional.empty();
            }
            Map<String, Entry> entries = new HashMap<>();
            for (int i = 0; i < count; i++) {
                entries.put(in.readUTF(), new Entry(in.readUTF(), in.readLong(), in.readLong()));
            }
            int bodyLength = data.length - in.available();
            String checksum = in.readUTF();
            if (in.available() != 0 || !checksum.equals(sha256(java.util.Arrays.copyOf(data, bodyLength)))) {
                return Optional.empty();
            }
            return Optional.of(new OutputManifest(output, entries));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The SHA-256 of {@code bytes}, in hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
