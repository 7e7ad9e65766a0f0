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

    /** The JDK's decoding is taken when its text has no U+FFFD; one there, written or put, has the bytes checked. */
    @Test
    void aWrittenReplacementCharacterIsKeptAndAMadeOneIsAnError() {
        TextDecoder decoder = new TextDecoder();
        assertEquals("\u201cQ\u201d \uFFFD \uD83D\uDE00\r\n",
                decoder.decode("content/a.md", "\u201cQ\u201d \uFFFD \uD83D\uDE00\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("caf\u00e9", decoder.decode("content/a.md", new byte[] {'c', 'a', 'f', (byte) 0xC3, (byte) 0xA9}));
        assertEquals("", decoder.decode("content/a.md", new byte[0]));
        assertEquals("content/a.md:3:3: file is not valid UTF-8: invalid byte 0xED at byte 10 (byte 3 of the line)"
                + " (hint: save the file as UTF-8)", error(new byte[] {'x', 'y', '\n',
                    (byte) 0xE2, (byte) 0x80, (byte) 0x94, '\r', '\n', 'a', 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80}));
    }

    @Test
    void aByteOrderMarkIsDropped() {
        assertEquals("ab", new TextDecoder().decode("content/a.md", "\uFEFFab".getBytes(StandardCharsets.UTF_8)));
    }

    /** What {@link TextDecoder#check} says of {@code bytes}: "ok", or the error's message. */
    private static String checked(int... bytes) {
        byte[] data = new byte[bytes.length + 2];
        data[0] = 'a';
        for (int i = 0; i < bytes.length; i++) {
            data[i + 1] = (byte) bytes[i];
        }
        data[data.length - 1] = 'z';
        try {
            new TextDecoder().check("content/a.md", data);
            return "ok";
        } catch (DatelineException e) {
            return e.getMessage();
        }
    }

    @Test
    void checkAcceptsWhatDecodeAcceptsWithoutMakingTheText() {
        assertEquals("ok", checked(0xC3, 0xA9)); // é
        assertEquals("ok", checked(0xE2, 0x82, 0xAC)); // €
        assertEquals("ok", checked(0xED, 0x9F, 0xBF)); // U+D7FF, the last before the surrogates
        assertEquals("ok", checked(0xF0, 0x9F, 0x93, 0xB0)); // 📰
        assertEquals("ok", checked(0xF4, 0x8F, 0xBF, 0xBF)); // U+10FFFF
        assertEquals("ok", checked(0xEF, 0xBB, 0xBF)); // a byte-order mark
    }

    @Test
    void checkRefusesWhatDecodeRefusesWithTheSameMessage() {
        String invalid = "content/a.md:1:2: file is not valid UTF-8: invalid byte 0x%02X at byte 1 (byte 2 of the line)"
                + " (hint: save the file as UTF-8)";
        assertEquals(String.format(invalid, 0xC0), checked(0xC0, 0x80)); // an overlong NUL
        assertEquals(String.format(invalid, 0xE0), checked(0xE0, 0x80, 0x80)); // overlong
        assertEquals(String.format(invalid, 0xED), checked(0xED, 0xA0, 0x80)); // a surrogate
        assertEquals(String.format(invalid, 0xF4), checked(0xF4, 0x90, 0x80, 0x80)); // above U+10FFFF
        assertEquals(String.format(invalid, 0xF5), checked(0xF5, 0x80, 0x80, 0x80));
        assertEquals(String.format(invalid, 0x80), checked(0x80)); // a lone continuation byte
        assertEquals(String.format(invalid, 0xE2), checked(0xE2, 0x82)); // cut short
        assertEquals("content/a.md: file looks like UTF-16 without a byte-order mark, not UTF-8 (hint: save the file as"
                + " UTF-8)", assertThrows(DatelineException.class, () -> new TextDecoder().check("content/a.md",
                "---\ntitle: T\n---\n".getBytes(StandardCharsets.UTF_16LE))).getMessage());
    }

    /** isUtf8 decides whether decode takes the JDK's lenient String decoding: it must refuse all the strict decoder refuses. */
    @Test
    void isUtf8AgreesWithTheStrictDecoder() {
        int[] tails = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
        for (int lead = 0x80; lead <= 0xFF; lead++) {
            for (int second = 0; second <= 0xFF; second++) {
                agree(lead, second);
                for (int third : tails) {
                    agree(lead, second, third);
                    for (int fourth : tails) {
                        agree(lead, second, third, fourth);
                    }
                }
            }
        }
    }

    private static void agree(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        boolean strict;
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes));
            strict = true;
        } catch (java.nio.charset.CharacterCodingException e) {
            strict = false;
        }
        assertEquals(strict, TextDecoder.isUtf8(bytes), java.util.Arrays.toString(values));
    }
}
