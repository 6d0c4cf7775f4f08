package io.wiredesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.model.EventDate;
import io.wiredesk.enrich.dates.EventDateFinder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDateFinderTest {
    private static final LocalDate TUE = LocalDate.of(2024, 10, 22);

    private static List<String> dates(String text, LocalDate ref) {
        return EventDateFinder.find(text, ref, text.length()).stream().map(EventDate::date).toList();
    }

    @Test
    void relativeDays() {
        assertThat(dates("Yesterday, the talks ended.", TUE)).containsExactly("2024-10-21");
        assertThat(dates("The talks end today.", TUE)).containsExactly("2024-10-22");
        assertThat(dates("He left last week.", TUE)).containsExactly("2024-10-15");
    }

    @Test
    void weekdaysAreTheLatestNotAfterTheReference() {
        assertThat(dates("On Wednesday, they spoke.", TUE)).containsExactly("2024-10-16");
        assertThat(dates("On Tuesday, they spoke.", TUE)).containsExactly("2024-10-22");
        assertThat(dates("last Tuesday they spoke.", TUE)).containsExactly("2024-10-15");
    }

    @Test
    void monthDaysTakeTheLatestYearNotAfterTheReference() {
        assertThat(dates("spoke by phone on Oct. 21 at", TUE)).containsExactly("2024-10-21");
        assertThat(dates("a call on October 30.", TUE)).containsExactly("2023-10-30");
        assertThat(dates("a call on November 28.", TUE)).containsExactly("2023-11-28");
        assertThat(dates("a call on Oct. 28.", TUE)).as("within a week ahead: upcoming").containsExactly("2024-10-28");
        assertThat(dates("on December 3, 2019 in", TUE)).containsExactly("2019-12-03");
        assertThat(dates("the summit on 9-11 July", LocalDate.of(2024, 7, 6))).containsExactly("2024-07-09");
    }

    @Test
    void theFirstDateIsTheLeadsPastDate() {
        String text = "The summit on 9-11 July will follow. Yesterday, he spoke.\n\nOn Monday more came.";
        List<EventDate> found = EventDateFinder.find(text, LocalDate.of(2024, 7, 6), text.indexOf("\n\n"));
        assertThat(found.get(0).date()).isEqualTo("2024-07-05");
        assertThat(found.get(0).phrase()).isEqualTo("Yesterday");
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("Yesterday");
        assertThat(found).hasSize(3);
    }
}
