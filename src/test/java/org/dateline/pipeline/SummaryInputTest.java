package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link SummaryInput} reads a slice of bytes as a {@code DataInputStream} reads what a
 * {@code DataOutputStream} wrote: the same values, modified UTF-8 included (a NUL, an accent, an emoji),
 * and an {@link EOFException} at a read past the slice's end.
 */
class SummaryInputTest {

    @Test
    void readsWhatADataOutputStreamWrote() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {9, 9, 9}); // before the slice
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(-123456789);
            out.writeLong(Long.MIN_VALUE + 5);
            out.writeBoolean(true);
            out.writeBoolean(false);
            out.writeByte(-2);
            out.writeShort(-300);
            out.writeDouble(2.5);
            out.writeUTF("content/world/floods.md");
            out.writeUTF("Zo\u00eb \0 \ud83d\ude42");
            out.writeUTF("");
            out.write("caf\u00e9".getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = bytes.toByteArray();
        SummaryInput in = new SummaryInput(all, 3, all.length - 3);
        assertEquals(-123456789, in.readInt());
        assertEquals(Long.MIN_VALUE + 5, in.readLong());
        assertEquals(List.of(true, false), List.of(in.readBoolean(), in.readBoolean()));
        assertEquals(-2, in.readByte());
        assertEquals(-300, in.readShort());
        assertEquals(2.5, in.readDouble());
        assertEquals("content/world/floods.md", in.readUTF());
        assertEquals("Zo\u00eb \0 \ud83d\ude42", in.readUTF());
        assertEquals("", in.readUTF());
        assertEquals(5, in.available());
        assertEquals("caf\u00e9", in.text(5));
        assertEquals(0, in.available());
        assertThrows(EOFException.class, in::readByte);
    }

    @Test
    void aReadPastTheSliceIsAnEndOfFile() throws IOException {
        byte[] bytes = {0, 0, 0, 7, 0, 5, 'a', 'b', 'c', 0, 0, 0, 0};
        SummaryInput in = new SummaryInput(bytes, 0, 9); // the int, then a text of 5 bytes with 3 in the slice
        assertEquals(7, in.readInt());
        assertThrows(EOFException.class, in::readUTF);
        SummaryInput shortInt = new SummaryInput(bytes, 6, 3);
        assertThrows(EOFException.class, shortInt::readInt);
        assertThrows(EOFException.class, () -> new SummaryInput(bytes, 0, 4).text(5));
        assertEquals(3, new SummaryInput(bytes, 6, 3).skipBytes(10));
        assertThrows(IndexOutOfBoundsException.class, () -> new SummaryInput(bytes, 10, 4));
    }
}
