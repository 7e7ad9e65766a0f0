package org.dateline.config;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dateline.diag.DatelineException;
import org.dateline.diag.LineIndex;
import org.dateline.diag.SourcePosition;

/** Strict UTF-8 decoding: invalid bytes are an error with their line and byte offset, never a U+FFFD. */
public final class TextDecoder {

    /** Decodes {@code bytes} of {@code relPath}, removing a leading byte-order mark. */
    public String decode(String relPath, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            // the whole file, no line: read as UTF-8, its first line is no text to show
            throw DatelineException.at(SourcePosition.of(relPath), "file is UTF-16, not UTF-8", "save the file as UTF-8");
        }
        if (looksLikeUtf16(bytes)) {
            throw DatelineException.at(SourcePosition.of(relPath),
                    "file looks like UTF-16 without a byte-order mark, not UTF-8", "save the file as UTF-8");
        }
        // Nearly every file: the JDK's own decoding, with its fast paths, makes the same text. It puts a U+FFFD for each
        // malformed sequence, so a text without one came from well-formed bytes; only one with a U+FFFD (written in the
        // file, or put there) needs the bytes checked (a text all Latin-1 answers indexOf at once).
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        if (decoded.indexOf('\uFFFD') < 0 || isUtf8(bytes)) {
            return decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        try {
            var result = decoder.decode(input, output, true);
            if (result.isError()) {
                result.throwException();
            }
            decoder.flush(output);
        } catch (CharacterCodingException e) {
            int offset = input.position();
            throw invalidByte(relPath, bytes, offset);
        }
        output.flip();
        String text = output.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Checks that {@code bytes} are what {@link #decode} accepts, without making the text: the same
     * error when they are not.
     */
    public void check(String relPath, byte[] bytes) {
        if (!isUtf8(bytes) || looksLikeUtf16(bytes)) { // a UTF-16 byte-order mark is no UTF-8
            decode(relPath, bytes); // throws the error, with its position
        }
    }

    /** Well-formed UTF-8 as RFC 3629 and the JDK's decoder define it: no overlong forms, surrogates or code points above U+10FFFF. */
    static boolean isUtf8(byte[] bytes) {
        int i = 0;
        int n = bytes.length;
        while (i < n) {
            int c = bytes[i];
            if (c >= 0) {
                i++;
                continue;
            }
            c &= 0xFF;
            int length = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
            if (length == 0 || i + length > n) {
                return false;
            }
            int second = bytes[i + 1] & 0xFF;
            if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second >= 0xA0)
                    || (c == 0xF0 && second < 0x90) || (c == 0xF4 && second >= 0x90)) {
                return false;
            }
            for (int k = 1; k < length; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }

    /** The bytes before {@code offset} decoded cleanly, so their text gives the line and column. */
    private static DatelineException invalidByte(String relPath, byte[] bytes, int offset) {
        String decoded = new String(bytes, 0, offset, StandardCharsets.UTF_8);
        String before = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        LineIndex lines = new LineIndex(before);
        int line = lines.line(before.length());
        int lineBytes = before.substring(lines.lineStart(line)).getBytes(StandardCharsets.UTF_8).length;
        return DatelineException.at(SourcePosition.of(relPath).withLineColumn(line, lines.column(before.length())),
                "file is not valid UTF-8: invalid byte 0x" + String.format(Locale.ROOT, "%02X", bytes[offset] & 0xFF)
                        + " at byte " + offset + " (byte " + (lineBytes + 1) + " of the line)",
                "save the file as UTF-8");
    }

    /** ASCII text in UTF-16 has a zero byte in every other place; text in UTF-8 has none. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int sample = Math.min(bytes.length, 64) & ~1;
        if (sample < 8) {
            return false;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = sample / 2;
        return (evenZeros * 4 >= pairs * 3 && oddZeros == 0) || (oddZeros * 4 >= pairs * 3 && evenZeros == 0);
    }
}
