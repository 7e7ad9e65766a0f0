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
    void theVeryStringItWasToldIsWrittenAsTheToldBytes() {
        Utf8Output out = new Utf8Output(4);
        String told = new String("“body”");
        out.known(told, new byte[] {'<', 'p', '>'}); // bytes unlike the text's: shows they are copied, not encoded
        out.write(told);
        out.write(new String("“body”")); // an equal string, but not the one told: encoded
        out.write(told, 1, 4); // part of it: encoded
        assertArrayEquals(new byte[] {'<', 'p', '>', (byte) 0xE2, (byte) 0x80, (byte) 0x9C, 'b', 'o', 'd', 'y',
            (byte) 0xE2, (byte) 0x80, (byte) 0x9D, 'b', 'o', 'd', 'y'}, out.toByteArray());
    }

    @Test
    void aToldStringAfterAHalfPairIsEncodedSoTheHalfBecomesAQuestionMark() {
        Utf8Output out = new Utf8Output(16);
        String told = "ab";
        out.known(told, new byte[] {'a', 'b'});
        out.write("\uD83D");
        out.write(told);
        assertArrayEquals(new byte[] {'?', 'a', 'b'}, out.toByteArray());
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

    /** A string's characters are copied out in bulk first, into a buffer that grows: the bytes must not change. */
    @Test
    void encodesLongMixedTextsAndPartsOfThemThroughItsCopyBuffer() {
        Utf8Output out = new Utf8Output(16);
        String line = "<p>\u201cQuoted\u201d \u2014 " + "x".repeat(300) + " \u65e5\uD83D\uDE00</p>";
        out.write(line);
        out.write(line, 3, 10); // “Quoted” — from inside a longer text
        out.write("ab\uD83D"); // a pair split between a string and characters
        out.write(new char[] {'\uDE00', 'c'}, 0, 2);
        byte[] bytes = out.toByteArray();
        assertArrayEquals(("<p>\u201cQuoted\u201d \u2014 " + "x".repeat(300) + " \u65e5\uD83D\uDE00</p>"
                + "\u201cQuoted\u201d \u2014ab\uD83D\uDE00c").getBytes(StandardCharsets.UTF_8), bytes);
        assertArrayEquals(new byte[] {'<', 'p', '>', (byte) 0xE2, (byte) 0x80, (byte) 0x9C, 'Q'},
                java.util.Arrays.copyOf(bytes, 7)); // “ is E2 80 9C
        assertArrayEquals(new byte[] {'a', 'b', (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, 'c'},
                java.util.Arrays.copyOfRange(bytes, bytes.length - 7, bytes.length));
        out.reset();
        out.write("\u00e9\uDE00" + "y".repeat(1000) + "\uD83D");
        out.write("");
        byte[] tail = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xC3, (byte) 0xA9, '?', 'y'}, java.util.Arrays.copyOf(tail, 4));
        assertArrayEquals(new byte[] {'y', '?'}, java.util.Arrays.copyOfRange(tail, tail.length - 2, tail.length));
    }
    /** Runs of high surrogates, pairs after them and ASCII next to them, in one call and split across calls. */
    @Test
    void highSurrogatesInARowAndAtTheEndOfACall() {
        String text = "a\uD83D\uD83D\uDE00b\uD83Dc\uDE00\uD83D\uD83D";
        Utf8Output whole = new Utf8Output(4);
        whole.write(text);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), whole.toByteArray());
        assertArrayEquals(new byte[] {'a', '?', (byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80, 'b', '?', 'c', '?',
            '?', '?'}, whole.toByteArray());
        for (int cut = 0; cut <= text.length(); cut++) {
            Utf8Output split = new Utf8Output(4);
            split.write(text.substring(0, cut));
            split.write(text.substring(cut).toCharArray(), 0, text.length() - cut);
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), split.toByteArray(), "cut at " + cut);
        }
    }
}
