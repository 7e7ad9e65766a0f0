package org.dateline.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Dates as pages and exports write them, shown in the site's zone: ISO 8601 with or without an
 * offset ({@code +0200} too), a space instead of {@code T}, or a bare day. Without an offset a time
 * is read in the site's zone. Anything else is no date.
 */
final class ImportDates {

    private static final List<DateTimeFormatter> OFFSET = List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXX", java.util.Locale.ROOT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX", java.util.Locale.ROOT),
            DateTimeFormatter.RFC_1123_DATE_TIME);

    private final ZoneId zone;

    ImportDates(ZoneId zone) {
        this.zone = zone;
    }

    Optional<OffsetDateTime> parse(String written) {
        String text = written.strip().replaceFirst("^(\\d{4}-\\d\\d-\\d\\d) (\\d)", "$1T$2");
        for (DateTimeFormatter format : OFFSET) {
            try {
                return Optional.of(inZone(OffsetDateTime.parse(text, format)));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        try {
            return Optional.of(LocalDateTime.parse(text).atZone(zone).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            // try a bare day
        }
        try {
            return Optional.of(LocalDate.parse(text).atStartOfDay(zone).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A UTC wall time (WordPress's {@code post_date_gmt}) in the site's zone. */
    Optional<OffsetDateTime> parseUtc(String written) {
        String text = written.strip().replace(' ', 'T');
        try {
            return Optional.of(inZone(LocalDateTime.parse(text).atOffset(java.time.ZoneOffset.UTC)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    OffsetDateTime inZone(OffsetDateTime value) {
        return value.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
