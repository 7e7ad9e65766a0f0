package org.dateline.pipeline;

import java.io.DataInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.load.FileStat;
import org.dateline.load.KnownArticles;

/**
 * What a fresh JVM needs, beside the {@link SiteState} it belongs to, to rebuild after edits of
 * articles the quick way ({@link FreshStart}): the digest of every article the last build read, and its
 * pages in the order the build listed them, each with the articles its context reached
 * ({@link RouteReach}). Kept in the cache folder as {@code fresh.state}, with the same guarantees as
 * the state: magic, Dateline stamp, CRC32C of everything ({@link SealedBytes}); anything else is ignored.
 *
 * @param inputs and {@code builtAt}: the state's, so an index is used only with the build that wrote it
 * @param digests every article's path (relative to the site folder) and the digest of its bytes
 * @param pages every page and generated file the build listed, in its order (redirects are not among them)
 * @param untracked articles whose reach could not be told ({@link RouteReach#tracks})
 * @param stats the stat each article's file had when the build read it, for those it could trust
 *     ({@link org.dateline.load.FileStat}): the next scan takes the digest of a file with the same stat
 * @param kept what the output kept beside the live one ({@code .NAME.previous}) holds, when the build
 *     knows it: the output it replaced, as the build before it recorded that output
 */
record FreshIndex(String inputs, Instant builtAt, Map<String, String> digests, List<Page> pages,
                  Set<String> untracked, Map<String, FileStat> stats, Optional<Kept> kept) {

    static final String FILE = "fresh.state";
    private static final int MAGIC = 0x444c4633; // "DLF3": with the articles' stats and what the kept output holds

    /**
     * The files the kept output holds, told by how they differ from the live output's (the state's
     * manifest), which they mostly share: a build after a body edit writes the same files.
     *
     * @param extra files the kept output holds and the live one does not
     * @param missing files the live output holds and the kept one does not
     */
    record Kept(Set<String> extra, Set<String> missing) {
        Kept {
            extra = Set.copyOf(extra);
            missing = Set.copyOf(missing);
        }

        /** The difference of {@code kept} (what the kept output holds) from {@code live}. */
        static Kept of(Set<String> kept, Set<String> live) {
            return new Kept(kept.stream().filter(path -> !live.contains(path)).collect(java.util.stream.Collectors.toSet()),
                    live.stream().filter(path -> !kept.contains(path)).collect(java.util.stream.Collectors.toSet()));
        }

        /** What the kept output holds, given {@code live}, what the live output holds. */
        Set<String> files(Set<String> live) {
            Set<String> files = new HashSet<>(live);
            files.removeAll(missing);
            files.addAll(extra);
            return files;
        }
    }

    /**
     * One page: where it is written, what makes it (for messages), whether Dateline writes it without
     * a template (feeds, sitemaps), and the source paths its context reaches ({@link RouteReach#ALL} among
     * them for "every article").
     */
    record Page(String path, String origin, boolean generated, Set<String> reaches) {
        Page {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(origin, "origin");
            reaches = Set.copyOf(reaches);
        }
    }

    FreshIndex {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(builtAt, "builtAt");
        digests = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(digests));
        pages = List.copyOf(pages);
        untracked = Set.copyOf(untracked);
        stats = Map.copyOf(stats);
        Objects.requireNonNull(kept, "kept");
    }

    /** The articles' digests as the build that wrote this index read them, by their files' stats. */
    KnownArticles known() {
        return (relPath, stat) -> stat.equals(stats.get(relPath)) ? Optional.ofNullable(digests.get(relPath))
                : Optional.empty();
    }

    /** Whether this index was written with {@code state}. */
    boolean belongsTo(SiteState state) {
        return !inputs.isEmpty() && inputs.equals(state.inputs()) && builtAt.equals(state.builtAt());
    }

    /** The index as bytes: magic, {@code stamp}, the fields (names once, in a table), then a CRC32C of it all. */
    byte[] encode(String stamp) {
        return SealedBytes.seal(MAGIC, stamp, 1 << 16, "the fresh-start index", out -> {
            out.writeUTF(inputs);
            out.writeLong(builtAt.getEpochSecond());
            out.writeInt(builtAt.getNano());
            Map<String, Integer> names = new HashMap<>();
            List<String> table = new ArrayList<>();
            java.util.function.ToIntFunction<String> name = text -> names.computeIfAbsent(text, t -> {
                table.add(t);
                return table.size() - 1;
            });
            digests.keySet().forEach(name::applyAsInt);
            pages.forEach(page -> page.reaches().forEach(name::applyAsInt));
            untracked.forEach(name::applyAsInt);
            out.writeInt(table.size());
            for (String text : table) {
                out.writeUTF(text);
            }
            out.writeInt(digests.size());
            for (Map.Entry<String, String> article : digests.entrySet()) {
                out.writeInt(name.applyAsInt(article.getKey()));
                out.writeUTF(article.getValue());
                FileStat stat = stats.get(article.getKey());
                out.writeBoolean(stat != null);
                if (stat != null) {
                    for (long field : new long[] {stat.size(), stat.modified(), stat.changed(), stat.inode(), stat.device()}) {
                        out.writeLong(field);
                    }
                }
            }
            out.writeInt(pages.size());
            for (Page page : pages) {
                out.writeUTF(page.path());
                out.writeUTF(page.origin());
                out.writeBoolean(page.generated());
                out.writeInt(page.reaches().size());
                for (String file : page.reaches()) {
                    out.writeInt(name.applyAsInt(file));
                }
            }
            out.writeInt(untracked.size());
            for (String file : untracked) {
                out.writeInt(name.applyAsInt(file));
            }
            out.writeBoolean(kept.isPresent());
            if (kept.isPresent()) {
                strings(out, kept.get().extra());
                strings(out, kept.get().missing());
            }
        });
    }

    /** The index {@link #encode} made with the same {@code stamp}; empty when the bytes are anything else. */
    static Optional<FreshIndex> decode(byte[] data, String stamp) {
        Optional<DataInputStream> opened = SealedBytes.open(data, MAGIC, stamp);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = opened.get()) {
            String inputs = in.readUTF();
            Instant builtAt = Instant.ofEpochSecond(in.readLong(), in.readInt());
            String[] table = new String[count(in)];
            for (int i = 0; i < table.length; i++) {
                table[i] = in.readUTF();
            }
            int articles = count(in);
            Map<String, String> digests = new LinkedHashMap<>();
            Map<String, FileStat> stats = new HashMap<>();
            for (int i = 0; i < articles; i++) {
                String path = table[in.readInt()];
                digests.put(path, in.readUTF());
                if (in.readBoolean()) {
                    stats.put(path, new FileStat(in.readLong(), in.readLong(), in.readLong(), in.readLong(), in.readLong()));
                }
            }
            int pageCount = count(in);
            List<Page> pages = new ArrayList<>(pageCount);
            for (int i = 0; i < pageCount; i++) {
                String path = in.readUTF(), origin = in.readUTF();
                boolean generated = in.readBoolean();
                Set<String> reaches = new HashSet<>();
                for (int n = count(in); n > 0; n--) {
                    reaches.add(table[in.readInt()]);
                }
                pages.add(new Page(path, origin, generated, reaches));
            }
            Set<String> untracked = new HashSet<>();
            for (int n = count(in); n > 0; n--) {
                untracked.add(table[in.readInt()]);
            }
            Optional<Kept> kept = in.readBoolean() ? Optional.of(new Kept(strings(in), strings(in))) : Optional.empty();
            return in.available() == 0 ? Optional.of(new FreshIndex(inputs, builtAt, digests, pages, untracked, stats, kept))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code data} is an index of another Dateline build (rather than a damaged one). */
    static boolean otherVersion(byte[] data, String stamp) {
        return SealedBytes.otherVersion(data, MAGIC, stamp);
    }

    private static void strings(java.io.DataOutputStream out, Set<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String text : new java.util.TreeSet<>(strings)) {
            out.writeUTF(text);
        }
    }

    private static Set<String> strings(DataInputStream in) throws IOException {
        Set<String> strings = new HashSet<>();
        for (int n = count(in); n > 0; n--) {
            strings.add(in.readUTF());
        }
        return strings;
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new IOException("impossible count " + count);
        }
        return count;
    }
}
