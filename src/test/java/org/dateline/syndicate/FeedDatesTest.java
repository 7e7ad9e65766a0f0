package org.dateline.syndicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 3339 dates as feeds, sitemaps and structured data write them: written by hand, as the JDK's pattern would. */
class FeedDatesTest {

    @ParameterizedTest
    @CsvSource({
            "2024-05-31T20:25:00, +03:00, 2024-05-31T20:25:00+03:00",
            "2024-01-02T03:04:05, Z, 2024-01-02T03:04:05Z",
            "1999-12-31T23:59:59, -05:30, 1999-12-31T23:59:59-05:30",
            "2024-01-01T00:00:00.5, Z, 2024-01-01T00:00:00Z",
            "0005-03-04T05:06:07, +14:00, 0005-03-04T05:06:07+14:00",
            "2024-02-29T12:00:00, -00:01, 2024-02-29T12:00:00-00:01",
            "+12024-01-01T00:00:00, Z, +12024-01-01T00:00:00Z",
            "2024-01-01T00:00:00, +01:02:03, 2024-01-01T00:00:00+01:02", // RFC 3339 has no offset seconds
    })
    void writesTheSecondAndTheOffset(String local, String offset, String expected) {
        OffsetDateTime date = OffsetDateTime.of(LocalDateTime.parse(local), ZoneOffset.of(offset));
        assertEquals(expected, Feed.rfc3339(date));
    }

    @Test
    void agreesWithTheJdksPatternOnManyDates() {
        DateTimeFormatter jdk = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
        Random random = new Random(3339);
        for (int i = 0; i < 20_000; i++) {
            OffsetDateTime date = OffsetDateTime.of(LocalDateTime.of(random.nextInt(10_000), 1 + random.nextInt(12),
                    1 + random.nextInt(28), random.nextInt(24), random.nextInt(60), random.nextInt(60)),
                    ZoneOffset.ofTotalSeconds((random.nextInt(18 * 4 * 2 + 1) - 18 * 4) * 15 * 60));
            assertEquals(date.format(jdk), Feed.rfc3339(date), date.toString());
        }
    }
}
