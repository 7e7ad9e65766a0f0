package org.dateline.pipeline;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.dateline.render.ArticleBody;
import org.dateline.render.RenderedArticle;

/**
 * Parsed and rendered articles by key (the article's path and bytes, the configuration and the
 * Dateline build, see {@link #key}), in memory for the engine's next build and, unless the cache is
 * off, as one file per article under {@code DIR/articles/}. A file is trusted only if its magic,
 * stamp, key and checksums all match; anything else counts as {@link #damaged} and is rendered
 * again. A file holds the article's summary and, apart, its body: a build reads every summary but
 * only the bodies of the pages it renders, checking each body's own checksum when it reads it ({@link #check}). Files are written under a temporary name and renamed, so a killed build leaves no half file.
 * Safe to use from the build's worker threads.
 */
final class ArticleCache {

    static final String ARTICLES = "articles";
    // "DLA5": the summary (positions as one file and key numbers; DLA4: a file and key string each; DLA3:
    // dates as ISO text), then the body; CRC checks (DLA2: SHA-256)
    private static final int MAGIC = 0x444c4135;

    private final Optional<Path> dir;
    private final String stamp;
    /** Every entry's summary in one file, read instead of the entries' own files where it can. */
    private final SummaryPack pack;
    /**
     * Sized for a site of ~10,000 articles: a fresh start fills it from both workers, and from its
     * default size it was resized ten times on the way, the workers helping to move every entry.
     */
    private final Map<String, CachedArticle> memory = new ConcurrentHashMap<>(1 << 13);
    private final AtomicInteger damaged = new AtomicInteger();
    /** The names, tags and places that recur across the summaries read, made once (see {@link SharedTexts}). */
    private final SharedTexts texts = new SharedTexts();
    /** The entries on disk after the last {@link #retain}, once it has listed the folder. */
    private Optional<Set<String>> onDisk = Optional.empty();
    /** The keys the last {@link #retain} kept. */
    private Set<String> retained = Set.of();
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final ArticleKeys keys;
    /** The entries the last build left, as a fresh start found them (see {@link #found}). */
    private Optional<Set<String>> found = Optional.empty();

    /** @param dir the cache folder, or empty for a cache that lives only as long as this object */
    ArticleCache(Optional<Path> dir, String stamp) {
        this.dir = dir.map(d -> d.resolve(ARTICLES));
        this.stamp = stamp;
        this.pack = new SummaryPack(dir, stamp);
        this.keys = new ArticleKeys(stamp);
    }

    /** Whether entries outlive this object (a cache folder): keys of {@link org.dateline.load.ArticleDigest#LASTING} digests. */
    boolean lasting() {
        return dir.isPresent();
    }

    /**
     * The key of an article: its path and the digest of its bytes ({@link org.dateline.load.ArticleSource}),
     * the configuration's fingerprint and the stamp. So a cached article is found without its text. A
     * cache that lives only in memory keys by those parts joined (the stamp is this process's, and no
     * part holds a NUL): its keys die with it, and a SHA-256 of each was ~1% of a cold build under C1.
     */
    String key(String relPath, String bytesDigest, String configFingerprint) {
        if (!lasting()) {
            return configFingerprint + '\0' + relPath + '\0' + bytesDigest;
        }
        return keys.key(relPath, bytesDigest, configFingerprint);
    }

    /** The entry of {@code key} if an earlier {@link #get} found it, without looking again. */
    Optional<CachedArticle> known(String key) {
        return Optional.ofNullable(memory.get(key));
    }

    /**
     * The cached article of {@code key}: its summary, read now, and its body by reference, read when
     * a page shows it (a damaged body then throws {@link UncheckedIOException}).
     */
    Optional<CachedArticle> get(String key) {
        CachedArticle known = memory.get(key);
        if (known != null || dir.isEmpty()) {
            return Optional.ofNullable(known);
        }
        Optional<CachedArticle> packed = pack.get(key).flatMap(entry -> packed(key, entry));
        if (packed.isPresent()) {
            memory.put(key, packed.get());
            return packed;
        }
        Optional<CachedArticle> article;
        try {
            article = summary(file(key), key);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            article = Optional.empty();
        }
        if (article.isEmpty()) {
            damaged.incrementAndGet();
        } else {
            memory.put(key, article.get());
        }
        return article;
    }

    /** Starts reading the summaries pack on a thread of its own, for the {@link #get}s to come. */
    void prefetch() {
        pack.prefetch();
    }

    /** Counts one more damaged entry: its body turned out unreadable when a page showed it. */
    void damagedBody() {
        damaged.incrementAndGet();
    }

    void put(String key, CachedArticle article) {
        memory.put(key, article);
        if (dir.isEmpty()) {
            return;
        }
        Optional<byte[]> data = encode(key, article);
        if (data.isEmpty()) {
            pack.forget(key);
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
        pack.retain(keys);
        retained = keys;
        memory.keySet().retainAll(keys);
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
            return;
        }
        if (onDisk.isPresent()) {
            Set<String> gone = new java.util.HashSet<>(onDisk.get());
            gone.addAll(written);
            gone.removeAll(keys);
            delete(gone);
            written.clear();
            onDisk = Optional.of(new java.util.HashSet<>(keys));
            return;
        }
        written.clear();
        onDisk = Optional.of(new java.util.HashSet<>(keys));
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

    /**
     * As {@link #retain}, when {@code quick} says that {@code keys} are those of the last call but for
     * a few articles rendered again since (a quick rebuild after body edits): only the entries of the
     * keys no longer there are looked at, not every entry.
     */
    void retain(Set<String> keys, boolean quick) {
        if (quick && onDisk.isEmpty() && found.isPresent()) {
            onDisk = Optional.of(new java.util.HashSet<>(found.get())); // no need to list the folder
            retained = found.get();
        }
        found = Optional.empty();
        if (!quick || onDisk.isEmpty() && dir.isPresent() && Files.isDirectory(dir.get())) {
            retain(keys);
            return;
        }
        pack.retain(keys);
        List<String> gone = retained.stream().filter(key -> !keys.contains(key)).toList();
        retained = keys;
        gone.forEach(memory::remove); // the edited articles' paths already have their new keys
        if (onDisk.isEmpty() || dir.isEmpty() || !Files.isDirectory(dir.get())) {
            return;
        }
        Set<String> left = new java.util.HashSet<>(gone);
        written.stream().filter(key -> !keys.contains(key)).forEach(left::add);
        delete(left);
        onDisk.get().removeAll(left);
        onDisk.get().addAll(written);
        written.clear();
    }

    /**
     * Takes {@code keys} (a fresh start found every one under the last build's keys) as what the last
     * build left on disk, for the next {@link #retain(Set, boolean)} only if it is quick: it then deletes
     * the edited articles' old entries without listing the folder, where a fresh JVM listed and stat'ed
     * every entry. An entry a killed build left behind waits for a build of the whole way to prune it.
     */
    void found(Set<String> keys) {
        // not copied (a fresh start's critical path): the article stage's set, which no one changes after the stage
        found = Optional.of(java.util.Collections.unmodifiableSet(keys));
    }

    /** Deletes the entries of {@code keys}; one that cannot be deleted is left for a later build to prune. */
    private void delete(Set<String> keys) {
        for (String key : keys) {
            try {
                Files.deleteIfExists(file(key));
            } catch (IOException e) {
                // left for a later build to prune
            }
        }
    }

    /** The one warning about the cache files found unreadable, damaged or not this Dateline's since the last call. */
    List<org.dateline.diag.Problem> damagedWarning(String shown) {
        List<org.dateline.diag.Problem> warnings = new java.util.ArrayList<>();
        if (pack.takeDamaged()) {
            warnings.add(org.dateline.diag.Problem.warning(org.dateline.diag.SourcePosition.of(
                    Path.of(shown).resolve(SummaryPack.FILE).toString()), "the summaries pack was damaged or unreadable,"
                    + " so every article's cache file was read instead", "nothing to do: it has been rewritten;"
                    + " if this repeats, check the disk or delete the cache folder"));
        }
        int count = takeDamaged();
        if (count > 0) {
            warnings.add(org.dateline.diag.Problem.warning(
                org.dateline.diag.SourcePosition.of(shown), count + (count == 1 ? " cache entry was" : " cache entries were")
                        + " damaged or unreadable, so those articles were rendered again",
                "nothing to do: the cache has been rewritten; if this repeats, check the disk or delete the folder"));
        }
        return warnings;
    }

    /** How many cache files were unreadable, damaged or not this Dateline's since the last call. */
    int takeDamaged() {
        return damaged.getAndSet(0);
    }

    private Path file(String key) {
        return dir.orElseThrow().resolve(key.substring(0, 2)).resolve(key + ".bin");
    }

    /**
     * The entry's bytes: its header, then the summary and the body, each with its length and
     * checksum, so that the summary is read without the body and the body checked when it is read.
     */
    private Optional<byte[]> encode(String key, CachedArticle article) {
        try {
            ByteArrayOutputStream payload = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(payload)) {
                ArticleCodec.write(out, article);
            }
            byte[] summary = payload.toByteArray();
            byte[] body = article.rendered().map(RenderedArticle::bodyHtml).orElse("").getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(summary.length + body.length + 128);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(MAGIC);
                out.writeUTF(stamp);
                out.writeUTF(key);
                out.writeInt(summary.length);
                out.write(summary);
                out.write(check(summary, summary.length));
                out.writeInt(body.length);
                long offset = bytes.size();
                byte[] digest = check(body, body.length);
                out.write(body);
                out.write(digest);
                pack.put(key, SummaryPack.Entry.of(summary, offset, body.length, digest));
            }
            return Optional.of(bytes.toByteArray());
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** The entry's summary, its body left in the file; empty if anything but the body is wrong. */
    private Optional<CachedArticle> summary(Path file, String key) throws IOException {
        long size = Files.size(file);
        try (CountingInput counted = new CountingInput(new BufferedInputStream(Files.newInputStream(file), 8192));
             DataInputStream in = new DataInputStream(counted)) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(stamp) || !in.readUTF().equals(key)) {
                return Optional.empty();
            }
            int length = in.readInt();
            if (length < 0 || counted.count() + length + 32 + 4 > size) {
                return Optional.empty();
            }
            byte[] payload = in.readNBytes(length);
            if (!Arrays.equals(in.readNBytes(32), check(payload, payload.length))) {
                return Optional.empty();
            }
            int bodyLength = in.readInt();
            long offset = counted.count();
            if (bodyLength < 0 || offset + bodyLength + 32 != size) {
                return Optional.empty(); // truncated or grown: found now, not when a page shows the body
            }
            // the entry's path is made again when the body is read: every article keeps its body's loader
            ArticleBody body = new ArticleBody(key, () -> body(file(key), offset, bodyLength, Optional.empty()));
            SummaryInput summary = new SummaryInput(payload, 0, payload.length, texts);
            CachedArticle read = ArticleCodec.read(summary, body);
            Optional<CachedArticle> article = summary.available() == 0 ? Optional.of(read) : Optional.empty();
            if (article.isPresent()) {
                in.skipNBytes(bodyLength); // the file's size was checked: its body and the body's checksum follow
                pack.put(key, SummaryPack.Entry.of(payload, offset, bodyLength, in.readNBytes(32)));
            }
            return article;
        }
    }

    /**
     * The cached article of {@code key} from its entry in the pack, its body read from the entry's
     * own file when a page shows it; empty when the summary cannot be read (the pack forgets it).
     */
    private Optional<CachedArticle> packed(String key, SummaryPack.Entry entry) {
        ArticleBody body = new ArticleBody(key, () -> body(file(key), entry.bodyOffset(), entry.bodyLength(),
                Optional.of(entry)));
        try {
            SummaryInput summary = new SummaryInput(entry.bytes(), entry.summaryAt(), entry.summaryLength(), texts);
            CachedArticle article = ArticleCodec.read(summary, body);
            if (summary.available() == 0) {
                return Optional.of(article);
            }
        } catch (IOException | RuntimeException e) {
            // read from the entry's own file instead
        }
        pack.forget(key);
        return Optional.empty();
    }

    /**
     * The body of an entry, checked against its checksum and, when the pack gave its place, the
     * digest the pack holds.
     */
    private static String body(Path file, long offset, int length, Optional<SummaryPack.Entry> expected) {
        ByteBuffer buffer = ByteBuffer.allocate(length + 32);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    throw new IOException("cache entry " + file + " ends early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = buffer.array(); // the text, then its check: checked and decoded where they are
        byte[] digest = check(bytes, length);
        if (!Arrays.equals(bytes, length, length + 32, digest, 0, 32)
                || expected.isPresent() && !expected.get().bodyIs(digest)) {
            throw new UncheckedIOException(new IOException("cache entry " + file + " has a damaged body"));
        }
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /**
     * The 32-byte check of the first {@code length} bytes (the field a SHA-256 filled, and the pack's):
     * their CRC-32C and CRC-32 and the length, then zeros. Against damage, as the state files' CRC-32C: no
     * checksum without a secret key, SHA-256 included, seals the folder; under C1 SHA-256 cost ~50x the CPU.
     */
    static byte[] check(byte[] bytes, int length) {
        return ByteBuffer.allocate(32).put(org.dateline.load.ArticleDigest.crcs(bytes, length)).putLong(length).array();
    }
}
