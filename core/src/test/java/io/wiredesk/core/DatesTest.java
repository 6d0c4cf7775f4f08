package io.wiredesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void readsTheShapesRecordsCarry() {
        assertThat(Dates.toInstant("2024-10-22")).contains(Instant.parse("2024-10-22T00:00:00Z"));
        assertThat(Dates.toInstant("2024-07-06T14:41")).contains(Instant.parse("2024-07-06T14:41:00Z"));
        assertThat(Dates.toInstant("2024-07-06T14:41:00Z")).contains(Instant.parse("2024-07-06T14:41:00Z"));
        assertThat(Dates.toInstant("2024-07-06T14:41:00+09:00")).contains(Instant.parse("2024-07-06T05:41:00Z"));
        assertThat(Dates.toInstant("2024-07-06T14:41:00.123-05:00")).contains(Instant.parse("2024-07-06T19:41:00.123Z"));
        assertThat(Dates.toInstant("2024-07-06 garbage")).contains(Instant.parse("2024-07-06T00:00:00Z"));
        assertThat(Dates.toInstant("yesterday")).isEmpty();
        assertThat(Dates.toInstant(null)).isEmpty();
    }
}
