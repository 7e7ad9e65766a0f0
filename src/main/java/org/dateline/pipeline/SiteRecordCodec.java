package org.dateline.pipeline;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.assemble.Permalinks;
import org.dateline.pipeline.SiteRecord.Grouped;
import org.dateline.pipeline.SiteRecord.Place;

/**
 * How a {@link SiteRecord} is kept in {@code site.record}: the state's inputs and time, the article
 * fingerprint and salt, then the record's shape (every other field but the keys) as a section of its
 * own, its length before it, then each published article's key. The shape changes only when the
 * site's does, the keys with every body edit: a record rekeyed from one read writes the read bytes of
 * its shape and unchanged keys as they are ({@link Encoded}).
 */
final class SiteRecordCodec {

    private static final int MAGIC = 0x444c5332; // "DLS2": the shape as a section of its own, the keys after it

    private SiteRecordCodec() {
    }

    /**
     * The bytes of a record as read from its file: its shape section (every field but the state's,
     * the fingerprint, the salt and the keys) and where each key ends in them. A record rekeyed from
     * it ({@link SiteRecord#rekeyed}: after a body edit, one key of 10,000 changed) writes that section and the
     * unchanged keys' bytes as they are, where encoding them all again cost ~40 ms of the record's thread
     * (a fresh JVM's C1 code); the bytes are the ones a new encoding would give.
     */
    static final class Encoded {
        private final byte[] data;
        private final int shapeAt;
        /** Where the groups begin (the sections' count): the articles' places and lists come before. */
        private final int groupsAt;
        private final int shapeEnd;
        /** The groups read (sections, authors, tags), and where each one's bytes begin and end in {@code data}. */
        private final List<List<Grouped>> groups;
        private final int[] groupStarts;
        private final int[] groupEnds;
        /** Where each key's bytes end in {@code data}; the first begins at {@code shapeEnd}. */
        private final int[] keyEnds;
        private final String[] keys;
        /** The places and lists these bytes hold: a record of other ones never writes them. */
        private final Object[] shape;

        private Encoded(byte[] data, int shapeAt, int groupsAt, int shapeEnd, List<List<Grouped>> groups,
                        int[] groupStarts, int[] groupEnds, int[] keyEnds, String[] keys, Object[] shape) {
            this.data = data;
            this.shapeAt = shapeAt;
            this.groupsAt = groupsAt;
            this.shapeEnd = shapeEnd;
            this.groups = groups;
            this.groupStarts = groupStarts;
            this.groupEnds = groupEnds;
            this.keyEnds = keyEnds;
            this.keys = keys;
            this.shape = shape;
        }

        /**
         * Whether these bytes hold a record of {@code keyCount} keys and this very {@code shape} (the same
         * objects: files, places and lists); its groups may be others, each one read written as read.
         */
        boolean holds(int keyCount, Object[] shape) {
            if (keys.length != keyCount || shape.length != this.shape.length) {
                return false;
            }
            for (int i = 0; i < shape.length; i++) {
                if (shape[i] != this.shape[i]) {
                    return false;
                }
            }
            return true;
        }

        /** Whether {@code record}'s groups are the lists read (a body edit's): the whole shape is as read. */
        private boolean sameGroups(SiteRecord record) {
            return record.sections() == groups.get(0) && record.authors() == groups.get(1) && record.tags() == groups.get(2);
        }
    }

    /**
     * The record as bytes: magic, {@code stamp}, the fields, a CRC32C of it all ({@link SealedBytes}). The
     * fields but the keys come first, as a section of its own (its length before it): the bytes of
     * {@link SiteRecord#encoded} when the record has them, and of its unchanged keys.
     */
    static byte[] encode(SiteRecord record, String stamp) {
        int size = record.encoded().map(read -> read.data.length + 256).orElse(1 << 20);
        return SealedBytes.seal(MAGIC, stamp, size, "the site record", out -> {
            out.writeUTF(record.inputs());
            SealedBytes.instant(out, record.builtAt());
            out.writeUTF(record.articleFingerprint());
            out.writeUTF(record.salt());
            if (record.encoded().isPresent()) {
                Encoded read = record.encoded().get();
                if (read.sameGroups(record)) {
                    out.writeInt(read.shapeEnd - read.shapeAt);
                    out.write(read.data, read.shapeAt, read.shapeEnd - read.shapeAt);
                } else {
                    byte[] groups = splicedGroups(record, read);
                    out.writeInt(read.groupsAt - read.shapeAt + groups.length);
                    out.write(read.data, read.shapeAt, read.groupsAt - read.shapeAt);
                    out.write(groups);
                }
                splicedKeys(out, record.keys(), read);
            } else {
                byte[] shape = shape(record);
                out.writeInt(shape.length);
                out.write(shape);
                for (String key : record.keys()) {
                    out.writeUTF(key);
                }
            }
        });
    }

    /** The keys, each unchanged run of them copied from {@code read}'s bytes: what writing each would give. */
    private static void splicedKeys(DataOutputStream out, String[] keys, Encoded read) throws IOException {
        int copyFrom = read.shapeEnd; // the start of the unchanged keys not written yet
        for (int i = 0; i < keys.length; i++) {
            if (!sameKey(keys[i], read.keys[i])) {
                int start = i == 0 ? read.shapeEnd : read.keyEnds[i - 1];
                out.write(read.data, copyFrom, start - copyFrom);
                out.writeUTF(keys[i]);
                copyFrom = read.keyEnds[i];
            }
        }
        int end = keys.length == 0 ? read.shapeEnd : read.keyEnds[keys.length - 1];
        out.write(read.data, copyFrom, end - copyFrom);
    }

    /**
     * The groups' part of the shape section for a record whose groups differ from {@code read}'s: a tag
     * edit changes a few of some hundred groups, whose ~40,000 numbers were written again.
     */
    private static byte[] splicedGroups(SiteRecord record, Encoded read) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(read.shapeEnd - read.groupsAt + 4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            groups(out, record, Optional.of(read));
        }
        return bytes.toByteArray();
    }

    /**
     * The groups of {@code record}, each kind's count before its groups; a group {@code read} holds (the same
     * object: one no edit touched, see {@link SiteRecord#regrouped}) copied from its bytes, which are what
     * writing it gives.
     */
    private static void groups(DataOutputStream out, SiteRecord record, Optional<Encoded> read) throws IOException {
        java.util.IdentityHashMap<Grouped, Integer> at = new java.util.IdentityHashMap<>();
        if (read.isPresent()) {
            int n = 0;
            for (List<Grouped> kind : read.get().groups) {
                for (Grouped group : kind) {
                    at.put(group, n++);
                }
            }
        }
        for (List<Grouped> kind : List.of(record.sections(), record.authors(), record.tags())) {
            out.writeInt(kind.size());
            for (Grouped group : kind) {
                Integer i = at.get(group);
                if (i == null) {
                    group(out, group);
                } else {
                    Encoded bytes = read.orElseThrow();
                    out.write(bytes.data, bytes.groupStarts[i], bytes.groupEnds[i] - bytes.groupStarts[i]);
                }
            }
        }
    }

    // one key a call: compiled after a few hundred calls, where a loop run once stays in the interpreter
    private static boolean sameKey(String one, String other) {
        return one == other || one.equals(other);
    }

    /** The shape section: every field but the state's, the fingerprint, the salt and the keys. */
    private static byte[] shape(SiteRecord record) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(record.files());
            out.writeInt(record.keys().length);
            Map<String, Integer> slugs = new HashMap<>();
            for (int i = 0; i < record.keys().length; i++) {
                article(out, record.fileOf()[i], record.places()[i], slugs);
            }
            for (int[] numbers : List.of(record.listed(), record.expired(), record.pages())) {
                numbers(out, numbers);
            }
            groups(out, record, Optional.empty());
        }
        return bytes.toByteArray();
    }

    private static void group(DataOutputStream out, Grouped group) throws IOException {
        out.writeUTF(group.name());
        out.writeUTF(group.slug());
        out.writeUTF(group.path());
        numbers(out, group.articles());
    }

    // one article a call: compiled after a few hundred calls, where a loop run once stays in the interpreter
    private static void article(DataOutputStream out, int fileOf, Place place, Map<String, Integer> slugs)
            throws IOException {
        out.writeInt(fileOf);
        out.writeBoolean(place != null);
        if (place != null) {
            Integer slug = slugs.get(place.sectionSlug());
            out.writeInt(slug == null ? -1 : slug);
            if (slug == null) {
                slugs.put(place.sectionSlug(), slugs.size());
                out.writeUTF(place.sectionSlug());
            }
            out.writeUTF(place.path());
            // nearly always the path's own file: then not written, a tenth of the record's bytes
            boolean derived = place.outputPath().equals(Permalinks.outputPath(place.path()));
            out.writeBoolean(derived);
            if (!derived) {
                out.writeUTF(place.outputPath());
            }
            ArticleCodec.date(out, place.published());
            ArticleCodec.optionalDate(out, place.updated());
        }
    }

    /** The record {@link #encode(SiteRecord, String)} made with the same {@code stamp}; empty when the bytes are anything else. */
    static Optional<SiteRecord> decode(byte[] data, String stamp) {
        int end = data.length - SealedBytes.TRAILER; // where the fields end: the seal's checksum follows them
        return SealedBytes.read(data, MAGIC, stamp, in -> {
            String inputs = in.readUTF();
            Instant builtAt = SealedBytes.instant(in);
            String articleFingerprint = in.readUTF();
            String salt = in.readUTF();
            int length = EntrySection.count(in);
            int shapeAt = end - in.available();
            int files = in.readInt();
            int count = EntrySection.count(in);
            int[] fileOf = new int[count];
            Place[] places = new Place[count];
            List<String> slugs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                fileOf[i] = in.readInt();
                if (fileOf[i] < 0 || fileOf[i] >= files || i > 0 && fileOf[i] <= fileOf[i - 1]) {
                    return Optional.empty();
                }
                places[i] = in.readBoolean() ? place(in, slugs) : null;
            }
            int[] listed = numbers(in, count);
            int[] expired = numbers(in, count);
            int[] pages = numbers(in, count);
            int groupsAt = end - in.available();
            List<List<Grouped>> groups = new ArrayList<>();
            List<Integer> groupStarts = new ArrayList<>(), groupEnds = new ArrayList<>();
            for (int kind = 0; kind < 3; kind++) {
                List<Grouped> read = new ArrayList<>();
                for (int n = EntrySection.count(in); n > 0; n--) {
                    groupStarts.add(end - in.available());
                    read.add(new Grouped(in.readUTF(), in.readUTF(), in.readUTF(), numbers(in, count)));
                    groupEnds.add(end - in.available());
                }
                groups.add(read);
            }
            int shapeEnd = end - in.available();
            if (shapeEnd - shapeAt != length) {
                return Optional.empty();
            }
            String[] keys = new String[count];
            int[] keyEnds = new int[count];
            for (int i = 0; i < count; i++) {
                keys[i] = in.readUTF();
                keyEnds[i] = end - in.available();
            }
            Encoded encoded = new Encoded(data, shapeAt, groupsAt, shapeEnd, groups, ints(groupStarts), ints(groupEnds),
                    keyEnds, keys.clone(), new Object[] {fileOf, places, listed, expired, pages});
            return Optional.of(new SiteRecord(inputs, builtAt, articleFingerprint, salt, files, fileOf, keys, places,
                    listed, expired, pages, groups.get(0), groups.get(1), groups.get(2), Optional.of(encoded)));
        });
    }

    // one article a call: compiled after a few hundred calls, where a loop run once stays in the interpreter
    private static Place place(DataInputStream in, List<String> slugs) throws IOException {
        int slug = in.readInt();
        String sectionSlug;
        if (slug < 0) {
            sectionSlug = in.readUTF();
            slugs.add(sectionSlug);
        } else {
            sectionSlug = slugs.get(slug);
        }
        String path = in.readUTF();
        String outputPath = in.readBoolean() ? Permalinks.outputPath(path) : in.readUTF();
        OffsetDateTime published = ArticleCodec.date(in);
        return new Place(sectionSlug, path, outputPath, published, ArticleCodec.optionalDate(in));
    }

    private static int[] ints(List<Integer> list) {
        int[] ints = new int[list.size()];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = list.get(i);
        }
        return ints;
    }

    private static void numbers(DataOutputStream out, int[] numbers) throws IOException {
        out.writeInt(numbers.length);
        for (int number : numbers) {
            out.writeInt(number);
        }
    }

    private static int[] numbers(DataInputStream in, int count) throws IOException {
        int[] numbers = new int[EntrySection.count(in)];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = in.readInt();
            if (numbers[i] < 0 || numbers[i] >= count) {
                throw new IOException("no article " + numbers[i]);
            }
        }
        return numbers;
    }
}
