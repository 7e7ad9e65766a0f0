package org.dateline.pipeline;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.assemble.Parallel;

/**
 * Every cached article's summary in one file ({@code summaries.pack} in the cache folder), so that a
 * build from the cache reads one file instead of one per article (10,000 opens, reads and closes for
 * the 10k corpus). Each entry is the article's key, its summary's bytes as {@link ArticleCache} keeps
 * them, and where its body lies in the article's own cache file, with the body's check (the 32 bytes
 * of {@code ArticleCache.check}: CRC-32C, CRC-32, length, zeros): a body is still read from that file
 * when a page shows it, and checked against this check as well as its own.
 *
 * <p>The file has the cache folder's framing ({@link SealedBytes}: magic, Dateline stamp, CRC32C of
 * everything), and it is read whole or not at all: a damaged or truncated pack is ignored with one
 * warning (every article's own file is read instead, as if there were no pack) and written again at
 * the end of the build; another Dateline's is ignored silently, as its article entries are (their
 * keys hold its stamp). It is written under a temporary name and renamed, only when the entries differ
 * from what the file holds. Safe to use from the build's worker threads.
 */
final class SummaryPack {

    static final String FILE = "summaries.pack";
    private static final int MAGIC = 0x444c5033; // "DLP3": summaries with positions by key number (ArticleCodec)
    /**
     * The formats before, whose summaries held each position's key as text ({@code DLP2}) and dates as
     * text ({@code DLP1}): another Dateline's, as its stamp says.
     */
    private static final List<Integer> OLD_MAGICS = List.of(0x444c5032, 0x444c5031);
    private static final int DIGEST = 32;
    /** Entries that may be missing from the file, or stale in it, before it is written again. */
    private static final int SLACK = 64;

    /**
     * One article's summary and where its body is. The summary and digest are slices of
     * {@code bytes}: for the entries read from the file, the file's bytes, held whole (one large array
     * the collector never copies, rather than 10,000 small ones it copies at every young collection).
     *
     * @param summaryAt where the summary's bytes ({@link ArticleCodec}) start in {@code bytes}
     * @param bodyOffset where the body starts in the article's cache file
     * @param digestAt where the check of the body's bytes starts in {@code bytes}
     */
    record Entry(byte[] bytes, int summaryAt, int summaryLength, long bodyOffset, int bodyLength, int digestAt) {

        /** An entry of its own bytes. */
        static Entry of(byte[] summary, long bodyOffset, int bodyLength, byte[] bodyDigest) {
            byte[] bytes = java.util.Arrays.copyOf(summary, summary.length + DIGEST);
            System.arraycopy(bodyDigest, 0, bytes, summary.length, DIGEST);
            return new Entry(bytes, 0, summary.length, bodyOffset, bodyLength, summary.length);
        }

        /** Whether {@code digest} is the body's check this entry holds. */
        boolean bodyIs(byte[] digest) {
            return java.util.Arrays.equals(bytes, digestAt, digestAt + DIGEST, digest, 0, DIGEST);
        }
    }

    private final Optional<Path> file;
    private final String stamp;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** The keys the file holds, as read or last written; empty when no intact file is known. */
    private Set<String> onDisk = Set.of();
    private volatile boolean loaded;
    /** The keys put since the file was read or written: their entries in the file, if any, are not theirs. */
    private final Set<String> put = ConcurrentHashMap.newKeySet();
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

    /**
     * Starts reading the file on a thread of its own, unless it is read: a {@link #get} meanwhile
     * waits for it, and one after a read that failed unexpectedly reads it again.
     */
    void prefetch() {
        if (!loaded) {
            Parallel.aside("dateline-pack-read", () -> {
                load();
                return null;
            });
        }
    }

    /** Records the entry of {@code key}, for the file written at the next {@link #retain}. */
    void put(String key, Entry entry) {
        if (file.isPresent()) {
            entries.put(key, entry);
            put.add(key);
        }
    }

    /** Forgets the entry of {@code key}: its summary turned out unreadable. */
    void forget(String key) {
        entries.remove(key);
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
        // an article edited since the file was written is read from its own file: not worth rewriting
        // every summary for a few (a fresh rebuild after one edit), until they add up
        long missing = entries.keySet().stream().filter(key -> put.contains(key) || !onDisk.contains(key)).count();
        long stale = onDisk.stream().filter(key -> !entries.containsKey(key)).count();
        if (missing + stale == 0 || !onDisk.isEmpty() && missing + stale <= Math.max(SLACK, entries.size() / 100)) {
            return;
        }
        Map<String, Entry> sorted = new TreeMap<>(entries);
        byte[] data = SealedBytes.seal(MAGIC, stamp, 1 << 20, "the summaries pack", out -> {
            out.writeInt(sorted.size());
            for (Map.Entry<String, Entry> one : sorted.entrySet()) {
                Entry entry = one.getValue();
                out.writeUTF(one.getKey());
                out.writeInt(entry.summaryLength());
                out.write(entry.bytes(), entry.summaryAt(), entry.summaryLength());
                out.writeLong(entry.bodyOffset());
                out.writeInt(entry.bodyLength());
                out.write(entry.bytes(), entry.digestAt(), DIGEST);
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
            put.clear();
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
            byte[] data = SealedBytes.readFile(file.orElseThrow());
            Optional<Map<String, Entry>> read = decode(data, stamp);
            if (read.isPresent()) {
                read.get().forEach(entries::putIfAbsent);
                onDisk = Set.copyOf(read.get().keySet());
            } else {
                damaged = !SealedBytes.otherVersion(data, MAGIC, stamp)
                        && OLD_MAGICS.stream().noneMatch(old -> SealedBytes.otherVersion(data, old, stamp));
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
        return SealedBytes.read(data, MAGIC, stamp, in -> {
            int end = data.length - SealedBytes.TRAILER; // the seal's checksum follows the entries
            int count = in.readInt();
            if (count < 0 || count > in.available()) {
                return Optional.empty();
            }
            Map<String, Entry> read = new java.util.HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String key = in.readUTF();
                int length = in.readInt();
                int at = end - in.available();
                if (length < 0 || length > in.available() - 8 - 4 - DIGEST || in.skipBytes(length) != length) {
                    return Optional.empty();
                }
                long offset = in.readLong();
                int bodyLength = in.readInt();
                int digestAt = end - in.available();
                if (offset < 0 || bodyLength < 0 || in.skipBytes(DIGEST) != DIGEST) {
                    return Optional.empty();
                }
                read.put(key, new Entry(data, at, length, offset, bodyLength, digestAt));
            }
            return Optional.of(read);
        });
    }
}
