package org.dateline.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.diag.SourcePosition;
import org.dateline.parse.ArticleMeta;
import org.dateline.parse.Notice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cache's dates ({@link ArticleCodec#date}) are binary: the epoch second (8 bytes), the
 * nanosecond and the offset in seconds (4 bytes each), read back as the same date, offset and all.
 */
class ArticleCodecTest {

    private static byte[] written(OffsetDateTime date) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            ArticleCodec.date(out, date);
        }
        return bytes.toByteArray();
    }

    private static OffsetDateTime read(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return ArticleCodec.date(in);
        }
    }

    @ParameterizedTest
    @CsvSource({
        // the date, then its epoch second, nanosecond and offset in seconds as the cache writes them
        "2024-05-31T18:30:00.500+05:45, 000000006659c64c 1dcd6500 000050dc",
        "1970-01-01T00:00Z, 0000000000000000 00000000 00000000",
        "-0044-03-15T12:00-00:25:21, fffffff1342a6731 00000000 fffffa0f",
        "1969-12-31T22:59:59.999999999-01:00, ffffffffffffffff 3b9ac9ff fffff1f0",
    })
    void aDateIsItsEpochSecondNanosecondAndOffset(String date, String hex) throws IOException {
        byte[] bytes = written(OffsetDateTime.parse(date));
        assertEquals(hex.replace(" ", ""), HexFormat.of().formatHex(bytes));
        OffsetDateTime back = read(bytes);
        assertEquals(date, back.toString());
        assertEquals(OffsetDateTime.parse(date), back);
    }

    @Test
    void theFarthestDatesComeBackAsTheyWere() throws IOException {
        for (String date : List.of("+999999999-12-31T23:59:59.999999999-18:00", "-999999999-01-01T00:00+18:00")) {
            assertEquals(date, read(written(OffsetDateTime.parse(date))).toString());
        }
    }

    @Test
    void aDateOutOfRangeIsAnUnreadableEntryNotACrash() {
        // a nanosecond of a whole second, an offset of 18:00:01, a second past the last year
        for (String hex : List.of("0000000000000000 3b9aca00 00000000", "0000000000000000 00000000 0000fd21",
                "7fffffffffffffff 00000000 00000000")) {
            assertThrows(IOException.class, () -> read(HexFormat.of().parseHex(hex.replace(" ", ""))), hex);
        }
    }

    @Test
    void anArticlesDatesComeBackWithTheirOffsetsAndNanoseconds() throws IOException {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("embargo", OffsetDateTime.parse("2024-06-01T06:00:00.000001+09:30"));
        params.put("times", List.of(OffsetDateTime.parse("-0001-12-31T23:59:59Z")));
        ArticleMeta meta = new ArticleMeta("Polls close", OffsetDateTime.parse("2024-05-31T18:30:00.123456789+05:45"),
                Optional.of(OffsetDateTime.parse("2024-06-02T09:00-03:30")),
                Optional.of(OffsetDateTime.parse("2030-01-01T00:00:00.5-00:00:30")), List.of("Selin Atay"), "", "",
                "World", List.of("elections"), "polls-close", false, Optional.empty(), "", List.of(new Notice(
                        OffsetDateTime.parse("2024-06-01T12:00+02:00"), "A name was misspelt.")),
                List.of(new Notice(OffsetDateTime.parse("2024-06-03T08:15:30.25Z"), "Results added.")), params,
                Map.of("title", new SourcePosition("content/world/polls.md", 2, 8)), List.of(), "", List.of(),
                Map.of());
        CachedArticle article = new CachedArticle(meta, List.of(), Optional.empty(), List.of("/img/a.jpg"),
                Optional.of("0123abcd"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            ArticleCodec.write(out, article);
        }
        CachedArticle back;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = ArticleCodec.read(in, null);
            assertEquals(0, in.available(), "every byte read");
        }
        assertEquals(meta, back.meta());
        assertEquals(List.of("/img/a.jpg"), back.images());
        assertEquals(Optional.of("0123abcd"), back.articleList(), "which articles existed when it looked one up");
        assertEquals("2024-05-31T18:30:00.123456789+05:45", back.meta().published().toString());
        assertEquals("2030-01-01T00:00:00.500-00:00:30", back.meta().expires().orElseThrow().toString());
        assertEquals("2024-06-01T06:00:00.000001+09:30", back.meta().params().get("embargo").toString());
    }

    /**
     * An article's positions all name its own file: written as that file once, then each key Dateline
     * knows as its number (title 0, tags 9) and any other key as 0xff and its text, each with its line
     * and column; read back as the same map, in the same order.
     */
    @Test
    void positionsInOneFileAreTheFileOnceAndEachKeyByNumber() throws IOException {
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        positions.put("title", new SourcePosition("a.md", 2, 8));
        positions.put("tags", new SourcePosition("a.md", 5, 7));
        positions.put("embargo", new SourcePosition("a.md", 9, 1));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            PositionCodec.positions(out, positions);
        }
        assertEquals("00000003" + "01" + "00000004" + "612e6d64" // three, one file: "a.md"
                + "00" + "00000002" + "00000008" // title, line 2, column 8
                + "09" + "00000005" + "00000007" // tags
                + "ff" + "0007" + "656d626172676f" + "00000009" + "00000001", // "embargo"
                HexFormat.of().formatHex(bytes.toByteArray()));
        Map<String, SourcePosition> back = PositionCodec.positions(new SummaryInput(bytes.toByteArray(), 0, bytes.size()));
        assertEquals(positions, back);
        assertEquals(List.of("title", "tags", "embargo"), List.copyOf(back.keySet()));
        assertEquals(new SourcePosition("a.md", 9, 1), back.get("embargo"));
    }

    /** Positions in more than one file (never an article's own, but a map may hold them) keep each one's file. */
    @Test
    void positionsInSeveralFilesKeepEachFile() throws IOException {
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        positions.put("title", new SourcePosition("a.md", 2, 8));
        positions.put("section", new SourcePosition("content/world/_index.md", 1, 1));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            PositionCodec.positions(out, positions);
        }
        Map<String, SourcePosition> back = PositionCodec.positions(new SummaryInput(bytes.toByteArray(), 0, bytes.size()));
        assertEquals(positions, back);
        assertEquals("content/world/_index.md", back.get("section").file());
    }
}
