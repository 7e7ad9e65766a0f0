package org.dateline.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.dateline.diag.DatelineException;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static String error(byte[] bytes) {
        return assertThrows(DatelineException.class, () -> new TextDecoder().decode("content/a.md", bytes))
                .getMessage();
    }

    @Test
    void utf16NamesTheFileWithoutAMadeUpLine() {
        assertEquals("content/a.md: file is UTF-16, not UTF-8 (hint: save the file as UTF-8)",
                error("\uFEFF---\n".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals("content/a.md: file looks like UTF-16 without a byte-order mark, not UTF-8 (hint: save the file as"
                + " UTF-8)", error("---\ntitle: T\n---\n".getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void anInvalidBytePointsAtItsLineAndColumn() {
        byte[] bytes = "ab\rcd\rxy".getBytes(StandardCharsets.UTF_8);
        bytes[7] = (byte) 0xFF;
        assertEquals("content/a.md:3:2: file is not valid UTF-8: invalid byte 0xFF at byte 7 (byte 2 of the line)"
                + " (hint: save the file as UTF-8)", error(bytes));
    }

    @Test
    void aByteOrderMarkIsDropped() {
        assertEquals("ab", new TextDecoder().decode("content/a.md", "\uFEFFab".getBytes(StandardCharsets.UTF_8)));
    }
}
