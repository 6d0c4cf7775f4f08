package io.wiredesk.sink;

import io.wiredesk.core.Dates;
import io.wiredesk.core.model.ArticleSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;

/**
 * When an article appeared: its stated publication time, else when it was received. Sources often state
 * only a day, so articles are ordered by day first and, within a day, by the precise time where one is
 * known (the stated time, else the reception time). Articles with no time at all come last.
 */
final class Chronology {
    /** Earliest first; articles without any time last. Not a tie-breaker on its own: add one. */
    static final Comparator<ArticleSummary> EARLIEST_FIRST = Comparator
            .comparing(Chronology::day, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Chronology::preciseTime, Comparator.nullsLast(Comparator.naturalOrder()));

    private Chronology() {
    }

    static LocalDate day(ArticleSummary a) {
        return published(a).map(i -> i.atZone(ZoneOffset.UTC).toLocalDate())
                .orElse(a.receivedAt() == null ? null : a.receivedAt().atZone(ZoneOffset.UTC).toLocalDate());
    }

    static Instant preciseTime(ArticleSummary a) {
        Optional<Instant> published = published(a);
        if (published.isPresent() && !isDateOnly(a.publishedAt())) {
            return published.get();
        }
        if (a.receivedAt() != null) {
            return a.receivedAt();
        }
        return published.orElse(null);
    }

    /** The stated publication time, when there is one that parses. */
    static Optional<Instant> published(ArticleSummary a) {
        return Dates.toInstant(a.publishedAt());
    }

    private static boolean isDateOnly(String iso) {
        return iso.trim().length() <= 10;
    }
}
