package io.wiredesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiredesk.core.kafka.RejectedRecord;
import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.model.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** HTML pages written for these tests: each exercises one way a page states its article and metadata. */
class HtmlExtractionTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    @Test
    void takesTheBodyFromJsonLdWhenThePageShowsOnlyATeaser() {
        CleanArticle a = extract("jsonld-article.html", "https://courier.example/politics/water-bill");
        assertThat(a.title()).isEqualTo("Parliament passes water bill after marathon session");
        assertThat(a.paragraphs()).containsExactly(
                "Parliament passed the water bill late on Tuesday after a session that lasted fourteen hours.",
                "The bill caps the prices that utilities may charge households and obliges them to repair leaking pipes within a year.",
                "Opposition members said the caps were too low to pay for the repairs, and promised to amend the law after the next election.");
        assertThat(a.publishedAt()).isEqualTo("2024-03-12T18:05+01:00");
        assertThat(a.publishedAtSource()).isEqualTo("json-ld");
        assertThat(a.byline()).isEqualTo("Ana Lopes, Tom Baker");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.text()).doesNotContain("Subscribers", "Home");
    }

    @Test
    void keepsTheArticleAndDropsNavigationSharingRelatedAndComments() {
        CleanArticle a = extract("article-with-furniture.html", "https://coastal.example/news/storm");
        assertThat(a.title()).isEqualTo("Storm closes harbour for a second day");
        assertThat(a.paragraphs()).containsExactly(
                "PORTHAVEN, March 3 (Reuters) - The harbour stayed closed on Sunday as the storm brought waves of up to nine"
                        + " metres to the coast, the port authority said.",
                "Fishing boats have been tied up since Friday, and ferry crossings to the islands were cancelled for the"
                        + " second day running.",
                "Repairs to the sea wall",
                "Engineers said the sea wall, damaged in January, had held, but that repairs planned for the spring would"
                        + " have to start sooner.",
                "Ferries will resume on Tuesday if the wind drops below gale force.",
                "The coast road between the harbour and the lighthouse remains closed.",
                "\"We have never seen the water this high in March,\" said harbour master Ole Nilsen.");
        assertThat(a.byline()).isEqualTo("Maria Jensen");
        assertThat(a.dateline()).isEqualTo("Porthaven");
        assertThat(a.agency()).isEqualTo("Reuters");
        assertThat(a.lead()).startsWith("PORTHAVEN, March 3 (Reuters)");
        assertThat(a.text()).doesNotContain("Facebook", "Related articles", "storm of 1998", "Most read",
                "morning briefing", "All rights reserved");
    }

    @Test
    void readsTheDateFromMetaAndTheBylineFromABylineParagraph() {
        CleanArticle a = extract("meta-date.html", "https://city.example/news/library");
        assertThat(a.title()).isEqualTo("Council approves new library");
        assertThat(a.publishedAt()).isEqualTo("2023-01-26T09:26+09:00");
        assertThat(a.publishedAtSource()).isEqualTo("meta");
        assertThat(a.byline()).isEqualTo("Kim Min-ji");
        assertThat(a.paragraphs()).hasSize(3).first().asString().startsWith("The city council on Thursday approved");
        assertThat(a.text()).doesNotContain("cookies", "By City Desk", "Culture");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void handlesHangulPagesAndNormalisesCompatibilityCharacters() {
        CleanArticle a = extract("hangul.html", "https://djournal.example/news/2024/10/21/yoon-rutte");
        assertThat(a.title()).isEqualTo("윤 대통령, 나토 사무총장과 통화");
        assertThat(a.language()).isEqualTo("ko");
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.paragraphs().get(0)).startsWith("윤석열 대통령은 21일 마크 뤼터");
        assertThat(a.text()).contains("KBS 뉴스").doesNotContain("ＫＢＳ", "저작권자", "외교</a>");
        assertThat(a.wordCount()).isGreaterThan(20);
        assertThat(a.publishedAt()).isEqualTo("2024-10-21");
        assertThat(a.publishedAtSource()).isEqualTo("url");
    }

    @Test
    void rejectsAPageWithNoArticleText() {
        String menu = "<html><body><nav><a href='/'>Home</a></nav><ul class='menu'><li><a href='/a'>A</a></li></ul></body></html>";
        assertThatThrownBy(() -> EXTRACTOR.extract(raw(menu, "https://x.example/")))
                .isInstanceOf(RejectedRecord.class)
                .satisfies(e -> assertThat(((RejectedRecord) e).reason()).isEqualTo("no-content"));
    }

    private static CleanArticle extract(String resource, String url) {
        return EXTRACTOR.extract(raw(read(resource), url));
    }

    private static RawArticle raw(String html, String url) {
        return new RawArticle(RawArticle.SCHEMA, null, url, null, Instant.parse("2025-01-01T00:00:00Z"), null,
                RawArticle.HTML, null, html);
    }

    private static String read(String resource) {
        try (InputStream in = HtmlExtractionTest.class.getResourceAsStream("/html/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
