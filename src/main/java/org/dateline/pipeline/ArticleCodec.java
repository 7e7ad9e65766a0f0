package org.dateline.pipeline;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.dateline.render.DecodedList;
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
        out.writeBoolean(article.articleList().isPresent());
        if (article.articleList().isPresent()) {
            out.writeUTF(article.articleList().get());
        }
    }

    /** @param body the article's body, if it was rendered: where it is kept */
    static CachedArticle read(DataInput in, ArticleBody body) throws IOException {
        ArticleMeta meta = meta(in);
        List<Problem> parseWarnings = problems(in);
        Optional<RenderedArticle> rendered = Optional.empty();
        if (in.readBoolean()) {
            String file = in.readUTF();
            String description = in instanceof SummaryInput bytes ? bytes.text(count(in), meta.description())
                    : longText(in);
            List<RenderedArticle.Heading> headings = headings(in);
            rendered = Optional.of(new RenderedArticle(file, meta, body, description, headings, in.readInt(),
                    problems(in)));
        }
        List<String> images = texts(in);
        Optional<String> articleList = in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
        return new CachedArticle(meta, parseWarnings, rendered, images, articleList);
    }

    /**
     * A rendered article's subheadings. From a summary's bytes ({@link SummaryInput}) they are checked
     * now and made when a page reads them ({@link DecodedList}): a build from the cache renders few pages.
     */
    private static List<RenderedArticle.Heading> headings(DataInput in) throws IOException {
        int count = count(in);
        if (!(in instanceof SummaryInput bytes)) {
            return headings(in, count);
        }
        SummaryInput from = bytes.fork();
        for (int i = 0; i < count; i++) {
            in.readInt();
            skipText(in);
            skipText(in);
        }
        return DecodedList.of(count, () -> {
            try {
                return headings(from.fork(), count);
            } catch (IOException e) {
                throw new UncheckedIOException("a checked summary failed to decode", e);
            }
        });
    }

    private static List<RenderedArticle.Heading> headings(DataInput in, int count) throws IOException {
        RenderedArticle.Heading[] headings = new RenderedArticle.Heading[count];
        for (int i = 0; i < count; i++) {
            headings[i] = new RenderedArticle.Heading(in.readInt(), longText(in), longText(in));
        }
        return List.of(headings);
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
        ValueCodec.write(out, meta.params());
        PositionCodec.positions(out, meta.positions());
        texts(out, meta.categories());
        longText(out, meta.url());
        texts(out, meta.aliases());
        ValueCodec.write(out, meta.authorUrls());
    }

    @SuppressWarnings("unchecked")
    private static ArticleMeta meta(DataInput in) throws IOException {
        String title = longText(in);
        OffsetDateTime published = date(in);
        Optional<OffsetDateTime> updated = optionalDate(in);
        Optional<OffsetDateTime> expires = optionalDate(in);
        List<String> authors = sharedTexts(in);
        String source = sharedText(in);
        String description = longText(in);
        String section = sharedText(in);
        List<String> tags = sharedTexts(in);
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
        String location = sharedText(in);
        List<Notice> corrections = notices(in);
        List<Notice> updates = notices(in);
        Object params = ValueCodec.read(in);
        if (!(params instanceof Map)) {
            throw new IOException("bad params");
        }
        Map<String, SourcePosition> positions = PositionCodec.laterPositions(in);
        List<String> categories = sharedTexts(in);
        String url = longText(in);
        List<String> aliases = texts(in);
        Object authorUrls = ValueCodec.read(in);
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
        if (count == 0) {
            return List.of();
        }
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
        if (count == 0) {
            return List.of();
        }
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
        if (count == 0) {
            return List.of(); // most lists of an article: no list made for them
        }
        String[] texts = new String[count];
        for (int i = 0; i < count; i++) {
            texts[i] = longText(in);
        }
        return List.of(texts); // immutable already: the records that hold it copy it no more
    }

    static void skipText(DataInput in) throws IOException {
        in.skipBytes(count(in)); // no more than the bytes left: all of them skipped
    }

    /**
     * As {@link #texts(DataInput)}, each text the JVM's one copy of it, as {@link ArticleMeta} keeps names,
     * tags and places: from a summary's bytes, made once for all summaries ({@link SharedTexts}).
     */
    private static List<String> sharedTexts(DataInput in) throws IOException {
        int count = count(in);
        if (count == 0) {
            return List.of();
        }
        String[] texts = new String[count];
        for (int i = 0; i < count; i++) {
            texts[i] = sharedText(in);
        }
        return List.of(texts);
    }

    private static String sharedText(DataInput in) throws IOException {
        return in instanceof SummaryInput bytes ? bytes.sharedText(count(in)) : longText(in).intern();
    }

    /** Text of any length ({@code writeUTF} stops at 64 KiB), as UTF-8 with its length. */
    static void longText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String longText(DataInput in) throws IOException {
        int length = count(in);
        return in instanceof SummaryInput bytes ? bytes.text(length)
                : new String(((DataInputStream) in).readNBytes(length), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A length, no more than the bytes left ({@code in} is a {@link SummaryInput} or a {@link DataInputStream}). */
    static int count(DataInput in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > (in instanceof SummaryInput bytes ? bytes.available()
                : ((DataInputStream) in).available())) {
            throw new IOException("bad length " + count);
        }
        return count;
    }
}
