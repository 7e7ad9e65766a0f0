package org.dateline.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    private final DateParser istanbul = new DateParser(ZoneId.of("Europe/Istanbul"));
    private final DateParser newYork = new DateParser(ZoneId.of("America/New_York"));

    private static String refusal(DateParser parser, String text) {
        return assertThrows(IllegalArgumentException.class, () -> parser.parse(text)).getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-05-01                          | 2024-05-01T00:00+03:00
            2024-05-01T18:30                    | 2024-05-01T18:30+03:00
            2024-05-01t18:30                    | 2024-05-01T18:30+03:00
            2024-05-01T18:30:15                 | 2024-05-01T18:30:15+03:00
            2024-05-01T18:30:00+02:00           | 2024-05-01T18:30+02:00
            2024-05-01T18:30:00-04:00           | 2024-05-01T18:30-04:00
            2024-05-01T18:30:00Z                | 2024-05-01T18:30Z
            2024-05-01T18:30:00z                | 2024-05-01T18:30Z
            2024-05-01 18:30:00 +0200           | 2024-05-01T18:30+02:00
            2024-05-01 18:30:00+0530            | 2024-05-01T18:30+05:30
            2024-05-01 18:30 +02                | 2024-05-01T18:30+02:00
            2024-05-01T18:30:00.5Z              | 2024-05-01T18:30:00.500Z
            2024-05-01T18:30:00,25Z             | 2024-05-01T18:30:00.250Z
            2024-05-01T18:30:00.123456789+01:00 | 2024-05-01T18:30:00.123456789+01:00
            '  2024-05-01T18:30  '              | 2024-05-01T18:30+03:00
            2024-02-29                          | 2024-02-29T00:00+03:00
            """)
    void acceptsEveryDocumentedForm(String text, String expected) {
        DateParser.Parsed parsed = istanbul.parse(text);
        assertEquals(OffsetDateTime.parse(expected), parsed.value());
        assertEquals(List.of(), parsed.warnings());
    }

    @Test
    void aDateTimeWithoutOffsetIsInTheSiteZoneWithThatDaysOffset() {
        assertEquals(OffsetDateTime.parse("2024-01-15T09:00-05:00"), newYork.parse("2024-01-15T09:00").value());
        assertEquals(OffsetDateTime.parse("2024-07-15T09:00-04:00"), newYork.parse("2024-07-15T09:00").value());
        assertEquals(OffsetDateTime.parse("2015-06-01T09:00+03:00"), istanbul.parse("2015-06-01T09:00").value());
        assertEquals(OffsetDateTime.parse("2015-01-15T09:00+02:00"), istanbul.parse("2015-01-15T09:00").value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            May 1st                   | is not a date: "May 1st"
            01/05/2024                | is not a date: "01/05/2024"
            2024-5-1                  | is not a date: "2024-5-1"
            2024-05-01T18             | is not a date: "2024-05-01T18"
            2023-02-29                | is not a real date or time: "2023-02-29"
            2024-04-31                | is not a real date or time: "2024-04-31"
            2024-13-01                | is not a real date or time: "2024-13-01"
            2024-05-01T24:00          | is not a real date or time: "2024-05-01T24:00"
            2024-05-01T18:60          | is not a real date or time: "2024-05-01T18:60"
            2024-05-01T18:30:00+25:00 | has an impossible offset: "2024-05-01T18:30:00+25:00"
            """)
    void refusesWhatIsNotARealDate(String text, String message) {
        assertEquals(message, refusal(istanbul, text));
    }

    @Test
    void refusesALocalTimeTheClocksSkip() {
        assertEquals("\"2024-03-10T02:30\" does not exist in time zone America/New_York (the clocks skip that hour)",
                refusal(newYork, "2024-03-10T02:30"));
        assertEquals("\"2015-03-29T03:30\" does not exist in time zone Europe/Istanbul (the clocks skip that hour)",
                refusal(istanbul, "2015-03-29T03:30"));
    }

    @Test
    void aDateAloneStartsWhenTheDayStartsEvenIfTheClocksSkipMidnight() {
        DateParser santiago = new DateParser(ZoneId.of("America/Santiago"));
        DateParser.Parsed parsed = santiago.parse("2024-09-08");
        assertEquals(OffsetDateTime.parse("2024-09-08T01:00-03:00"), parsed.value());
        assertEquals(List.of(), parsed.warnings());
        assertEquals("\"2024-09-08T00:30\" does not exist in time zone America/Santiago (the clocks skip that hour)",
                refusal(santiago, "2024-09-08T00:30"));
    }

    @Test
    void aSkippedLocalTimeWithAnOffsetIsFine() {
        assertEquals(OffsetDateTime.parse("2024-03-10T02:30-05:00"), newYork.parse("2024-03-10T02:30-05:00").value());
    }

    @Test
    void takesTheEarlierOffsetOfARepeatedLocalTimeWithAWarning() {
        DateParser.Parsed parsed = newYork.parse("2024-11-03T01:30");
        assertEquals(OffsetDateTime.parse("2024-11-03T01:30-04:00"), parsed.value());
        assertEquals(List.of("\"2024-11-03T01:30\" happens twice in time zone America/New_York; taken as"
                + " 2024-11-03T01:30:00-04:00"), parsed.warnings());
    }

    @Test
    void aRepeatedLocalTimeWithAnOffsetNeedsNoWarning() {
        DateParser.Parsed parsed = newYork.parse("2024-11-03T01:30-05:00");
        assertEquals(OffsetDateTime.parse("2024-11-03T01:30-05:00"), parsed.value());
        assertEquals(List.of(), parsed.warnings());
    }
}
