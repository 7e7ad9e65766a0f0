package org.dateline.pipeline;

import java.io.DataInput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The front-matter values of a cached summary ({@link ArticleCodec}): strings, numbers, booleans,
 * dates, lists and maps, each after a tag byte; anything else is {@link ArticleCodec.Uncacheable}.
 */
final class ValueCodec {

    private ValueCodec() {
    }

    static void write(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte('n');
        } else if (value instanceof String text) {
            out.writeByte('s');
            ArticleCodec.longText(out, text);
        } else if (value instanceof Long number) {
            out.writeByte('l');
            out.writeLong(number);
        } else if (value instanceof Integer number) {
            out.writeByte('i');
            out.writeInt(number);
        } else if (value instanceof Double number) {
            out.writeByte('d');
            out.writeDouble(number);
        } else if (value instanceof Boolean flag) {
            out.writeByte('b');
            out.writeBoolean(flag);
        } else if (value instanceof BigInteger number) {
            out.writeByte('I');
            ArticleCodec.longText(out, number.toString());
        } else if (value instanceof BigDecimal number) {
            out.writeByte('D');
            ArticleCodec.longText(out, number.toString());
        } else if (value instanceof OffsetDateTime date) {
            out.writeByte('t');
            ArticleCodec.date(out, date);
        } else if (value instanceof List<?> list) {
            out.writeByte('[');
            out.writeInt(list.size());
            for (Object item : list) {
                write(out, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte('{');
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new ArticleCodec.Uncacheable("map key " + entry.getKey().getClass().getName());
                }
                ArticleCodec.longText(out, key);
                write(out, entry.getValue());
            }
        } else {
            throw new ArticleCodec.Uncacheable(value.getClass().getName());
        }
    }

    /** A value as {@link #write} wrote it; lists and maps unmodifiable. */
    static Object read(DataInput in) throws IOException {
        int tag = in.readByte();
        switch (tag) {
            case 'n': return null;
            case 's': return ArticleCodec.longText(in);
            case 'l': return in.readLong();
            case 'i': return in.readInt();
            case 'd': return in.readDouble();
            case 'b': return in.readBoolean();
            case 'I': return new BigInteger(ArticleCodec.longText(in));
            case 'D': return new BigDecimal(ArticleCodec.longText(in));
            case 't': return ArticleCodec.date(in);
            case '[': {
                int count = ArticleCodec.count(in);
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    list.add(read(in));
                }
                return java.util.Collections.unmodifiableList(list);
            }
            case '{': return map(in);
            default: throw new IOException("bad value tag " + tag);
        }
    }

    /** An empty map is the one empty map: most articles' params and author URLs are. */
    private static Map<String, Object> map(DataInput in) throws IOException {
        int count = ArticleCodec.count(in);
        if (count == 0) {
            return Map.of();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            map.put(ArticleCodec.longText(in), read(in));
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
