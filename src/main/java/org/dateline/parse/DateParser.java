package org.dateline.parse;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as real front matter writes them, always to the exact instant: ISO 8601 dates and
 * date-times with {@code T} or a space, a one- or two-digit hour, optional seconds and fraction;
 * Jekyll's and Ruby's {@code 2024-05-01 18:30:00 +0200}, {@code … -4}, {@code … UTC}, Go's
 * {@code … +0000 UTC} and {@code date}'s {@code 2023-01-29 18:30:22 2023 -0800}; and RFC 1123 / 822
 * ({@code Mon, 02 Jan 2006 15:04:05 -0700}, {@code GMT}, {@code EST}, …). Offsets are {@code Z},
 * {@code UTC}, {@code GMT}, {@code UT}, {@code ±h}, {@code ±hh}, {@code ±hhmm} or {@code ±hh:mm}. A
 * date-time without offset is in the site's time zone; a local time that the zone skips (a DST gap)
 * is refused, and an ambiguous one (a DST overlap) takes the earlier offset, with a warning.
 * Anything else is refused with a reason: never a guess, never year 1.
 */
public final class DateParser {

    public static final String HINT = "use ISO 8601, e.g. 2024-05-01 or 2024-05-01T18:30:00+02:00";

    private static final String ZONE = "(Z|z|UTC|GMT|UT|[+-]\\d{1,2}(?::?\\d{2})?|[A-Za-z]{2,5})";

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:(?:[Tt]|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?"
                    + "(?:\\s+(\\d{4})(?=\\s|$))?)?\\s*" + ZONE + "?(?:\\s+\\(?([A-Za-z]{2,5})\\)?)?");

    private static final Pattern RFC = Pattern.compile(
            "(?:([A-Za-z]{3})[a-z]*,?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{4}|\\d{2})"
                    + "\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*" + ZONE + "?");

    /** RFC 822's named zones, which are fixed offsets; any other abbreviation is ambiguous and refused. */
    private static final Map<String, ZoneOffset> NAMED = Map.ofEntries(
            Map.entry("Z", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("UT", ZoneOffset.UTC),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)));

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    /** The result: the instant with its offset, and warnings (an ambiguous local time, a wrong weekday). */
    public record Parsed(OffsetDateTime value, List<String> warnings) {
        public Parsed {
            warnings = List.copyOf(warnings);
        }
    }

    private final ZoneId zone;

    public DateParser(ZoneId zone) {
        this.zone = zone;
    }

    /** Parses {@code text}; throws {@link IllegalArgumentException} with a user-facing reason. */
    public Parsed parse(String text) {
        String value = text.strip();
        Matcher iso = ISO.matcher(value);
        if (iso.matches()) {
            return iso(value, iso);
        }
        Matcher rfc = RFC.matcher(value);
        if (rfc.matches()) {
            return rfc(value, rfc);
        }
        throw new IllegalArgumentException("is not a date: \"" + value + "\"");
    }

    private Parsed iso(String value, Matcher m) {
        LocalDate date = date(value, m.group(1), m.group(2), m.group(3));
        if (m.group(8) != null && Integer.parseInt(m.group(8)) != date.getYear()) {
            throw new IllegalArgumentException("names two different years: \"" + value + "\"");
        }
        if (m.group(4) == null) {
            if (m.group(9) != null || m.group(10) != null) {
                throw new IllegalArgumentException("has a time zone but no time: \"" + value + "\"");
            }
            // A date alone means the start of that day, which is 01:00 where the clocks skip midnight (Chile).
            return new Parsed(date.atStartOfDay(zone).toOffsetDateTime(), List.of());
        }
        LocalDateTime local = LocalDateTime.of(date, time(value, m.group(4), m.group(5), m.group(6), m.group(7)));
        String zoneText = m.group(9);
        String label = m.group(10);
        if (zoneText == null && label != null) {
            zoneText = label; // `2024-05-01 18:30 (UTC)`
        } else if (zoneText != null && label != null) {
            ZoneOffset named = NAMED.get(label.toUpperCase(Locale.ROOT));
            // Go prints `+0200 CEST`: the number decides; a known name that disagrees is a contradiction
            if (!isNumeric(zoneText) || named != null && !named.equals(offset(value, zoneText))) {
                throw new IllegalArgumentException("names two different time zones: \"" + value + "\"");
            }
        }
        return atZone(value, local, zoneText, List.of());
    }

    private Parsed rfc(String value, Matcher m) {
        int month = MONTHS.indexOf(m.group(3).toLowerCase(Locale.ROOT)) + 1;
        if (month == 0) {
            throw new IllegalArgumentException("has no month called \"" + m.group(3) + "\": \"" + value + "\"");
        }
        int year = Integer.parseInt(m.group(4));
        if (m.group(4).length() == 2) {
            year += year < 50 ? 2000 : 1900; // RFC 2822, section 4.3
        }
        LocalDate date = date(value, String.valueOf(year), String.valueOf(month), m.group(2));
        List<String> warnings = new ArrayList<>();
        if (m.group(1) != null) {
            DayOfWeek actual = date.getDayOfWeek();
            String written = m.group(1).toLowerCase(Locale.ROOT);
            if (!actual.name().toLowerCase(Locale.ROOT).startsWith(written)) {
                warnings.add("\"" + value + "\" says " + m.group(1) + ", but " + date + " is a "
                        + actual.name().charAt(0) + actual.name().substring(1).toLowerCase(Locale.ROOT)
                        + "; the date is kept");
            }
        }
        LocalDateTime local = LocalDateTime.of(date, time(value, m.group(5), m.group(6), m.group(7), null));
        return atZone(value, local, m.group(8), warnings);
    }

    private static LocalDate date(String value, String year, String month, String day) {
        if (Integer.parseInt(year) < 1000) {
            // Hugo writes year 1 for a date it could not read; an article from before 1000 is that, or a typo
            throw new IllegalArgumentException("is in the year " + Integer.parseInt(year) + ", which is no article's: \""
                    + value + "\"");
        }
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a real date or time: \"" + value + "\"");
        }
    }

    private static LocalTime time(String value, String hour, String minute, String second, String fraction) {
        try {
            int nanos = fraction == null ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
            return LocalTime.of(Integer.parseInt(hour), Integer.parseInt(minute),
                    second == null ? 0 : Integer.parseInt(second), nanos);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a real date or time: \"" + value + "\"");
        }
    }

    private Parsed atZone(String value, LocalDateTime local, String zoneText, List<String> warnings) {
        if (zoneText != null) {
            return new Parsed(OffsetDateTime.of(local, offset(value, zoneText)), warnings);
        }
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            throw new IllegalArgumentException("\"" + value + "\" does not exist in time zone " + zone.getId()
                    + " (the clocks skip that hour)");
        }
        if (offsets.size() > 1) {
            OffsetDateTime earlier = OffsetDateTime.of(local, offsets.get(0));
            List<String> all = new ArrayList<>(warnings);
            all.add("\"" + value + "\" happens twice in time zone " + zone.getId() + "; taken as "
                    + earlier.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            return new Parsed(earlier, all);
        }
        return new Parsed(OffsetDateTime.of(local, offsets.get(0)), warnings);
    }

    /** {@code Z}, a named RFC 822 zone, or a numeric offset {@code ±h}, {@code ±hh}, {@code ±hmm}, {@code ±hhmm}, {@code ±hh:mm}. */
    private static ZoneOffset offset(String value, String text) {
        ZoneOffset named = NAMED.get(text.toUpperCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        if (!isNumeric(text)) {
            throw new IllegalArgumentException("has a time zone abbreviation Dateline cannot be sure of (\"" + text
                    + "\"): \"" + value + "\"");
        }
        String digits = text.substring(1).replace(":", "");
        int hours;
        int minutes = 0;
        if (digits.length() <= 2) {
            hours = Integer.parseInt(digits);
        } else {
            hours = Integer.parseInt(digits.substring(0, digits.length() - 2));
            minutes = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        int sign = text.charAt(0) == '-' ? -1 : 1;
        try {
            if (minutes > 59) {
                throw new DateTimeException("minutes");
            }
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("has an impossible offset: \"" + value + "\"");
        }
    }

    private static boolean isNumeric(String zoneText) {
        return zoneText.startsWith("+") || zoneText.startsWith("-");
    }
}
