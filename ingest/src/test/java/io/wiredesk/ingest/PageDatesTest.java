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

    @Test
    void readsMonthNamesAndDateFormsBeyondWesternEurope() {
        assertThat(TextDates.find("15 августа 2016, 13:43").orElseThrow().date()).isEqualTo(LocalDate.of(2016, 8, 15));
        assertThat(TextDates.find("3 października 2020").orElseThrow().date()).isEqualTo(LocalDate.of(2020, 10, 3));
        assertThat(TextDates.find("duminică, 20 septembrie 2020").orElseThrow().date()).isEqualTo(LocalDate.of(2020, 9, 20));
        assertThat(TextDates.find("2018. június 4-én").orElseThrow().date()).isEqualTo(LocalDate.of(2018, 6, 4));
        assertThat(TextDates.find("2020. 06. 04. 11:27").orElseThrow().date()).isEqualTo(LocalDate.of(2020, 6, 4));
        assertThat(TextDates.find("2020年07月03日 | 徒歩").orElseThrow().date()).isEqualTo(LocalDate.of(2020, 7, 3));
        assertThat(TextDates.find("الأربعاء، 07 أكتوبر 2020 12:19").orElseThrow().date()).isEqualTo(LocalDate.of(2020, 10, 7));
        assertThat(TextDates.find("الجمعة 24 نيسان / أبريل 2020").orElseThrow().date()).isEqualTo(LocalDate.of(2020, 4, 24));
    }

    @Test
    void readsSlashedDaysOnlyWhenTheOrderIsUnambiguous() {
        assertThat(TextDates.find("17/03/2020").orElseThrow().date()).isEqualTo(LocalDate.of(2020, 3, 17));
        assertThat(TextDates.find("03/17/2020").orElseThrow().date()).isEqualTo(LocalDate.of(2020, 3, 17));
        assertThat(TextDates.find("03/04/2020")).isEmpty();
    }

    @Test
    void readsCompactDatesInUrlPaths() {
        assertThat(TextDates.fromUrl("https://www.example.se/20200428/meet-the-swede")).contains(LocalDate.of(2020, 4, 28));
        assertThat(TextDates.fromUrl("https://example.org/article/20200428123/x")).isEmpty();
    }

    @Test
    void readsSchemaDatesFromMicrodataRdfaAndNonArticleJsonLd() {
        HtmlExtractor x = new HtmlExtractor();
        assertThat(x.published("<body><span property='schema:dateCreated' content='2022-01-28T12:45:46+00:00'></span>"
                + "<p>text</p></body>", null, TODAY).iso()).startsWith("2022-01-28");
        assertThat(x.published("<head><script type='application/ld+json'>{\"@type\":\"HowTo\",\"name\":\"x\","
                + "\"datePublished\":\"2022-01-10T22:06:08:684Z\"}</script></head><body><p>text</p></body>", null, TODAY)
                .iso()).startsWith("2022-01-10");
    }

    @Test
    void theBylineUnderTheHeadlineBeatsDatesInTheText() {
        Document doc = Jsoup.parse("<body><nav>Events: 2 May 2019</nav><h1>Two years of ministers under investigation</h1>"
                + "<p>By Loïc Le Clerc | 30 septembre 2018</p><p>On 6 August 2019 a deputy was convicted; on 6 August 2019"
                + " he appealed.</p></body>");
        assertThat(PageDates.nearHeadline(doc, TODAY).orElseThrow().iso()).isEqualTo("2018-09-30");
    }

    @Test
    void theVisibleBylineComesBeforeAUtcTimestampInTheMetadata() {
        HtmlExtractor x = new HtmlExtractor();
        String html = "<html><head><meta property='article:published_time' content='2023-11-09T06:35:29Z'></head>"
                + "<body><h1>Arrest made after body parts found in Tarzana</h1><p>Posted: Nov 8, 2023 / 10:35 PM PST</p>"
                + "<p>text</p></body></html>";
        assertThat(x.published(html, null, TODAY).iso()).isEqualTo("2023-11-08");
        String noByline = html.replace("Posted: Nov 8, 2023 / 10:35 PM PST", "By a reporter");
        assertThat(x.published(noByline, null, TODAY).iso()).isEqualTo("2023-11-09T06:35:29Z");
    }

    @Test
    void findsEveryDateOfALongTextWhateverTheDistanceBetweenThem() {
        String[] forms = {"%1$d-%2$02d-%3$02d", "%3$d %4$s %1$d", "%4$s %3$d, %1$d - 09:26", "%3$d.%2$d.%1$d",
            "%1$d년 %2$d월 %3$d일", "1er de %4$s de %1$d"};
        String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};
        java.util.Random random = new java.util.Random(7);
        StringBuilder text = new StringBuilder();
        java.util.List<LocalDate> written = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int gap = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(300);
            text.append(" word".repeat(gap / 5 + 1)).append(" 12345 ".repeat(random.nextInt(2))).append(' ');
            LocalDate d = LocalDate.of(1996 + random.nextInt(28), 1 + random.nextInt(12), 2 + random.nextInt(26));
            String form = forms[random.nextInt(forms.length)];
            LocalDate expected = form.startsWith("1er") ? d.withDayOfMonth(1) : d;
            text.append(String.format(form, d.getYear(), d.getMonthValue(), d.getDayOfMonth(), months[d.getMonthValue() - 1]));
            written.add(expected);
        }
        assertThat(TextDates.findAll(text.toString())).extracting(l -> l.value().date()).containsExactlyElementsOf(written);
    }
}
