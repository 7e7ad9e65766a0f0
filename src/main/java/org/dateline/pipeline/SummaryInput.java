package org.dateline.pipeline;

import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A cached summary's bytes read in place, as a {@link DataInputStream} over them would read them:
 * the same values, the same {@link EOFException} at a short read. {@link ArticleCodec} reads every
 * cached article's summary once a build from the cache; a stream per summary made a stream, its
 * buffers and a copy of every text's bytes before the text itself, and each number four calls.
 */
final class SummaryInput implements DataInput {

    private final byte[] bytes;
    private int at;
    private final int end;

    /** The texts that recur across summaries, or null to make each one. */
    private final SharedTexts shared;

    /** The {@code length} bytes of {@code bytes} from {@code from}. */
    SummaryInput(byte[] bytes, int from, int length) {
        this(bytes, from, length, null);
    }

    /** As above, the texts that recur across summaries made once, in {@code shared} ({@link #sharedText}). */
    SummaryInput(byte[] bytes, int from, int length, SharedTexts shared) {
        if (from < 0 || length < 0 || from > bytes.length - length) {
            throw new IndexOutOfBoundsException("no " + length + " bytes at " + from);
        }
        this.bytes = bytes;
        this.at = from;
        this.end = from + length;
        this.shared = shared;
    }

    /** The bytes not read yet. */
    int available() {
        return end - at;
    }

    /** A reader of the bytes not read yet, on its own from here: this one reads on as if it were not there. */
    SummaryInput fork() {
        return new SummaryInput(bytes, at, end - at, shared);
    }

    /** As {@link #text(int)}, interned: the one string of a text that recurs across summaries (a tag, say). */
    String sharedText(int length) throws IOException {
        need(length);
        String text = shared == null ? new String(bytes, at, length, StandardCharsets.UTF_8).intern()
                : shared.text(bytes, at, length);
        at += length;
        return text;
    }

    /**
     * As {@link #text(int)}, but {@code same} itself when the bytes are its text, in ASCII: a cached
     * summary holds an article's standfirst twice (its front matter's and its rendered article's),
     * made into one string rather than two.
     */
    String text(int length, String same) throws IOException {
        need(length);
        if (same.length() != length) {
            return text(length);
        }
        for (int i = 0; i < length; i++) {
            if (bytes[at + i] != same.charAt(i)) { // a byte of a longer character is negative: never a char
                return text(length);
            }
        }
        at += length;
        return same;
    }

    /** The next {@code length} bytes as UTF-8 text (malformed bytes decoded as {@code new String} decodes them). */
    String text(int length) throws IOException {
        need(length);
        String text = new String(bytes, at, length, StandardCharsets.UTF_8);
        at += length;
        return text;
    }

    private void need(int count) throws EOFException {
        if (count < 0 || count > end - at) {
            throw new EOFException();
        }
    }

    @Override
    public void readFully(byte[] into) throws IOException {
        readFully(into, 0, into.length);
    }

    @Override
    public void readFully(byte[] into, int offset, int length) throws IOException {
        need(length);
        System.arraycopy(bytes, at, into, offset, length);
        at += length;
    }

    @Override
    public int skipBytes(int count) {
        int skipped = Math.max(0, Math.min(count, end - at));
        at += skipped;
        return skipped;
    }

    @Override
    public boolean readBoolean() throws IOException {
        return readByte() != 0;
    }

    @Override
    public byte readByte() throws IOException {
        need(1);
        return bytes[at++];
    }

    @Override
    public int readUnsignedByte() throws IOException {
        return readByte() & 0xff;
    }

    @Override
    public short readShort() throws IOException {
        return (short) readUnsignedShort();
    }

    @Override
    public int readUnsignedShort() throws IOException {
        need(2);
        int value = (bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff;
        at += 2;
        return value;
    }

    @Override
    public char readChar() throws IOException {
        return (char) readUnsignedShort();
    }

    @Override
    public int readInt() throws IOException {
        need(4);
        int value = (bytes[at] & 0xff) << 24 | (bytes[at + 1] & 0xff) << 16 | (bytes[at + 2] & 0xff) << 8
                | bytes[at + 3] & 0xff;
        at += 4;
        return value;
    }

    @Override
    public long readLong() throws IOException {
        return (long) readInt() << 32 | readInt() & 0xffffffffL;
    }

    @Override
    public float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /** Never written in a summary. */
    @Override
    public String readLine() {
        throw new UnsupportedOperationException("a summary has no lines");
    }

    /**
     * Modified UTF-8 with its length, as {@link DataInputStream#readUTF} reads it: ASCII (every byte
     * below 0x80, as most keys and paths are) is its own text; anything else is read by that method.
     */
    @Override
    public String readUTF() throws IOException {
        int length = readUnsignedShort();
        need(length);
        for (int i = at; i < at + length; i++) {
            if (bytes[i] < 0) {
                String text = new DataInputStream(new ByteArrayInputStream(bytes, at - 2, length + 2)).readUTF();
                at += length;
                return text;
            }
        }
        String text = new String(bytes, at, length, StandardCharsets.ISO_8859_1);
        at += length;
        return text;
    }
}
