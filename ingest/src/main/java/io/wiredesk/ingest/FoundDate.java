package io.wiredesk.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A publication date found in a page, as an ISO string ("2024-10-22", "2024-07-06T14:41",
 * "2024-07-06T14:41:00+03:00"), and where it came from (json-ld, meta, time-tag, header, dateline, url, feed).
 */
public record FoundDate(String iso, String source) {
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    public static FoundDate of(LocalDate date, String source) {
        return new FoundDate(date.toString(), source);
    }

    public static FoundDate of(LocalDateTime dateTime, String source) {
        String iso = dateTime.getSecond() == 0 ? dateTime.format(MINUTES) : dateTime.withNano(0).toString();
        return new FoundDate(iso, source);
    }

    /** An ISO-like value from metadata, normalised; empty when it is not a date. */
    public static Optional<FoundDate> parseIso(String value, String source) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String s = value.trim().replace(' ', 'T');
        try {
            return Optional.of(new FoundDate(OffsetDateTime.parse(s).withNano(0).toString(), source));
        } catch (DateTimeParseException ignored) {
            // try the forms without offset
        }
        try {
            return Optional.of(of(LocalDateTime.parse(s), source));
        } catch (DateTimeParseException ignored) {
            // try a plain date
        }
        return TextDates.find(value).map(d -> d.toFound(source));
    }
}
