package io.wiredesk.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads the ISO dates and date-times that records carry ("2024-10-22", "2024-07-06T14:41", with or without zone). */
public final class Dates {
    private Dates() {
    }

    public static Optional<Instant> toInstant(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        String s = iso.trim();
        try {
            return Optional.of(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException ignored) {
            // not zoned
        }
        try {
            return Optional.of(Instant.parse(s));
        } catch (DateTimeParseException ignored) {
            // not an instant
        }
        try {
            return Optional.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            // not a local date-time
        }
        try {
            return Optional.of(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static Optional<LocalDate> toDate(String iso) {
        return toInstant(iso).map(i -> i.atZone(ZoneOffset.UTC).toLocalDate());
    }
}
