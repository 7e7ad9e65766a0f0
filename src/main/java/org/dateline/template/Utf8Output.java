package org.dateline.template;

import java.io.Writer;
import java.util.Arrays;

/**
 * Where a page is rendered: a {@link Writer} that encodes what Pebble writes straight to UTF-8 bytes,
 * exactly as {@code String.getBytes(UTF_8)} would encode the whole text (a surrogate pair is one
 * four-byte character even when written in two calls; a lone surrogate becomes {@code ?}). Rendering
 * into a {@code StringWriter} and encoding its text costs the page five to seven times over: the
 * buffer, its widening to two bytes a character at the first non-Latin-1 one, the string, the
 * encoder's own buffer and the bytes; this costs it once, plus the buffer's growth.
 */
final class Utf8Output extends Writer {

    private byte[] bytes;
    private int count;
    /** A high surrogate written last, waiting for its low half; 0 for none. */
    private char high;
    /** Where a written string's characters are copied to be encoded; grows to the longest. */
    private char[] scratch = new char[256];
    /** A string whose UTF-8 bytes are known ({@link #known}), and those bytes: writing it copies them. */
    private String knownText;
    private byte[] knownBytes;

    Utf8Output(int capacity) {
        this.bytes = new byte[Math.max(16, capacity)];
    }

    @Override
    public void write(int c) {
        room(4);
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        room(length * 3 + 4);
        encode(chars, offset, offset + length);
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    /**
     * Copies the characters out in bulk first: {@code charAt} on a text with characters past Latin-1 (the rendered
     * HTML of an article with typographic quotes) keeps a bounds-check call per character under C1.
     */
    @Override
    public void write(String text, int offset, int length) {
        if (text == knownText && offset == 0 && length == text.length() && high == 0) {
            room(knownBytes.length);
            System.arraycopy(knownBytes, 0, bytes, count, knownBytes.length);
            count += knownBytes.length;
            return;
        }
        room(length * 3 + 4);
        if (scratch.length < length) {
            scratch = new char[Math.max(length, scratch.length * 2)];
        }
        text.getChars(offset, offset + length, scratch, 0);
        encode(scratch, 0, length);
    }

    /**
     * {@code chars[from, to)}: ASCII a byte a character in a loop the JIT keeps tight, the rest through {@link #put}.
     * A high surrogate waiting for its other half is only ever followed through {@link #put}, so the ASCII test
     * alone decides, without reading {@link #high} for every character.
     */
    private void encode(char[] chars, int from, int to) {
        int i = from;
        while (high != 0 && i < to) { // the other half of a pair the last call ended with
            put(chars[i++]);
        }
        byte[] out = bytes;
        int n = count;
        for (; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else {
                count = n;
                put(c);
                while (high != 0 && i + 1 < to) {
                    put(chars[++i]);
                }
                n = count;
            }
        }
        count = n;
    }

    /**
     * Tells that {@code text} (this very string) is {@code utf8} encoded, as {@code String.getBytes(UTF_8)} would
     * encode it: writing it whole then copies the bytes (an article's body, read from bytes, costs a page no second
     * encoding). Only the last string told is remembered.
     */
    void known(String text, byte[] utf8) {
        knownText = text;
        knownBytes = utf8;
    }

    @Override
    public void flush() {
        // nothing is held elsewhere
    }

    @Override
    public void close() {
        // the bytes stay readable
    }

    /** Forgets what was written, keeping the buffer for the next page. */
    void reset() {
        count = 0;
        high = 0;
        knownText = null;
        knownBytes = null;
    }

    int capacity() {
        return bytes.length;
    }

    /** The bytes written so far, a lone high surrogate at the end as {@code ?}. */
    byte[] toByteArray() {
        byte[] out = Arrays.copyOf(bytes, count + (high != 0 ? 1 : 0));
        if (high != 0) {
            out[count] = '?';
        }
        return out;
    }

    /** Three bytes at most per character, and four for a pair whose high half came in the last call. */
    private void room(int more) {
        if (bytes.length - count < more) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
        }
    }

    private void put(char c) {
        if (high != 0) {
            char first = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int code = Character.toCodePoint(first, c);
                bytes[count++] = (byte) (0xF0 | code >> 18);
                bytes[count++] = (byte) (0x80 | code >> 12 & 0x3F);
                bytes[count++] = (byte) (0x80 | code >> 6 & 0x3F);
                bytes[count++] = (byte) (0x80 | code & 0x3F);
                return;
            }
            bytes[count++] = '?';
        }
        if (c < 0x80) {
            bytes[count++] = (byte) c;
        } else if (c < 0x800) {
            bytes[count++] = (byte) (0xC0 | c >> 6);
            bytes[count++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[count++] = '?';
        } else {
            bytes[count++] = (byte) (0xE0 | c >> 12);
            bytes[count++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[count++] = (byte) (0x80 | c & 0x3F);
        }
    }
}
