package org.dateline.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The keys of a cache folder's articles ({@link ArticleCache#key}): the SHA-256 of the stamp, the
 * configuration's fingerprint, the article's path and the digest of its bytes, each after its UTF-8
 * length in four bytes. The digest of the first two, common to every key of a build, is made once and
 * cloned for each key (never updated after, so threads share it), where each key digested the same
 * bytes again with a {@code MessageDigest} of its own. Safe to use from the build's worker threads.
 */
final class ArticleKeys {

    /** The digest of the stamp and one configuration fingerprint. */
    private record Prefix(String configFingerprint, MessageDigest digest) {
    }

    private final String stamp;
    /** The common start of the keys of the last configuration fingerprint keyed. */
    private volatile Prefix prefix;

    ArticleKeys(String stamp) {
        this.stamp = stamp;
    }

    String key(String relPath, String bytesDigest, String configFingerprint) {
        Prefix known = prefix;
        if (known == null || !known.configFingerprint().equals(configFingerprint)) {
            MessageDigest digest = Fingerprints.sha256();
            part(digest, stamp);
            part(digest, configFingerprint);
            known = new Prefix(configFingerprint, digest);
            prefix = known;
        }
        MessageDigest digest;
        try {
            digest = (MessageDigest) known.digest().clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 cannot be cloned", e);
        }
        part(digest, relPath);
        part(digest, bytesDigest);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** One part of a key's digest: its UTF-8 length as four bytes, then the bytes. */
    private static void part(MessageDigest digest, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                (byte) (bytes.length >>> 8), (byte) bytes.length});
        digest.update(bytes);
    }
}
