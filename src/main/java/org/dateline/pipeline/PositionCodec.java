package org.dateline.pipeline;

import java.io.DataInput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.diag.SourcePosition;
import org.dateline.parse.ArticleMeta;
import org.dateline.parse.RecordedPositions;

/** An article's positions ({@link ArticleMeta#positions()}) in its cached summary ({@link ArticleCodec}). */
final class PositionCodec {

    private PositionCodec() {
    }

    /**
     * The keys Dateline knows, as a summary writes them: by their number in parse's own list of them,
     * one byte, where each was a string to read and make (every article has half a dozen). A change to
     * that list changes the code and so the cache's stamp; {@code ArticleCodecTest} pins the bytes.
     */
    private static final List<String> KEYS = RecordedPositions.KNOWN_KEYS;
    private static final int OTHER_KEY = 0xff;

    /**
     * An article's positions: when they all name one file (an article's do), that file once, then
     * each key (its number in {@link #KEYS}, or {@link #OTHER_KEY} and the key) with its line and
     * column, read back in the form {@link ArticleMeta} keeps them ({@link RecordedPositions}); else each
     * key with its own position.
     */
    static void positions(DataOutputStream out, Map<String, SourcePosition> positions) throws IOException {
        out.writeInt(positions.size());
        if (positions.isEmpty()) {
            return;
        }
        String file = positions.values().iterator().next().file();
        boolean oneFile = positions.values().stream().allMatch(position -> position.file().equals(file));
        out.writeBoolean(oneFile);
        if (oneFile) {
            ArticleCodec.longText(out, file);
        }
        for (Map.Entry<String, SourcePosition> entry : positions.entrySet()) {
            int known = KEYS.indexOf(entry.getKey());
            out.writeByte(known < 0 ? OTHER_KEY : known);
            if (known < 0) {
                out.writeUTF(entry.getKey());
            }
            if (!oneFile) {
                ArticleCodec.longText(out, entry.getValue().file());
            }
            out.writeInt(entry.getValue().line());
            out.writeInt(entry.getValue().column());
        }
    }

    /**
     * As {@link #positions(DataInput)}; from a summary's bytes ({@link SummaryInput}) when they all name
     * one file (an article's do), checked now and made when a problem is reported in the article
     * ({@link RecordedPositions#later}).
     */
    static Map<String, SourcePosition> laterPositions(DataInput in) throws IOException {
        if (!(in instanceof SummaryInput bytes)) {
            return positions(in);
        }
        SummaryInput from = bytes.fork();
        int count = ArticleCodec.count(in);
        if (count == 0) {
            return Map.of();
        }
        if (!in.readBoolean()) { // each key in its own file: read now, as before
            Map<String, SourcePosition> each = positions(from);
            in.skipBytes(bytes.available() - from.available());
            return each;
        }
        ArticleCodec.skipText(in);
        for (int i = 0; i < count; i++) {
            key(in);
            if (in.readInt() < 0 || in.readInt() < 0) {
                throw new IOException("bad position");
            }
        }
        return RecordedPositions.later(count, () -> {
            try {
                return positions(from.fork());
            } catch (IOException e) {
                throw new UncheckedIOException("a checked summary failed to decode", e);
            }
        });
    }

    static Map<String, SourcePosition> positions(DataInput in) throws IOException {
        int count = ArticleCodec.count(in);
        if (count == 0) {
            return Map.of();
        }
        String file = in.readBoolean() ? ArticleCodec.longText(in) : null;
        String[] keys = new String[count];
        int[] places = new int[2 * count];
        Map<String, SourcePosition> each = file == null ? new LinkedHashMap<>() : null;
        for (int i = 0; i < count; i++) {
            keys[i] = key(in);
            String own = file == null ? ArticleCodec.longText(in) : null;
            places[2 * i] = in.readInt();
            places[2 * i + 1] = in.readInt();
            if (own != null) {
                each.put(keys[i], new SourcePosition(own, places[2 * i], places[2 * i + 1]));
            }
        }
        try {
            return file == null ? each : RecordedPositions.of(file, keys, places);
        } catch (IllegalArgumentException e) {
            throw new IOException("bad position", e);
        }
    }

    private static String key(DataInput in) throws IOException {
        int known = in.readUnsignedByte();
        if (known == OTHER_KEY) {
            return in.readUTF();
        }
        if (known >= KEYS.size()) {
            throw new IOException("bad key " + known);
        }
        return KEYS.get(known);
    }
}
