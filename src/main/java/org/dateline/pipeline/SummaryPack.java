package org.dateline.pipeline;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every cached article's summary in one file ({@code summaries.pack} in the cache folder), so that a
 * build from the cache reads one file instead of one per article (10,000 opens, reads and closes for
 * the 10k corpus). Each entry is the article's key, its summary's bytes as {@link ArticleCache} keeps
 * them, and where its body lies in the article's own cache file, with the body's SHA-256: a body is
 * still read from that file when a page shows it, and checked against this digest as well as its own.
 *
 * <p>The file has the cache folder's framing ({@link SealedBytes}: magic, Dateline stamp, SHA-256 of
 * everything), and it is read whole or not at all: a damaged or truncated pack is ignored with one
 * warning (every article's own file is read instead, as if there were no pack) and written again at
 * the end of the build; another Dateline's is ignored silently, as its article entries are (their
 * keys hold its stamp). It is written under a temporary name and renamed, only when the entries differ
 * from what the file holds. Safe to use from the build's worker threads.
 */
final class SummaryPack {

    static final String FILE = "summaries.pack";
    private static final int MAGIC = 0x444c5031; // "DLP1"

    /**
     * One article's summary and where its body is.
     *
     * @param summary the summary's bytes ({@link ArticleCodec})
     * @param bodyOffset where the body starts in the article's cache file
     * @param bodyDigest the SHA-256 of the body's bytes
     */
    record Entry(byte[] summary, long bodyOffset, int bodyLength, byte[] bodyDigest) {
    }

    private final Optional<Path> file;
    private final String stamp;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** The keys the file holds, as read or last written; empty when no intact file is known. */
    private Set<String> onDisk = Set.of();
    private volatile boolean loaded;
    private volatile boolean changed;
    private boolean damaged;

    /** @param dir the cache folder, or empty for a pack that is never read or written */
    SummaryPack(Optional<Path> dir, String stamp) {
        this.file = dir.map(d -> d.resolve(FILE));
        this.stamp = stamp;
        this.loaded = dir.isEmpty();
    }

    /** The entry of {@code key}, from the file (read once, on the first call) or this build. */
    Optional<Entry> get(String key) {
        if (!loaded) {
            load();
        }
        return Optional.ofNullable(entries.get(key));
    }

    /** Records the entry of {@code key}, for the file written at the next {@link #retain}. */
    void put(String key, Entry entry) {
        if (file.isPresent()) {
            entries.put(key, entry);
            changed = true;
        }
    }

    /** Forgets the entry of {@code key}: its summary turned out unreadable. */
    void forget(String key) {
        if (entries.remove(key) != null) {
            changed = true;
        }
    }

    /**
     * Keeps the entries of {@code keys} only and writes the file if they are not what it holds; an
     * unwritable file only costs speed, and one that cannot be made whole is deleted.
     */
    synchronized void retain(Set<String> keys) {
        if (file.isEmpty()) {
            return;
        }
        if (!loaded) {
            load();
        }
        entries.keySet().retainAll(keys);
        if (!changed && onDisk.equals(entries.keySet())) {
            return;
        }
        Map<String, Entry> sorted = new TreeMap<>(entries);
        byte[] data = SealedBytes.seal(MAGIC, stamp, 1 << 20, "the summaries pack", out -> {
            out.writeInt(sorted.size());
            for (Map.Entry<String, Entry> one : sorted.entrySet()) {
                Entry entry = one.getValue();
                out.writeUTF(one.getKey());
                out.writeInt(entry.summary().length);
                out.write(entry.summary());
                out.writeLong(entry.bodyOffset());
                out.writeInt(entry.bodyLength());
                out.write(entry.bodyDigest());
            }
        });
        Path target = file.get();
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".", ".tmp");
            Files.write(temporary, data);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            onDisk = Set.copyOf(sorted.keySet());
            changed = false;
        } catch (IOException e) {
            onDisk = Set.of();
            try {
                Files.deleteIfExists(target);
            } catch (IOException ignored) {
                // the next build finds it damaged, warns once and reads every article's own file
            }
        }
    }

    /** Whether the file was found damaged since the last call (another Dateline's does not count). */
    synchronized boolean takeDamaged() {
        boolean was = damaged;
        damaged = false;
        return was;
    }

    private synchronized void load() {
        if (loaded) {
            return;
        }
        try {
            byte[] data = Files.readAllBytes(file.orElseThrow());
            Optional<Map<String, Entry>> read = decode(data, stamp);
            if (read.isPresent()) {
                read.get().forEach(entries::putIfAbsent);
                onDisk = Set.copyOf(read.get().keySet());
            } else {
                damaged = !SealedBytes.otherVersion(data, MAGIC, stamp);
            }
        } catch (NoSuchFileException e) {
            // no pack yet: every article's own file is read, and the pack is written at the end
        } catch (IOException e) {
            damaged = true;
        }
        loaded = true;
    }

    /** The entries {@link #retain} wrote with the same {@code stamp}; empty when the bytes are anything else. */
    static Optional<Map<String, Entry>> decode(byte[] data, String stamp) {
        Optional<DataInputStream> opened = SealedBytes.open(data, MAGIC, stamp);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = opened.get()) {
            int count = in.readInt();
            if (count < 0 || count > in.available()) {
                return Optional.empty();
            }
            Map<String, Entry> read = new java.util.HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                int length = in.readInt();
                if (length < 0 || length > in.available()) {
                    return Optional.empty();
                }
                byte[] summary = in.readNBytes(length);
                long offset = in.readLong();
                int bodyLength = in.readInt();
                byte[] digest = in.readNBytes(32);
                if (offset < 0 || bodyLength < 0 || digest.length != 32) {
                    return Optional.empty();
                }
                read.put(key, new Entry(summary, offset, bodyLength, digest));
            }
            return in.available() == 0 ? Optional.of(read) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
