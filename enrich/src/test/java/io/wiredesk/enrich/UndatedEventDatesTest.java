package io.wiredesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.model.EventDate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event dates of an article without a publication date: only dates that state their year are kept. */
class UndatedEventDatesTest {
    private static final Instant RECEIVED = Instant.parse("2026-11-24T06:00:00Z");

    @Test
    void relativeAndYearlessDatesNeedAPublicationDate() {
        String lead = "Yesterday, President Yoon Suk Yeol spoke with NATO Secretary General Mark Rutte by phone on Oct. 21.";
        assertThat(dates(article(lead, null))).isEmpty();
        assertThat(dates(article(lead, "2024-10-22"))).contains("2024-10-21");
    }

    @Test
    void aDateWithItsYearIsKeptWithoutAPublicationDate() {
        String lead = "The summit took place in Washington on July 9, 2024, and ended two days later.";
        assertThat(dates(article(lead, null))).containsExactly("2024-07-09");
    }

    private static List<String> dates(CleanArticle a) {
        return Enricher.shared().enrich(a).eventDates().stream().map(EventDate::date).toList();
    }

    private static CleanArticle article(String lead, String publishedAt) {
        return new CleanArticle(CleanArticle.SCHEMA, "a-1", null, null, RECEIVED, "Leaders talk", List.of(lead), lead,
                publishedAt, publishedAt == null ? null : "feed", null, null, null, "en", 20, "h");
    }
}
