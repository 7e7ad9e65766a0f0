package org.dateline.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A map of many entries (a state file's 12,000 output files, 10,000 articles) written as a base and
 * the changes since: a build after a one-file edit changes a few entries of the map its state file
 * holds, so it copies the base's bytes as read and writes the few changed or removed entries after
 * them, rather than encoding every entry again. When the changes outgrow {@link #bound} the whole
 * map is written as a new base.
 *
 * <p>The section is one part of a sealed file ({@link SealedBytes}: the file's checksum covers base
 * and changes alike), so a damaged change is a damaged file, ignored whole with the file's warning.
 *
 * @param <V> the value of an entry; equal values are the same entry
 */
final class EntrySection<V> {

    /** How one value is written and read. */
    interface Codec<V> {
        void write(DataOutputStream out, V value) throws IOException;

        V read(java.io.DataInput in) throws IOException;

        /** Whether two values are the same entry; field by field, not a record's equals (slow until compiled). */
        boolean same(V one, V other);
    }

    /**
     * A section as read from a file: the bytes of its base and the entries they hold. A later file
     * writes the same base bytes with its own changes against these entries.
     */
    static final class Base<V> {
        private final byte[] bytes;
        private final Map<String, V> entries;

        private Base(byte[] bytes, Map<String, V> entries) {
            this.bytes = bytes;
            this.entries = entries;
        }

        int size() {
            return entries.size();
        }

        /** The bytes of the base, which a file that keeps it writes again. */
        int length() {
            return bytes.length;
        }

        /** Whether {@code other} has the same bytes: a file written after this one kept its base. */
        boolean sameBytes(Base<?> other) {
            return java.util.Arrays.equals(bytes, other.bytes);
        }
    }

    /** What {@link #read} found: the map (the base with the changes applied) and the base. */
    record Read<V>(Map<String, V> entries, Base<V> base) {
    }

    private final Codec<V> codec;

    EntrySection(Codec<V> codec) {
        this.codec = codec;
    }

    /** The most changes written after a base of {@code size} entries before a new base is written. */
    static int bound(int size) {
        return Math.max(64, size / 50);
    }

    /**
     * Writes {@code entries}: the bytes of {@code base} and what differs from it, when that is
     * within {@link #bound}; else every entry, sorted by key, as a new base and no changes.
     */
    void write(DataOutputStream out, Map<String, V> entries, Optional<Base<V>> base) throws IOException {
        if (base.isPresent()) {
            Map<String, V> changed = new TreeMap<>();
            List<String> removed = new ArrayList<>();
            if (diff(base.get().entries, entries, changed, removed)) {
                out.writeInt(base.get().bytes.length);
                out.write(base.get().bytes);
                out.writeInt(changed.size());
                for (Map.Entry<String, V> entry : changed.entrySet()) {
                    entry(out, entry);
                }
                out.writeInt(removed.size());
                for (String key : removed) {
                    out.writeUTF(key);
                }
                return;
            }
        }
        byte[] bytes = encode(entries);
        out.writeInt(bytes.length);
        out.write(bytes);
        out.writeInt(0);
        out.writeInt(0);
    }

    /** Fills {@code changed} and {@code removed} with how {@code now} differs from {@code before}; false past the bound. */
    private boolean diff(Map<String, V> before, Map<String, V> now, Map<String, V> changed, List<String> removed) {
        int bound = bound(before.size());
        int added = 0;
        for (Map.Entry<String, V> entry : now.entrySet()) {
            V old = before.get(entry.getKey());
            if (old == null) {
                added++;
            }
            if ((old == null || old != entry.getValue() && !codec.same(old, entry.getValue())) && changed.put(entry.getKey(), entry.getValue()) == null
                    && changed.size() > bound) {
                return false;
            }
        }
        if (now.size() - added == before.size()) {
            return true; // every key of before is still there: none removed
        }
        for (String key : before.keySet()) {
            if (!now.containsKey(key)) {
                removed.add(key);
            }
        }
        java.util.Collections.sort(removed);
        return changed.size() + removed.size() <= bound;
    }

    private byte[] encode(Map<String, V> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(256, entries.size() * 96));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(entries.size());
            for (Map.Entry<String, V> entry : new TreeMap<>(entries).entrySet()) {
                entry(out, entry);
            }
        }
        return bytes.toByteArray();
    }

    private void entry(DataOutputStream out, Map.Entry<String, V> entry) throws IOException {
        out.writeUTF(entry.getKey());
        codec.write(out, entry.getValue());
    }

    /** The section {@link #write} wrote, from {@code in}; an {@link IOException} when it is not one. */
    Read<V> read(DataInputStream in) throws IOException {
        int length = count(in);
        byte[] bytes = in.readNBytes(length);
        Map<String, V> base = decode(bytes);
        int changes = count(in);
        Map<String, V> entries = changes == 0 ? base : new HashMap<>(base); // never changed by the caller
        for (int n = changes; n > 0; n--) {
            entry(in, entries);
        }
        int removals = count(in);
        if (removals > 0 && entries == base) {
            entries = new HashMap<>(base);
        }
        for (int n = removals; n > 0; n--) {
            if (entries.remove(in.readUTF()) == null) {
                throw new IOException("a removed entry that the base does not hold");
            }
        }
        return new Read<>(java.util.Collections.unmodifiableMap(entries), new Base<>(bytes, base));
    }

    // read in place (SummaryInput): a text of a DataInputStream is decoded to chars, then compressed to bytes again
    private Map<String, V> decode(byte[] bytes) throws IOException {
        SummaryInput in = new SummaryInput(bytes, 0, bytes.length);
        int count = count(in);
        Map<String, V> entries = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            entry(in, entries);
        }
        if (in.available() != 0 || entries.size() != count) {
            throw new IOException("a base of " + count + " entries that holds " + entries.size()
                    + " and " + in.available() + " bytes more");
        }
        return entries;
    }

    private void entry(java.io.DataInput in, Map<String, V> entries) throws IOException {
        String key = in.readUTF();
        entries.put(key, Objects.requireNonNull(codec.read(in), "value"));
    }

    /** A count read from {@code in}, refused when it is negative or more than the bytes left could hold. */
    static int count(DataInputStream in) throws IOException {
        return possible(in.readInt(), in.available());
    }

    /** As {@link #count(DataInputStream)}. */
    static int count(SummaryInput in) throws IOException {
        return possible(in.readInt(), in.available());
    }

    private static int possible(int count, int available) throws IOException {
        if (count < 0 || count > available) {
            throw new IOException("impossible count " + count);
        }
        return count;
    }
}
