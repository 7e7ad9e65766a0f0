package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntrySectionTest {

    private static final EntrySection<String> SECTION = new EntrySection<>(new EntrySection.Codec<>() {
        @Override
        public void write(DataOutputStream out, String value) throws IOException {
            out.writeUTF(value);
        }

        @Override
        public String read(java.io.DataInput in) throws IOException {
            return in.readUTF();
        }

        @Override
        public boolean same(String one, String other) {
            return one.equals(other);
        }
    });

    private static byte[] write(Map<String, String> entries, Optional<EntrySection.Base<String>> base) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            SECTION.write(out, entries, base);
        }
        return bytes.toByteArray();
    }

    private static EntrySection.Read<String> read(byte[] bytes) throws IOException {
        return SECTION.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    }

    private static Map<String, String> numbered(int count) {
        Map<String, String> entries = new HashMap<>();
        for (int i = 0; i < count; i++) {
            entries.put("page-" + i + ".html", "key " + i);
        }
        return entries;
    }

    @Test
    void aFewChangesFollowTheBaseAsItWasRead() throws IOException {
        byte[] first = write(Map.of("a.html", "key a", "b.html", "key b", "c.html", "key c"), Optional.empty());
        EntrySection.Read<String> read = read(first);
        assertEquals(Map.of("a.html", "key a", "b.html", "key b", "c.html", "key c"), read.entries());

        byte[] second = write(Map.of("a.html", "key a2", "c.html", "key c", "d.html", "key d"), Optional.of(read.base()));
        assertEquals(Map.of("a.html", "key a2", "c.html", "key c", "d.html", "key d"), read(second).entries());
        int base = first.length - 8; // the base's length and bytes; then no changes and no removals (two zeros)
        assertArrayEquals(Arrays.copyOf(first, base), Arrays.copyOf(second, base), "the base, copied as read");
        // then two changes (a.html, d.html) and one removal (b.html)
        assertEquals(2, new DataInputStream(new ByteArrayInputStream(second, base, 4)).readInt());

        byte[] third = write(Map.of("a.html", "key a3", "c.html", "key c", "d.html", "key d"), Optional.of(read(second).base()));
        assertEquals(Map.of("a.html", "key a3", "c.html", "key c", "d.html", "key d"), read(third).entries());
        assertArrayEquals(Arrays.copyOf(first, base), Arrays.copyOf(third, base), "still the first base");
    }

    @Test
    void manyChangesAreWrittenAsANewBase() throws IOException {
        Map<String, String> before = numbered(100);
        EntrySection.Read<String> read = read(write(before, Optional.empty()));
        Map<String, String> after = new HashMap<>(before);
        for (int i = 0; i < 65; i++) { // past the bound of 64 for a base of 100
            after.put("page-" + i + ".html", "new key " + i);
        }
        byte[] written = write(after, Optional.of(read.base()));
        assertEquals(after, read(written).entries());
        assertArrayEquals(new byte[8], Arrays.copyOfRange(written, written.length - 8, written.length),
                "no changes and no removals after the new base");
        assertEquals(after, read(Arrays.copyOf(written, written.length)).entries());
    }

    @Test
    void aRemovalOfAnEntryTheBaseDoesNotHoldIsNoSection() throws IOException {
        byte[] first = write(Map.of("a.html", "key a"), Optional.empty());
        // the base, then no changes and one removal, of "z.html", which the base does not hold
        byte[] counts = {0, 0, 0, 0, 0, 0, 0, 1, 0, 6, 'z', '.', 'h', 't', 'm', 'l'};
        byte[] damaged = Arrays.copyOf(first, first.length - 8 + counts.length);
        System.arraycopy(counts, 0, damaged, first.length - 8, counts.length);
        assertThrows(IOException.class, () -> read(damaged));
    }
}
