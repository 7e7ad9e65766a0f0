package org.dateline.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Parsed and rendered articles by key (the article's path and text, the configuration and the
 * Dateline build, see {@link #key}), in memory for the engine's next build and, unless the cache is
 * off, as one file per article under {@code DIR/articles/}. A file is trusted only if its magic,
 * stamp, key and checksum all match; anything else counts as {@link #damaged} and is rendered
 * again. Files are written under a temporary name and renamed, so a killed build leaves no half file.
 * Safe to use from the build's worker threads.
 */
final class ArticleCache {

    static final String ARTICLES = "articles";
    private static final int MAGIC = 0x444c4131; // "DLA1"

    private final Optional<Path> dir;
    private final String stamp;
    private final Map<String, CachedArticle> memory = new ConcurrentHashMap<>();
    private final AtomicInteger damaged = new AtomicInteger();
    private final Map<String, Known> keys = new ConcurrentHashMap<>();
    /** The entries on disk after the last {@link #retain}, once it has listed the folder. */
    private Optional<Set<String>> onDisk = Optional.empty();
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    /** @param dir the cache folder, or empty for a cache that lives only as long as this object */
    ArticleCache(Optional<Path> dir, String stamp) {
        this.dir = dir.map(d -> d.resolve(ARTICLES));
        this.stamp = stamp;
    }

    /** The key of an article: its path and text, the configuration's fingerprint and the stamp. */
    String key(String relPath, String text, String configFingerprint) {
        Known known = keys.get(relPath);
        // an unchanged file keeps its text's object from build to build (the engine reads only changed files)
        if (known != null && known.text() == text && known.fingerprint().equals(configFingerprint)) {
            return known.key();
        }
        String key = digest(relPath, text, configFingerprint);
        keys.put(relPath, new Known(text, configFingerprint, key));
        return key;
    }

    /** The last key computed for a path, with what it was computed from. */
    private record Known(String text, String fingerprint, String key) {
    }

    private String digest(String relPath, String text, String configFingerprint) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(stamp, configFingerprint, relPath, text)) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                        (byte) (bytes.length >>> 8), (byte) bytes.length});
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    Optional<CachedArticle> get(String key) {
        CachedArticle known = memory.get(key);
        if (known != null || dir.isEmpty()) {
            return Optional.ofNullable(known);
        }
        byte[] data;
        try {
            data = Files.readAllBytes(file(key));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            damaged.incrementAndGet();
            return Optional.empty();
        }
        Optional<CachedArticle> article = decode(data, key);
        if (article.isEmpty()) {
            damaged.incrementAndGet();
        } else {
            memory.put(key, article.get());
        }
        return article;
    }

    void put(String key, CachedArticle article) {
        memory.put(key, article);
        if (dir.isEmpty()) {
            return;
        }
        Optional<byte[]> data = encode(key, article);
        if (data.isEmpty()) {
            return;
        }
        Path file = file(key);
        written.add(key);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), ".", ".tmp");
            Files.write(temporary, data.get());
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // an unwritable cache only costs speed; the next build renders the article again
        }
    }

    /**
     * Forgets every entry not in {@code keys}, in memory and on disk (entries of earlier versions of
     * files). The folder is listed on the first call only: later calls delete the entries this object
     * kept or wrote since that are not in {@code keys}.
     */
    void retain(Set<String> keys) {
        memory.keySet().retainAll(keys);
        this.keys.values().removeIf(known -> !keys.contains(known.key()));
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
            return;
        }
        if (onDisk.isPresent()) {
            Set<String> gone = new java.util.HashSet<>(onDisk.get());
            gone.addAll(written);
            gone.removeAll(keys);
            for (String key : gone) {
                try {
                    Files.deleteIfExists(file(key));
                } catch (IOException e) {
                    // left for a later build to prune
                }
            }
            written.clear();
            onDisk = Optional.of(Set.copyOf(keys));
            return;
        }
        written.clear();
        onDisk = Optional.of(Set.copyOf(keys));
        try (Stream<Path> walk = Files.walk(dir.get(), 2)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                String name = path.getFileName().toString();
                if (!name.endsWith(".bin") || !keys.contains(name.substring(0, name.length() - 4))) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            // left for the next build to prune
        }
    }

    /** The one warning about the cache files found unreadable, damaged or not this Dateline's since the last call. */
    Optional<org.dateline.diag.Problem> damagedWarning(String shown) {
        int count = takeDamaged();
        return count == 0 ? Optional.empty() : Optional.of(org.dateline.diag.Problem.warning(
                org.dateline.diag.SourcePosition.of(shown), count + (count == 1 ? " cache entry was" : " cache entries were")
                        + " damaged or unreadable, so those articles were rendered again",
                "nothing to do: the cache has been rewritten; if this repeats, check the disk or delete the folder"));
    }

    /** How many cache files were unreadable, damaged or not this Dateline's since the last call. */
    int takeDamaged() {
        return damaged.getAndSet(0);
    }

    private Path file(String key) {
        return dir.orElseThrow().resolve(key.substring(0, 2)).resolve(key + ".bin");
    }

    private Optional<byte[]> encode(String key, CachedArticle article) {
        try {
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(payload)) {
                ArticleCodec.write(out, article);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(MAGIC);
                out.writeUTF(stamp);
                out.writeUTF(key);
                out.writeInt(payload.size());
                out.write(payload.toByteArray());
                out.write(sha256(payload.toByteArray()));
            }
            return Optional.of(bytes.toByteArray());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<CachedArticle> decode(byte[] data, String key) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(stamp) || !in.readUTF().equals(key)) {
                return Optional.empty();
            }
            int length = in.readInt();
            if (length < 0 || length + 32 != in.available()) {
                return Optional.empty();
            }
            byte[] payload = in.readNBytes(length);
            if (!Arrays.equals(in.readNBytes(32), sha256(payload))) {
                return Optional.empty();
            }
            try (DataInputStream body = new DataInputStream(new ByteArrayInputStream(payload))) {
                CachedArticle article = ArticleCodec.read(body);
                return body.available() == 0 ? Optional.of(article) : Optional.empty();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
