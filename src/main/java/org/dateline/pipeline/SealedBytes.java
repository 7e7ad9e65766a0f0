package org.dateline.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The framing of the files the cache folder keeps about the last build ({@link SiteState},
 * {@link FreshIndex}): a magic number, the Dateline stamp, the fields, then a SHA-256 of everything
 * before it, so that a truncated, altered or another Dateline's file is told apart and never trusted.
 */
final class SealedBytes {

    private static final int DIGEST = 32;

    /** What writes a file's fields. */
    interface Fields {
        void write(DataOutputStream out) throws IOException;
    }

    private SealedBytes() {
    }

    /** @param what what the file holds, for the message of a bug that makes it unwritable */
    static byte[] seal(int magic, String stamp, int size, String what, Fields fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(size);
        java.security.MessageDigest digest = Fingerprints.sha256();
        try (DataOutputStream out = new DataOutputStream(new java.security.DigestOutputStream(bytes, digest))) {
            out.writeInt(magic);
            out.writeUTF(stamp);
            fields.write(out);
            out.flush();
            bytes.write(digest.digest()); // not through the digesting stream: the digest of everything before it
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode " + what, e);
        }
        return bytes.toByteArray();
    }

    /** The fields of {@code data}, when it is intact and of this {@code magic} and {@code stamp}. */
    static Optional<DataInputStream> open(byte[] data, int magic, String stamp) {
        if (!intact(data)) {
            return Optional.empty();
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(data, 0, data.length - DIGEST));
        try {
            return in.readInt() == magic && in.readUTF().equals(stamp) ? Optional.of(in) : Optional.empty();
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

    /** Whether the last {@value #DIGEST} bytes of {@code data} are the SHA-256 of the others (read in place, not copied). */
    static boolean intact(byte[] data) {
        if (data.length < DIGEST) {
            return false;
        }
        java.security.MessageDigest digest = Fingerprints.sha256();
        digest.update(data, 0, data.length - DIGEST);
        return Arrays.equals(digest.digest(), 0, DIGEST, data, data.length - DIGEST, data.length);
    }
}
