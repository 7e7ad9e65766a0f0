package org.dateline.load;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * The two kinds of an article's digest ({@link ArticleSource#digest}), told apart by their text.
 *
 * <p>{@link #LASTING} is SHA-256: a digest that outlives the build (a persistent cache's key, the
 * state a later build compares with) must resist a crafted collision, or an edit made to collide
 * would keep an earlier rendering that nobody sees in the source. {@link #QUICK} is CRC-32C, CRC-32
 * and the length: for a digest that dies with the build, which only tells whether a file changed
 * between the scan and its reading (an accident, not an attack: two different polynomials miss a
 * random change with a chance of 2<sup>-64</sup>). The builds run with the C1 compiler only, which
 * has the CRC intrinsics but not SHA-256's: hashing 10,000 articles (49 MB) took ~1 s of CPU with
 * SHA-256 and ~0.02 s with the CRCs.
 */
public enum ArticleDigest {
    LASTING {
        @Override
        String of(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no SHA-256", e);
            }
        }
    },
    QUICK {
        @Override
        String of(byte[] bytes) {
            return PREFIX + HexFormat.of().formatHex(crcs(bytes, bytes.length)) + "-" + bytes.length;
        }
    };

    /**
     * The CRC-32C and then the CRC-32 of the first {@code length} bytes, 8 bytes big-endian: a
     * {@link #QUICK} digest's, and the cache's check of its entries. Both are intrinsics under C1.
     */
    public static byte[] crcs(byte[] bytes, int length) {
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes, 0, length);
        CRC32 ieee = new CRC32();
        ieee.update(bytes, 0, length);
        int c = (int) castagnoli.getValue();
        int i = (int) ieee.getValue();
        return new byte[] {(byte) (c >>> 24), (byte) (c >>> 16), (byte) (c >>> 8), (byte) c,
            (byte) (i >>> 24), (byte) (i >>> 16), (byte) (i >>> 8), (byte) i};
    }

    /** How a {@link #QUICK} digest starts; a SHA-256 in hex never does. */
    private static final String PREFIX = "crc:";

    /** The digest of {@code bytes}, of this kind. */
    abstract String of(byte[] bytes);

    /** The kind of {@code digest}. */
    public static ArticleDigest of(String digest) {
        return digest.startsWith(PREFIX) ? QUICK : LASTING;
    }

    /** How the scan and the reader hash an article's bytes; tests count the calls. */
    @FunctionalInterface
    interface Hasher {
        Hasher DIRECT = (kind, bytes) -> kind.of(bytes);

        String digest(ArticleDigest kind, byte[] bytes);
    }
}
