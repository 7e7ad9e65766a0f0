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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2011-11-28 8:32:24 -0400            | 2011-11-28T08:32:24-04:00
            2011-11-28T8:32:24-04:00            | 2011-11-28T08:32:24-04:00
            2015-03-17 14:00:00 -4              | 2015-03-17T14:00-04:00
            2015-03-17 14:00:00 +5              | 2015-03-17T14:00+05:00
            2015-03-17 14:00:00 -04             | 2015-03-17T14:00-04:00
            2015-03-17 14:00:00 -0400           | 2015-03-17T14:00-04:00
            2015-03-17 14:00:00 -04:00          | 2015-03-17T14:00-04:00
            2015-03-17 14:00:00 +530            | 2015-03-17T14:00+05:30
            2013-02-06 11:11:11 UTC             | 2013-02-06T11:11:11Z
            2013-02-06 11:11:11 GMT             | 2013-02-06T11:11:11Z
            2013-02-06 11:11:11 utc             | 2013-02-06T11:11:11Z
            2013-02-06T11:11:11Z                | 2013-02-06T11:11:11Z
            2019-03-15 10:00:00 +0000 UTC       | 2019-03-15T10:00Z
            2019-03-15 10:00:00 -0700 (MST)     | 2019-03-15T10:00-07:00
            2019-03-15 10:00:00 +0200 CEST      | 2019-03-15T10:00+02:00
            2023-01-29 18:30:22 2023 -0800      | 2023-01-29T18:30:22-08:00
            'Mon, 02 Jan 2006 15:04:05 -0700'   | 2006-01-02T15:04:05-07:00
            'Mon, 02 Jan 2006 15:04:05 GMT'     | 2006-01-02T15:04:05Z
            'Tue, 7 May 2024 09:15 +0200'       | 2024-05-07T09:15+02:00
            'Mon, 02 Jan 06 15:04:05 EST'       | 2006-01-02T15:04:05-05:00
            '02 Jan 2006 15:04 PDT'             | 2006-01-02T15:04-07:00
            '2 January 2006 15:04:05 -0700'     | 2006-01-02T15:04:05-07:00
            'Fri, 31 Dec 99 23:59:59 +0000'     | 1999-12-31T23:59:59Z
            'Mon, 02 Jan 2006 15:04:05'         | 2006-01-02T15:04:05+02:00
            """)
    void acceptsTheFormsRealPostsUse(String text, String expected) {
        DateParser.Parsed parsed = istanbul.parse(text);
        assertEquals(OffsetDateTime.parse(expected), parsed.value());
        assertEquals(List.of(), parsed.warnings());
    }

    @Test
    void aWrongWeekdayKeepsTheDateWithAWarning() {
        DateParser.Parsed parsed = istanbul.parse("Fri, 02 Jan 2006 15:04:05 -0700");
        assertEquals(OffsetDateTime.parse("2006-01-02T15:04:05-07:00"), parsed.value());
        assertEquals(List.of("\"Fri, 02 Jan 2006 15:04:05 -0700\" says Fri, but 2006-01-02 is a Monday;"
                + " the date is kept"), parsed.warnings());
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
            2024-05-01 18:30 -0480    | has an impossible offset: "2024-05-01 18:30 -0480"
            yesterday                 | is not a date: "yesterday"
            0001-01-01 00:00:00 +0000 UTC | is in the year 1, which is no article's: "0001-01-01 00:00:00 +0000 UTC"
            0201-05-01                | is in the year 201, which is no article's: "0201-05-01"
            2024-05-01 18:30 CET      | has a time zone abbreviation Dateline cannot be sure of ("CET"): "2024-05-01 18:30 CET"
            2024-05-01 UTC            | has a time zone but no time: "2024-05-01 UTC"
            2023-01-29 18:30:22 2022 -0800 | names two different years: "2023-01-29 18:30:22 2022 -0800"
            'Mon, 02 Foo 2006 15:04:05 GMT' | has no month called "Foo": "Mon, 02 Foo 2006 15:04:05 GMT"
            'Mon, 31 Feb 2006 15:04:05 GMT' | is not a real date or time: "Mon, 31 Feb 2006 15:04:05 GMT"
            '2024-05-01 18:30 +02:00 UTC'   | names two different time zones: "2024-05-01 18:30 +02:00 UTC"
            2024-05-01 18:30 UTC GMT  | names two different time zones: "2024-05-01 18:30 UTC GMT"
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
