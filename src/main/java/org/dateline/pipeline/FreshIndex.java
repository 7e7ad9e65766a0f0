package org.dateline.pipeline;

import java.io.DataInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.load.FileStat;

/**
 * What a fresh JVM needs, beside the {@link SiteState} it belongs to, to rebuild after edits of
 * articles the quick way ({@link FreshStart}): the digest of every article the last build read, and its
 * pages in the order the build listed them, each with the articles its context reached
 * ({@link RouteReach}). Kept in the cache folder as {@code fresh.state}, with the same guarantees as
 * the state: magic, Dateline stamp, CRC32C of everything ({@link SealedBytes}); anything else is ignored.
 *
 * @param inputs and {@code builtAt}: the state's, so an index is used only with the build that wrote it
 * @param digests every article's path (relative to the site folder) and the digest of its bytes; this map and
 *     {@code stats} are the index's from here on (not copied): the caller changes them no more
 * @param pages every page and generated file the build listed, in its order (redirects are not among them)
 * @param untracked articles whose reach could not be told ({@link RouteReach#tracks})
 * @param stats the stat each article's file had when the build read it, for those it could trust
 *     ({@link org.dateline.load.FileStat}): the next scan takes the digest of a file with the same stat
 * @param kept what the output kept beside the live one ({@code .NAME.previous}) holds, when the build
 *     knows it: the output it replaced, as the build before it recorded that output
 * @param section {@code pages} and {@code untracked} as a file holds them, when they are the ones read
 *     from it ({@link PageSection})
 * @param ahead {@code digests} and {@code stats} encoded ahead ({@link AheadArticles}), when they are these maps
 */
record FreshIndex(String inputs, Instant builtAt, Map<String, String> digests, List<Page> pages,
                  Set<String> untracked, Map<String, FileStat> stats, Optional<Kept> kept,
                  Optional<PageSection> section, Optional<AheadArticles> ahead) {

    static final String FILE = "fresh.state";
    private static final int MAGIC = 0x444c4637; // "DLF7": each page's template

    /** An article's digest and, when the build could trust it, its file's stat. */
    record Seen(String digest, Optional<FileStat> stat) {
    }

    /** The articles: a build after an edit of a few copies the base it read and adds those ({@link EntrySection}). */
    static final EntrySection<Seen> ARTICLES = new EntrySection<>(new EntrySection.Codec<>() {
        @Override
        public void write(java.io.DataOutputStream out, Seen seen) throws IOException {
            out.writeUTF(seen.digest());
            out.writeBoolean(seen.stat().isPresent());
            if (seen.stat().isPresent()) {
                FileStat stat = seen.stat().get();
                for (long field : new long[] {stat.size(), stat.modified(), stat.changed(), stat.inode(), stat.device()}) {
                    out.writeLong(field);
                }
            }
        }

        @Override
        public Seen read(java.io.DataInput in) throws IOException {
            String digest = in.readUTF();
            return new Seen(digest, in.readBoolean() ? Optional.of(new FileStat(in.readLong(), in.readLong(),
                    in.readLong(), in.readLong(), in.readLong())) : Optional.empty());
        }

        @Override
        public boolean same(Seen one, Seen other) {
            if (!one.digest().equals(other.digest()) || one.stat().isPresent() != other.stat().isPresent()) {
                return false;
            }
            if (one.stat().isEmpty()) {
                return true;
            }
            FileStat a = one.stat().get(), b = other.stat().get();
            return a.size() == b.size() && a.modified() == b.modified() && a.changed() == b.changed()
                    && a.inode() == b.inode() && a.device() == b.device();
        }
    });

    /** An index as read from a file, with the base of its articles, which the next index may write as it is. */
    record Read(FreshIndex index, EntrySection.Base<Seen> articlesBase) {
    }

    /**
     * The pages and untracked articles of an index as its file held them: an index of a later build
     * whose pages are these exactly (a build after a body edit: the same pages, reaching the same
     * articles) writes the section's bytes again instead of encoding 10,000 pages anew.
     */
    static final class PageSection {
        private final List<Page> pages;
        private final Set<String> untracked;
        private final byte[] bytes;
        /** The names' table as the bytes hold it, and where it ends in them (the page count follows). */
        private final String[] table;
        private final int tableEnd;
        /** Where each page's bytes end; the first page's begin 4 bytes after {@code tableEnd}. */
        private final int[] ends;

        PageSection(List<Page> pages, Set<String> untracked, byte[] bytes, String[] table, int tableEnd,
                            int[] ends) {
            this.pages = pages;
            this.untracked = untracked;
            this.bytes = bytes;
            this.table = table;
            this.tableEnd = tableEnd;
            this.ends = ends;
        }

        List<Page> pages() {
            return pages;
        }

        Set<String> untracked() {
            return untracked;
        }

        /** See {@link FreshPages#patched}. */
        Optional<PageSection> patched(List<Page> now, Set<String> untrackedNow) {
            return FreshPages.patched(this, now, untrackedNow);
        }

        byte[] bytes() {
            return bytes;
        }

        String[] table() {
            return table;
        }

        int tableEnd() {
            return tableEnd;
        }

        int[] ends() {
            return ends;
        }
    }

    /**
     * The files the kept output holds, told by how they differ from the live output's (the state's
     * manifest), which they mostly share: a build after a body edit writes the same files.
     *
     * @param extra files the kept output holds and the live one does not
     * @param missing files the live output holds and the kept one does not
     * @param renewed files the build that wrote the live output wrote anew (rather than link them from the
     *     output it replaced, the kept one): every other file both hold is one file, a hard link in each
     */
    record Kept(Set<String> extra, Set<String> missing, Set<String> renewed) {
        Kept {
            extra = Set.copyOf(extra);
            missing = Set.copyOf(missing);
            renewed = Set.copyOf(renewed);
        }

        /** The difference of {@code kept} (what the kept output holds) from {@code live}, which wrote {@code renewed} anew. */
        static Kept of(Set<String> kept, Set<String> live, Set<String> renewed) {
            Set<String> extra = new HashSet<>(), missing = new HashSet<>();
            int both = 0;
            for (String path : live) {
                both += addIfNotIn(path, kept, missing);
            }
            if (both != kept.size()) { // else every file kept is live: none extra (a body edit writes the same files)
                for (String path : kept) {
                    addIfNotIn(path, live, extra);
                }
            }
            return new Kept(extra, missing, renewed);
        }

        // one path a call: compiled after a few hundred calls, where a loop run once (over 14,000 files) stays in
        // the interpreter, as did the streams' filters this replaces
        private static int addIfNotIn(String path, Set<String> in, Set<String> to) {
            if (!in.contains(path)) {
                to.add(path);
                return 0;
            }
            return 1;
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
     * a template (feeds, sitemaps), the source paths its context reaches ({@link RouteReach#ALL} among
     * them for "every article"), and its template ("" for none): what it can show of them ({@link BodyReaders}).
     */
    record Page(String path, String origin, boolean generated, Set<String> reaches, String template) {
        Page {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(origin, "origin");
            reaches = Set.copyOf(reaches);
            Objects.requireNonNull(template, "template");
        }

        /** A page of no template. */
        Page(String path, String origin, boolean generated, Set<String> reaches) {
            this(path, origin, generated, reaches, "");
        }
    }

    FreshIndex {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(builtAt, "builtAt");
        ahead = ahead.isPresent() && ahead.get().digests() == digests && ahead.get().stats() == stats ? ahead : Optional.empty();
        // the maps are handed over, not copied: every caller makes them for this index alone, and a fresh
        // start copied 10,000 entries of each twice (the index read, the index written) on a cold JVM
        digests = java.util.Collections.unmodifiableMap(digests);
        pages = List.copyOf(pages);
        untracked = Set.copyOf(untracked);
        stats = java.util.Collections.unmodifiableMap(stats);
        Objects.requireNonNull(kept, "kept");
        List<Page> listed = pages;
        Set<String> told = untracked;
        // a section stands for exactly the pages it was read with, never for others
        section = section.filter(read -> read.pages == listed && read.untracked == told);
    }

    FreshIndex(String inputs, Instant builtAt, Map<String, String> digests, List<Page> pages, Set<String> untracked,
               Map<String, FileStat> stats, Optional<Kept> kept) {
        this(inputs, builtAt, digests, pages, untracked, stats, kept, Optional.empty(), Optional.empty());
    }

    /** Whether this index was written with {@code state}. */
    boolean belongsTo(SiteState state) {
        return !inputs.isEmpty() && inputs.equals(state.inputs()) && builtAt.equals(state.builtAt());
    }

    /**
     * The index as bytes: magic, {@code stamp}, the fields, then a CRC32C of it all ({@link SealedBytes}).
     * The pages and untracked articles come first, as a section of their own (names once, in a table),
     * its length before it: the bytes of {@link #section} when this index has them.
     */
    byte[] encode(String stamp) {
        return encode(stamp, Optional.empty());
    }

    /** As {@link #encode(String)}, the articles as {@code base} and the changes since when those are few. */
    byte[] encode(String stamp, Optional<EntrySection.Base<Seen>> base) {
        byte[] pageBytes = section.map(read -> read.bytes).orElseGet(this::encodePages);
        Optional<byte[]> made = ahead.filter(articles -> articles.base().equals(base)).map(AheadArticles::bytes);
        Map<String, Seen> articles = made.isPresent() ? Map.of() : AheadArticles.seen(digests, stats);
        // the base of the articles is most of the rest: sized for both, the bytes are never copied to grow
        int size = pageBytes.length + base.map(EntrySection.Base::length).orElse(digests.size() * 96) + (1 << 16);
        return SealedBytes.seal(MAGIC, stamp, size, "the fresh-start index", out -> {
            out.writeUTF(inputs);
            SealedBytes.instant(out, builtAt);
            out.writeInt(pageBytes.length);
            out.write(pageBytes);
            if (made.isPresent()) {
                out.write(made.get());
            } else {
                ARTICLES.write(out, articles, base);
            }
            out.writeBoolean(kept.isPresent());
            if (kept.isPresent()) {
                strings(out, kept.get().extra());
                strings(out, kept.get().missing());
                strings(out, kept.get().renewed());
            }
        });
    }

    /** The pages and untracked articles, the source paths they name once, in a table. */
    private byte[] encodePages() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 16);
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            Map<String, Integer> names = new HashMap<>();
            List<String> table = new ArrayList<>();
            java.util.function.ToIntFunction<String> name = text -> names.computeIfAbsent(text, t -> {
                table.add(t);
                return table.size() - 1;
            });
            pages.forEach(page -> page.reaches().forEach(name::applyAsInt));
            pages.forEach(page -> name.applyAsInt(page.template()));
            untracked.forEach(name::applyAsInt);
            out.writeInt(table.size());
            for (String text : table) {
                out.writeUTF(text);
            }
            out.writeInt(pages.size());
            for (Page page : pages) {
                writePage(out, page, name);
            }
            out.writeInt(untracked.size());
            for (String file : untracked) {
                out.writeInt(name.applyAsInt(file));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode the fresh-start index's pages", e);
        }
        return bytes.toByteArray();
    }

    /** The index {@link #encode} made with the same {@code stamp}; empty when the bytes are anything else. */
    static Optional<FreshIndex> decode(byte[] data, String stamp) {
        return read(data, stamp).map(Read::index);
    }

    /** The index {@link #encode} made with the same {@code stamp}, with its articles' base; empty when the bytes are anything else. */
    static Optional<Read> read(byte[] data, String stamp) {
        return articles(data, stamp).flatMap(FreshArticles::read);
    }

    /** The index {@link #encode} made with the same {@code stamp} but for its pages ({@link FreshArticles}); empty when the bytes are anything else. */
    static Optional<FreshArticles> articles(byte[] data, String stamp) {
        return SealedBytes.read(data, MAGIC, stamp, in -> {
            String inputs = in.readUTF();
            Instant builtAt = SealedBytes.instant(in);
            int length = EntrySection.count(in);
            int at = data.length - SealedBytes.TRAILER - in.available();
            byte[] pageBytes = java.util.Arrays.copyOfRange(data, at, at + length);
            in.skipNBytes(length);
            EntrySection.Read<Seen> articles = ARTICLES.read(in);
            Optional<Kept> kept = in.readBoolean() ? Optional.of(new Kept(strings(in), strings(in), strings(in))) : Optional.empty();
            return Optional.of(new FreshArticles(inputs, builtAt, pageBytes, articles, kept));
        });
    }

    /** Writes {@code page} as {@link #page} reads it, each source path it reaches as its number in the table, {@code name}'s. */
    static void writePage(java.io.DataOutputStream out, Page page, java.util.function.ToIntFunction<String> name)
            throws IOException {
        out.writeUTF(page.path());
        out.writeUTF(page.origin());
        out.writeBoolean(page.generated());
        out.writeInt(page.reaches().size());
        for (String file : page.reaches()) {
            out.writeInt(name.applyAsInt(file));
        }
        out.writeInt(name.applyAsInt(page.template()));
    }

    // one page a call: a method compiled after a few hundred calls, where a loop run once stays in the interpreter
    private static Page page(SummaryInput in, String[] table) throws IOException {
        String path = in.readUTF(), origin = in.readUTF();
        boolean generated = in.readBoolean();
        String[] reaches = new String[EntrySection.count(in)];
        for (int i = 0; i < reaches.length; i++) {
            reaches[i] = table[in.readInt()];
        }
        // immutable: the record keeps it as it is
        return new Page(path, origin, generated, Set.of(reaches), table[in.readInt()]);
    }

    /** The section {@link #encodePages} made; read in place ({@link SummaryInput}), its 14,000 paths and origins made as bytes, not chars. */
    static PageSection pages(byte[] bytes) throws IOException {
        SummaryInput in = new SummaryInput(bytes, 0, bytes.length);
        String[] table = new String[EntrySection.count(in)];
        for (int i = 0; i < table.length; i++) {
            table[i] = in.readUTF();
        }
        int tableEnd = bytes.length - in.available();
        int pageCount = EntrySection.count(in);
        List<Page> pages = new ArrayList<>(pageCount);
        int[] ends = new int[pageCount];
        for (int i = 0; i < pageCount; i++) {
            pages.add(page(in, table));
            ends[i] = bytes.length - in.available();
        }
        Set<String> untracked = new HashSet<>();
        for (int n = EntrySection.count(in); n > 0; n--) {
            untracked.add(table[in.readInt()]);
        }
        if (in.available() != 0) {
            throw new IOException("the pages section has " + in.available() + " bytes too many");
        }
        return new PageSection(List.copyOf(pages), Set.copyOf(untracked), bytes, table, tableEnd, ends);
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
        for (int n = EntrySection.count(in); n > 0; n--) {
            strings.add(in.readUTF());
        }
        return strings;
    }
}
