package org.dateline.load;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One article found by the scan, without its text: its path relative to the site root (with
 * {@code /}) and the SHA-256 of its bytes as the scan read them (checked to be UTF-8). The text is read
 * again, and checked against the digest, only where the article is parsed ({@link ArticleReader}), so
 * that a build never holds every article's text at once.
 */
public record ArticleSource(String relPath, String digest) {
    public ArticleSource {
        Objects.requireNonNull(relPath, "relPath");
        Objects.requireNonNull(digest, "digest");
    }

    /** The SHA-256 of {@code bytes}, in hex. */
    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
