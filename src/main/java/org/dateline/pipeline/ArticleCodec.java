package org.dateline.pipeline;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.diag.Problem;
import org.dateline.diag.Severity;
import org.dateline.diag.SourcePosition;
import org.dateline.parse.ArticleMeta;
import org.dateline.parse.LeadImage;
import org.dateline.parse.Notice;
import org.dateline.render.ArticleBody;
import org.dateline.render.RenderedArticle;

/**
 * An article's cached summary as bytes: its metadata and parse warnings, and, if it was rendered,
 * the rendered article but its body, which {@link ArticleCache} keeps apart and reads only when a
 * page shows it. Front-matter values ({@code params}) may be strings, numbers, booleans,
 * dates, lists and maps; an article holding anything else is simply not cached
 * ({@link Uncacheable}). Dates are binary ({@link #date}); the cache's magic names the format.
 */
final class ArticleCodec {

    /** A value this codec cannot write: the article is rendered again next time instead. */
    static final class Uncacheable extends IOException {
        private static final long serialVersionUID = 1L;

        Uncacheable(String what) {
            super("cannot cache a value of type " + what);
        }
    }

    private ArticleCodec() {
    }

    static void write(DataOutputStream out, CachedArticle article) throws IOException {
        meta(out, article.meta());
        problems(out, article.parseWarnings());
        out.writeBoolean(article.rendered().isPresent());
        if (article.rendered().isPresent()) {
            RenderedArticle rendered = article.rendered().get();
            out.writeUTF(rendered.file());
            longText(out, rendered.description());
            out.writeInt(rendered.headings().size());
            for (RenderedArticle.Heading heading : rendered.headings()) {
                out.writeInt(heading.level());
                longText(out, heading.id());
                longText(out, heading.text());
            }
            out.writeInt(rendered.wordCount());
            problems(out, rendered.warnings());
        }
        texts(out, article.images());
    }

    /** @param body the article's body, if it was rendered: where it is kept */
    static CachedArticle read(DataInput in, ArticleBody body) throws IOException {
        ArticleMeta meta = meta(in);
        List<Problem> parseWarnings = problems(in);
        Optional<RenderedArticle> rendered = Optional.empty();
        if (in.readBoolean()) {
            String file = in.readUTF();
            String description = longText(in);
            int count = count(in);
            List<RenderedArticle.Heading> headings = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                headings.add(new RenderedArticle.Heading(in.readInt(), longText(in), longText(in)));
            }
            rendered = Optional.of(new RenderedArticle(file, meta, body, description, headings, in.readInt(),
                    problems(in)));
        }
        return new CachedArticle(meta, parseWarnings, rendered, texts(in));
    }

    private static void meta(DataOutputStream out, ArticleMeta meta) throws IOException {
        longText(out, meta.title());
        date(out, meta.published());
        optionalDate(out, meta.updated());
        optionalDate(out, meta.expires());
        texts(out, meta.authors());
        longText(out, meta.source());
        longText(out, meta.description());
        longText(out, meta.section());
        texts(out, meta.tags());
        longText(out, meta.slug());
        out.writeBoolean(meta.draft());
        out.writeBoolean(meta.image().isPresent());
        if (meta.image().isPresent()) {
            LeadImage image = meta.image().get();
            texts(out, List.of(image.src(), image.alt(), image.caption(), image.credit()));
        }
        longText(out, meta.location());
        notices(out, meta.corrections());
        notices(out, meta.updates());
        value(out, meta.params());
        out.writeInt(meta.positions().size());
        String file = null;
        for (Map.Entry<String, SourcePosition> entry : meta.positions().entrySet()) {
            out.writeUTF(entry.getKey());
            // the file once: a key's file is nearly always the one before's, the article's own
            SourcePosition position = entry.getValue();
            out.writeBoolean(position.file().equals(file));
            if (!position.file().equals(file)) {
                out.writeUTF(position.file());
                file = position.file();
            }
            out.writeInt(position.line());
            out.writeInt(position.column());
        }
        texts(out, meta.categories());
        longText(out, meta.url());
        texts(out, meta.aliases());
        value(out, meta.authorUrls());
    }

    @SuppressWarnings("unchecked")
    private static ArticleMeta meta(DataInput in) throws IOException {
        String title = longText(in);
        OffsetDateTime published = date(in);
        Optional<OffsetDateTime> updated = optionalDate(in);
        Optional<OffsetDateTime> expires = optionalDate(in);
        List<String> authors = texts(in);
        String source = longText(in);
        String description = longText(in);
        String section = longText(in);
        List<String> tags = texts(in);
        String slug = longText(in);
        boolean draft = in.readBoolean();
        Optional<LeadImage> image = Optional.empty();
        if (in.readBoolean()) {
            List<String> parts = texts(in);
            if (parts.size() != 4) {
                throw new IOException("bad image");
            }
            image = Optional.of(new LeadImage(parts.get(0), parts.get(1), parts.get(2), parts.get(3)));
        }
        String location = longText(in);
        List<Notice> corrections = notices(in);
        List<Notice> updates = notices(in);
        Object params = value(in);
        if (!(params instanceof Map)) {
            throw new IOException("bad params");
        }
        int count = count(in);
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        String file = null;
        for (int i = 0; i < count; i++) {
            String key = in.readUTF();
            boolean same = in.readBoolean();
            if (same && file == null) {
                throw new IOException("bad position");
            }
            if (!same) {
                file = in.readUTF(); // one string for the article's positions, not one each
            }
            positions.put(key, new SourcePosition(file, in.readInt(), in.readInt()));
        }
        List<String> categories = texts(in);
        String url = longText(in);
        List<String> aliases = texts(in);
        Object authorUrls = value(in);
        if (!(authorUrls instanceof Map)) {
            throw new IOException("bad author URLs");
        }
        return new ArticleMeta(title, published, updated, expires, authors, source, description, section, tags, slug,
                draft, image, location, corrections, updates, (Map<String, Object>) params, positions, categories, url,
                aliases, (Map<String, String>) authorUrls);
    }

    static void problems(DataOutputStream out, List<Problem> problems) throws IOException {
        out.writeInt(problems.size());
        for (Problem problem : problems) {
            out.writeUTF(problem.severity().name());
            position(out, problem.position());
            longText(out, problem.message());
            out.writeBoolean(problem.hint().isPresent());
            if (problem.hint().isPresent()) {
                longText(out, problem.hint().get());
            }
        }
    }

    static List<Problem> problems(DataInput in) throws IOException {
        int count = count(in);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Severity severity = Severity.valueOf(in.readUTF());
            SourcePosition position = position(in);
            String message = longText(in);
            Optional<String> hint = in.readBoolean() ? Optional.of(longText(in)) : Optional.empty();
            problems.add(new Problem(severity, position, message, hint));
        }
        return problems;
    }

    private static void position(DataOutputStream out, SourcePosition position) throws IOException {
        out.writeUTF(position.file());
        out.writeInt(position.line());
        out.writeInt(position.column());
    }

    private static SourcePosition position(DataInput in) throws IOException {
        return new SourcePosition(in.readUTF(), in.readInt(), in.readInt());
    }

    private static void notices(DataOutputStream out, List<Notice> notices) throws IOException {
        out.writeInt(notices.size());
        for (Notice notice : notices) {
            date(out, notice.date());
            longText(out, notice.text());
        }
    }

    private static List<Notice> notices(DataInput in) throws IOException {
        int count = count(in);
        List<Notice> notices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            notices.add(new Notice(date(in), longText(in)));
        }
        return notices;
    }

    /**
     * A date as its epoch second, nanosecond and offset in seconds: read back as the same date, offset
     * and all, without the text parse that cost a build from the cache ~3% of its CPU under C1.
     */
    static void date(DataOutputStream out, OffsetDateTime date) throws IOException {
        out.writeLong(date.toEpochSecond());
        out.writeInt(date.getNano());
        out.writeInt(date.getOffset().getTotalSeconds());
    }

    static OffsetDateTime date(DataInput in) throws IOException {
        long second = in.readLong();
        int nano = in.readInt();
        int offset = in.readInt();
        if (nano < 0 || nano > 999_999_999) {
            throw new IOException("bad nanosecond " + nano);
        }
        try {
            ZoneOffset zone = ZoneOffset.ofTotalSeconds(offset);
            return OffsetDateTime.of(LocalDateTime.ofEpochSecond(second, nano, zone), zone);
        } catch (DateTimeException e) {
            throw new IOException("bad date", e);
        }
    }

    static void optionalDate(DataOutputStream out, Optional<OffsetDateTime> date) throws IOException {
        out.writeBoolean(date.isPresent());
        if (date.isPresent()) {
            date(out, date.get());
        }
    }

    static Optional<OffsetDateTime> optionalDate(DataInput in) throws IOException {
        return in.readBoolean() ? Optional.of(date(in)) : Optional.empty();
    }

    private static void texts(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            longText(out, text);
        }
    }

    private static List<String> texts(DataInput in) throws IOException {
        int count = count(in);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            texts.add(longText(in));
        }
        return texts;
    }

    /** Text of any length ({@code writeUTF} stops at 64 KiB), as UTF-8 with its length. */
    private static void longText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String longText(DataInput in) throws IOException {
        int length = count(in);
        return in instanceof SummaryInput bytes ? bytes.text(length)
                : new String(((DataInputStream) in).readNBytes(length), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A length, no more than the bytes left ({@code in} is a {@link SummaryInput} or a {@link DataInputStream}). */
    private static int count(DataInput in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > (in instanceof SummaryInput bytes ? bytes.available()
                : ((DataInputStream) in).available())) {
            throw new IOException("bad length " + count);
        }
        return count;
    }

    private static void value(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte('n');
        } else if (value instanceof String text) {
            out.writeByte('s');
            longText(out, text);
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
            longText(out, number.toString());
        } else if (value instanceof BigDecimal number) {
            out.writeByte('D');
            longText(out, number.toString());
        } else if (value instanceof OffsetDateTime date) {
            out.writeByte('t');
            date(out, date);
        } else if (value instanceof List<?> list) {
            out.writeByte('[');
            out.writeInt(list.size());
            for (Object item : list) {
                value(out, item);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte('{');
            out.writeInt(map.size());
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new Uncacheable("map key " + entry.getKey().getClass().getName());
                }
                longText(out, key);
                value(out, entry.getValue());
            }
        } else {
            throw new Uncacheable(value.getClass().getName());
        }
    }

    private static Object value(DataInput in) throws IOException {
        int tag = in.readByte();
        switch (tag) {
            case 'n': return null;
            case 's': return longText(in);
            case 'l': return in.readLong();
            case 'i': return in.readInt();
            case 'd': return in.readDouble();
            case 'b': return in.readBoolean();
            case 'I': return new BigInteger(longText(in));
            case 'D': return new BigDecimal(longText(in));
            case 't': return date(in);
            case '[': {
                int count = count(in);
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    list.add(value(in));
                }
                return java.util.Collections.unmodifiableList(list);
            }
            case '{': {
                int count = count(in);
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < count; i++) {
                    map.put(longText(in), value(in));
                }
                return java.util.Collections.unmodifiableMap(map);
            }
            default: throw new IOException("bad value tag " + tag);
        }
    }
}
