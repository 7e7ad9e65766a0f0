package org.dateline.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strict dates for front matter: ISO 8601 dates and date-times, with {@code T} or a space, with or
 * without seconds, fractions and offset (Jekyll's {@code 2024-05-01 18:30:00 +0200} too). A
 * date-time without offset is in the site's time zone; a local time that the zone skips (a DST gap)
 * is refused, and an ambiguous one (a DST overlap) takes the earlier offset, with a warning.
 */
public final class DateParser {

    public static final String HINT = "use ISO 8601, e.g. 2024-05-01 or 2024-05-01T18:30:00+02:00";

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?"
                    + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?");

    /** The result: the instant with its offset, and a warning when the local time was ambiguous. */
    public record Parsed(OffsetDateTime value, List<String> warnings) {
    }

    private final ZoneId zone;

    public DateParser(ZoneId zone) {
        this.zone = zone;
    }

    /** Parses {@code text}; throws {@link IllegalArgumentException} with a user-facing reason. */
    public Parsed parse(String text) {
        String value = text.strip();
        Matcher m = ISO.matcher(value);
        if (!m.matches()) {
            throw new IllegalArgumentException("is not a date: \"" + value + "\"");
        }
        LocalDate date;
        LocalTime time;
        try {
            date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
            time = m.group(4) == null ? LocalTime.MIDNIGHT : LocalTime.of(Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a real date or time: \"" + value + "\"");
        }
        LocalDateTime local = LocalDateTime.of(date, time);
        if (m.group(8) != null) {
            String offsetText = m.group(8);
            try {
                ZoneOffset offset = offsetText.equalsIgnoreCase("z") ? ZoneOffset.UTC : ZoneOffset.of(normalOffset(offsetText));
                return new Parsed(OffsetDateTime.of(local, offset), List.of());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("has an impossible offset: \"" + value + "\"");
            }
        }
        if (m.group(4) == null) {
            // A date alone means the start of that day, which is 01:00 where the clocks skip midnight (Chile).
            return new Parsed(date.atStartOfDay(zone).toOffsetDateTime(), List.of());
        }
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            throw new IllegalArgumentException("\"" + value + "\" does not exist in time zone " + zone.getId()
                    + " (the clocks skip that hour)");
        }
        if (offsets.size() > 1) {
            OffsetDateTime earlier = OffsetDateTime.of(local, offsets.get(0));
            return new Parsed(earlier, List.of("\"" + value + "\" happens twice in time zone " + zone.getId()
                    + "; taken as " + earlier.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)));
        }
        return new Parsed(OffsetDateTime.of(local, offsets.get(0)), List.of());
    }

    private static String normalOffset(String offset) {
        return offset.length() == 3 ? offset + ":00" : offset;
    }
}
