package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.diag.SourcePosition;
import org.dateline.parse.ArticleMeta;
import org.dateline.render.ArticleBody;
import org.dateline.render.DecodedList;
import org.dateline.render.RenderedArticle;
import org.junit.jupiter.api.Test;

/**
 * A summary read from its bytes ({@link SummaryInput}, as a build from the cache reads them) is the
 * article written: its subheadings and positions, made only when read, as well; a summary whose bytes
 * end early is unreadable when it is read, not when a page reads its headings.
 */
class SummaryDecodingTest {

    private static ArticleMeta meta(String file, String description, List<String> tags) {
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        positions.put("title", new SourcePosition(file, 2, 8));
        positions.put("tags", new SourcePosition(file, 5, 7));
        positions.put("embargo", new SourcePosition(file, 9, 1));
        return new ArticleMeta("Polls close", OffsetDateTime.parse("2024-05-31T18:30+02:00"), Optional.empty(),
                Optional.empty(), List.of("Selin Atay"), "Newsroom", description, "World", tags, "polls-close", false,
                Optional.empty(), "Ankara", List.of(), List.of(), Map.of("embargo", "none"), positions, List.of(), "",
                List.of(), Map.of());
    }

    private static CachedArticle article(String file, String description, List<String> tags) {
        ArticleMeta meta = meta(file, description, tags);
        RenderedArticle rendered = new RenderedArticle(file, meta, new ArticleBody("key", () -> "<p>Voting ended.</p>"), description,
                List.of(new RenderedArticle.Heading(2, "results", "Results"),
                        new RenderedArticle.Heading(3, "turnout-é", "Turnout é")), 3, List.of());
        return new CachedArticle(meta, List.of(), Optional.of(rendered), List.of("/images/a.jpg"));
    }

    private static byte[] written(CachedArticle article) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            ArticleCodec.write(out, article);
        }
        return bytes.toByteArray();
    }

    private static CachedArticle read(byte[] bytes, int length, SharedTexts texts) throws IOException {
        SummaryInput in = new SummaryInput(bytes, 0, length, texts);
        CachedArticle back = ArticleCodec.read(in, new ArticleBody("key", () -> "<p>Voting ended.</p>"));
        assertEquals(0, in.available(), "every byte read");
        return back;
    }

    @Test
    void aSummaryReadFromItsBytesIsTheArticleWritten() throws IOException {
        CachedArticle article = article("content/world/polls.md", "Voting ended at 6 p.m.", List.of("elections", "ankara"));
        byte[] bytes = written(article);
        CachedArticle back = read(bytes, bytes.length, new SharedTexts());
        RenderedArticle rendered = back.rendered().orElseThrow();
        assertInstanceOf(DecodedList.class, rendered.headings(), "made when read");
        assertEquals(article, back);
        assertEquals(article.rendered().orElseThrow().headings(), rendered.headings());
        assertEquals(List.of("Results", "Turnout é"), rendered.headings().stream().map(RenderedArticle.Heading::text).toList());
        assertEquals(new SourcePosition("content/world/polls.md", 9, 1), back.meta().position("embargo", "x.md"));
        assertEquals(SourcePosition.of("x.md"), back.meta().position("slug", "x.md"));
        assertEquals(List.of("title", "tags", "embargo"), List.copyOf(back.meta().positions().keySet()));
        assertSame(back.meta().description(), rendered.description(), "the standfirst held once");
    }

    @Test
    void namesAndTagsAreOneStringAcrossSummaries() throws IOException {
        SharedTexts texts = new SharedTexts();
        byte[] first = written(article("content/world/a.md", "", List.of("elections", "Zoë")));
        byte[] second = written(article("content/world/b.md", "", List.of("elections", "Zoë")));
        ArticleMeta one = read(first, first.length, texts).meta();
        ArticleMeta two = read(second, second.length, texts).meta();
        assertEquals(List.of("elections", "Zoë"), two.tags());
        assertSame(one.tags().get(0), two.tags().get(0));
        assertSame(one.tags().get(1), two.tags().get(1), "interned, as the record keeps them");
        assertSame(one.location(), two.location());
        assertSame(one.authors().get(0), two.authors().get(0));
    }

    /** Every byte is checked when the summary is read: cut anywhere, it is unreadable then, never later. */
    @Test
    void aSummaryCutShortIsUnreadableWhenRead() throws IOException {
        byte[] bytes = written(article("content/world/polls.md", "Voting ended.", List.of("elections")));
        for (int length = 0; length < bytes.length; length++) {
            int cut = length;
            assertThrows(IOException.class, () -> read(bytes, cut, null), "cut at " + cut);
        }
    }

    @Test
    void aDecodedListIsEqualToAnyListOfItsItems() {
        List<String> decoded = DecodedList.of(2, () -> List.of("a", "b"));
        assertEquals(List.of("a", "b"), decoded);
        assertEquals(decoded, List.of("a", "b"));
        assertEquals(List.of("a", "b").hashCode(), decoded.hashCode());
        assertSame(decoded, DecodedList.copyOf(decoded));
        assertEquals(List.of(), DecodedList.of(0, () -> List.of("never read")));
        assertThrows(UnsupportedOperationException.class, () -> decoded.add("c"));
        assertThrows(IllegalStateException.class, () -> DecodedList.of(3, () -> List.of("a")).get(0));
    }
}
