package io.wiredesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.model.RawArticle;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Scraped-text rules on small made-up pages, and the helpers they rely on. */
class ScrapedTextTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    @Test
    void readsAWireDatelineAndInfersItsYearFromArrival() {
        CleanArticle a = extract("""
                North Korea fires missile
                SEOUL, Oct. 21 (Yonhap) -- North Korea fired a short-range ballistic missile into the East Sea on Monday, the military said.
                The launch came days after the North blew up roads connecting the two Koreas, officials said on Monday.
                Related articles
                  • Seoul condemns launch
                """, Instant.parse("2025-01-10T00:00:00Z"));
        assertThat(a.title()).isEqualTo("North Korea fires missile");
        assertThat(a.dateline()).isEqualTo("Seoul");
        assertThat(a.agency()).isEqualTo("Yonhap");
        assertThat(a.publishedAt()).isEqualTo("2024-10-21");
        assertThat(a.publishedAtSource()).isEqualTo("dateline");
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void aOneSentenceReportWithACreditSuffixBeatsAQuestionInTheRelatedLinks() {
        CleanArticle a = extract("""
                Metro Pulse Daily
                Home | News | Local | World | Entertainment | Weather
                Sign in  |  Subscribe for $1

                Report: Texas high school shooting suspect in custody, injuries reported

                January 8, 2026 14:11

                A suspect is in custody following reports of an active shooter at a Texas high school Friday morning, school officials say. (Yonhap)

                Share this article: Facebook | X | Email | Copy link

                You may also like
                Mitch McConnell sees 'no indication' Donald Trump might fire Robert Mueller. Um, what?
                Trump threatens to keep WHO funding freeze in place after WH investigation

                Advertise with us | Careers | Help
                """, Instant.parse("2026-01-10T00:00:00Z"));
        assertThat(a.title()).isEqualTo("Report: Texas high school shooting suspect in custody, injuries reported");
        assertThat(a.paragraphs()).singleElement().asString().startsWith("A suspect is in custody");
        assertThat(a.agency()).isEqualTo("Yonhap");
        assertThat(LineClassifier.isPipeMenu("Home | News | Local | World")).isTrue();
        assertThat(LineClassifier.isPipeMenu("Seoul and Washington agree on tariffs | Reuters")).isFalse();
    }

    @Test
    void dropsAWireServicesLongCopyrightNoticeButKeepsProseAboutCopyright() {
        CleanArticle a = extract("""
                Storm closes schools
                NEW YORK (AP) — Schools across the city closed on Tuesday as a winter storm dropped heavy snow, officials said.
                Copyright rules for school broadcasts were not affected by the closure, the district added in a statement on Tuesday.
                Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
                """, Instant.parse("2026-01-10T00:00:00Z"));
        assertThat(a.agency()).isEqualTo("AP");
        assertThat(a.paragraphs()).hasSize(2).noneMatch(p -> p.contains("All rights reserved"));
    }

    @Test
    void readsALabelledPublicationLineAndIgnoresAClockWidget() {
        CleanArticle a = extract("""
                22°C
                London
                Monday, March 3, 2025
                Markets rally as inflation cools in the euro area
                Published : Jan 26, 2023 - 09:26
                Stocks across Europe rose on Thursday after figures showed inflation in the euro area slowed for a third month.
                Bond yields fell as traders bet that the central bank would stop raising interest rates by the summer.
                Leave a Comment
                """, Instant.parse("2025-03-03T10:00:00Z"));
        assertThat(a.title()).isEqualTo("Markets rally as inflation cools in the euro area");
        assertThat(a.publishedAt()).isEqualTo("2023-01-26T09:26");
        assertThat(a.text()).doesNotContain("London", "Leave a Comment", "Published");
    }

    @Test
    void anUnlabelledDateBeforeTheHeadlineIsNotThePublicationDate() {
        CleanArticle a = extract("""
                March 3, 2025
                Markets rally as inflation cools in the euro area
                Stocks across Europe rose on Thursday after figures showed inflation in the euro area slowed for a third month.
                Bond yields fell as traders bet that the central bank would stop raising interest rates by the summer.
                """, Instant.parse("2025-03-03T10:00:00Z"));
        assertThat(a.publishedAt()).isNull();
    }

    @Test
    void splitsRunTogetherSentencesButNotAbbreviations() {
        assertThat(SentenceRepair.splitRunTogether("It went to Russia.Both sides agreed.")).containsExactly(
                "It went to Russia.", "Both sides agreed.");
        assertThat(SentenceRepair.splitRunTogether("‘It is linked,’ Yoon said.’This is bad,’ he added.Yoon left."))
                .containsExactly("‘It is linked,’ Yoon said.", "’This is bad,’ he added.", "Yoon left.");
        assertThat(SentenceRepair.splitRunTogether("The U.S. and N. Korea met in Jan. 2024 at 3.5 p.m. today."))
                .hasSize(1);
        assertThat(SentenceRepair.splitRunTogether("Officials went to Moscow.Yoon said the troops reached RussiaPutin met them"))
                .containsExactly("Officials went to Moscow.", "Yoon said the troops reached Russia", "Putin met them");
    }

    @Test
    void cleansBylines() {
        assertThat(Bylines.fromByLine("By Diplomacy Journal Lee Jon-young")).contains("Lee Jon-young");
        assertThat(Bylines.fromByLine("By John Smith, Staff Reporter")).contains("John Smith");
        assertThat(Bylines.clean("Daniel Kim Views")).contains("Daniel Kim");
        assertThat(Bylines.clean("Staff Reporter")).isEmpty();
        assertThat(Bylines.fromByLine("By the way, the meeting was cancelled")).isEmpty();
    }

    @Test
    void findsDatesInText() {
        assertThat(TextDates.find("Saturday, 6 July 2024, 14:41")).get()
                .extracting(d -> d.toFound("x").iso()).isEqualTo("2024-07-06T14:41");
        assertThat(TextDates.find("date 2024-10-22 News Today")).get()
                .extracting(d -> d.toFound("x").iso()).isEqualTo("2024-10-22");
        assertThat(TextDates.find("입력 2024년 10월 22일 09:05")).get()
                .extracting(d -> d.toFound("x").iso()).isEqualTo("2024-10-22T09:05");
        assertThat(TextDates.find("Posted Jan 26, 2023 at 9:26 pm")).get()
                .extracting(d -> d.toFound("x").iso()).isEqualTo("2023-01-26T21:26");
        assertThat(TextDates.fromUrl("https://www.pravda.com.ua/eng/news/2024/07/6/7464405/")).contains(LocalDate.of(2024, 7, 6));
        assertThat(TextDates.find("no date here, 12 items")).isEmpty();
    }

    @Test
    void guessesLanguages() {
        assertThat(LanguageGuess.of("The minister said that the talks would continue in the spring.")).isEqualTo("en");
        assertThat(LanguageGuess.of("윤석열 대통령은 21일 NATO 사무총장과 통화했다.")).isEqualTo("ko");
        assertThat(LanguageGuess.of("Der Minister sagte, dass die Gespräche im Frühjahr weitergehen und nicht enden.")).isEqualTo("de");
        assertThat(LanguageGuess.of("Президент заявил, что переговоры продолжатся.")).isEqualTo("ru");
    }

    private static CleanArticle extract(String text, Instant received) {
        return EXTRACTOR.extract(new RawArticle(RawArticle.SCHEMA, null, null, null, received, null, RawArticle.TEXT, null, text));
    }
}
