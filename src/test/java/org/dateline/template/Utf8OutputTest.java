package org.dateline.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Pages are encoded as they are rendered: the bytes must be what encoding the whole text would give. */
class Utf8OutputTest {

    @Test
    void encodesEachRangeOfCharacters() {
        Utf8Output out = new Utf8Output(1);
        out.write("A é € ");
        out.write(new char[] {'\uD83D', '\uDE00'}, 0, 2); // 😀, one pair in one call
        assertArrayEquals(new byte[] {'A', ' ', (byte) 0xC3, (byte) 0xA9, ' ', (byte) 0xE2, (byte) 0x82, (byte) 0xAC, ' ',
            (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, out.toByteArray());
    }

    @Test
    void aPairSplitAcrossCallsIsOneCharacter() {
        Utf8Output out = new Utf8Output(16);
        out.write("x\uD83D");
        out.write('\uDE00');
        out.write("y");
        assertArrayEquals(new byte[] {'x', (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, 'y'}, out.toByteArray());
    }

    @Test
    void aLoneSurrogateIsAQuestionMarkAsInStringGetBytes() {
        Utf8Output out = new Utf8Output(16);
        out.write("a\uDE00b\uD83Dc\uD83D");
        assertArrayEquals(new byte[] {'a', '?', 'b', '?', 'c', '?'}, out.toByteArray());
        assertArrayEquals("a\uDE00b\uD83Dc\uD83D".getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void growsPastItsFirstCapacity() {
        Utf8Output out = new Utf8Output(16);
        String long1 = "é".repeat(5_000);
        out.write(long1);
        out.write(long1, 10, 3);
        assertArrayEquals((long1 + "ééé").getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void anyTextInAnyPiecesGivesTheBytesOfTheWholeText() {
        Random random = new Random(20261130);
        char[] alphabet = {'a', '<', '\u00e9', '\u07ff', '\u0800', '\u20ac', '\uffff', '\uD83D', '\uDE00', '\uDBFF',
            '\uDC00', '\n'};
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            Utf8Output out = new Utf8Output(16);
            int pieces = 1 + random.nextInt(8);
            for (int p = 0; p < pieces; p++) {
                char[] piece = new char[random.nextInt(12)];
                for (int i = 0; i < piece.length; i++) {
                    piece[i] = alphabet[random.nextInt(alphabet.length)];
                }
                text.append(piece);
                switch (random.nextInt(3)) {
                    case 0 -> out.write(new String(piece));
                    case 1 -> out.write(piece, 0, piece.length);
                    default -> {
                        for (char c : piece) {
                            out.write(c);
                        }
                    }
                }
            }
            assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), out.toByteArray(), text.toString());
        }
    }
}
