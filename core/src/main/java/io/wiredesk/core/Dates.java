package io.wiredesk.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the ISO dates and date-times that records carry ("2024-10-22", "2024-07-06T14:41", with or
 * without zone). The parser is chosen by the text's shape, so the hot path throws nothing.
 */
public final class Dates {
    private Dates() {
    }

    public static Optional<Instant> toInstant(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        String s = iso.trim();
        try {
            if (s.length() <= 10) {
                return Optional.of(LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            if (s.endsWith("Z") || hasOffset(s)) {
                return Optional.of(OffsetDateTime.parse(s).toInstant());
            }
            return Optional.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(s.substring(0, Math.min(10, s.length()))).atStartOfDay().toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    public static Optional<LocalDate> toDate(String iso) {
        return toInstant(iso).map(i -> i.atZone(ZoneOffset.UTC).toLocalDate());
    }

    /** "...T10:00+09:00" or "...T10:00-05:00": a sign after the time part. */
    private static boolean hasOffset(String s) {
        int t = s.indexOf('T');
        return t > 0 && (s.indexOf('+', t) > 0 || s.indexOf('-', t) > 0);
    }
}
