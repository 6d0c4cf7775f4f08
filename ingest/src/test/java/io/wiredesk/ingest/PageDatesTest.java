package io.wiredesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Dates written in page text and URLs, in several languages, and the order the page's sources are asked in. */
class PageDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2024, 1, 1);

    @Test
    void readsEuropeanMonthNamesAndDottedDays() {
        assertThat(TextDates.find("Veröffentlicht am 12. Juli 2017 um 10:00").orElseThrow().date())
                .isEqualTo(LocalDate.of(2017, 7, 12));
        assertThat(TextDates.find("publié le 3 mars 2019").orElseThrow().date()).isEqualTo(LocalDate.of(2019, 3, 3));
        assertThat(TextDates.find("5 de mayo de 2020").orElseThrow().date()).isEqualTo(LocalDate.of(2020, 5, 5));
        assertThat(TextDates.find("Stand: 24.02.2022, 14:05 Uhr").orElseThrow().date())
                .isEqualTo(LocalDate.of(2022, 2, 24));
        assertThat(TextDates.find("Sun 12, 2017")).isEmpty();
    }

    @Test
    void prefersPublishedOverUpdatedInAMarkedElement() {
        Document doc = Jsoup.parse("<body><div class='post-meta'>Updated: 5 May 2021 · Posted 3 May 2021</div>"
                + "<p>Text of the post that mentions 1 June 2020 once.</p></body>");
        assertThat(PageDates.fromMarkedElements(doc, TODAY).orElseThrow().iso()).isEqualTo("2021-05-03");
    }

    @Test
    void visibleTextGivesTheMostRepeatedPlausibleDate() {
        Document doc = Jsoup.parse("<body><p>Meeting on 2 March 2019.</p><p>Posted 1 March 2019</p>"
                + "<p>Archive: 1 March 2019</p><p>Next event 1 March 2030</p></body>");
        assertThat(PageDates.fromVisibleText(doc, TODAY).orElseThrow().iso()).isEqualTo("2019-03-01");
    }

    @Test
    void aFullDateInTheUrlComesFirst() {
        HtmlExtractor x = new HtmlExtractor();
        String html = "<html><head><meta property='article:published_time' content='2019-06-17T18:28:00Z'></head>"
                + "<body><p>text</p></body></html>";
        assertThat(x.published(html, "https://example.org/home/2017/7/12/a-post", TODAY).iso()).isEqualTo("2017-07-12");
        assertThat(x.published(html, "https://example.org/a-post", TODAY).iso()).startsWith("2019-06-17");
    }
}
