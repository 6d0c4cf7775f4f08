package io.wiredesk.sink;

import static io.wiredesk.sink.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiredesk.core.model.ArticleSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalArticleTest {

    @Test
    void agencyOriginalBeatsAnEarlierCopy() {
        ArticleSummary copy = article("copy").at("https://viewusglobal.com/?p=1").crediting("KBS")
                .published("2024-11-06T08:00:00Z").words(400).build();
        ArticleSummary kbs = article("kbs").at("https://news.kbs.co.kr/news/view.do?ncd=8100000").crediting("KBS")
                .published("2024-11-06T09:30:00Z").words(250).build();

        assertThat(CanonicalArticle.isAgencyOriginal(kbs)).isTrue();
        assertThat(CanonicalArticle.isAgencyOriginal(copy)).isFalse();
        assertThat(CanonicalArticle.choose(List.of(copy, kbs)).id()).isEqualTo("kbs");
        assertThat(CanonicalArticle.choose(List.of(kbs, copy)).id()).isEqualTo("kbs");
    }

    @Test
    void anAgencySiteRepublishingAnotherAgencyIsNotTheOriginal() {
        ArticleSummary yonhapOnKbs = article("kbs-yonhap").at("https://world.kbs.co.kr/news/1").crediting("Yonhap")
                .published("2024-10-22T10:00:00Z").build();
        ArticleSummary earlier = article("early").at("https://ontimenews.ae/?p=1717").crediting("Yonhap")
                .published("2024-10-22T07:00:00Z").build();

        assertThat(CanonicalArticle.isAgencyOriginal(yonhapOnKbs)).isFalse();
        assertThat(CanonicalArticle.choose(List.of(yonhapOnKbs, earlier)).id()).isEqualTo("early");
    }

    @Test
    void anAgencySiteWithoutACreditLineIsItsOwnOriginal() {
        ArticleSummary yna = article("yna").at("https://en.yna.co.kr/view/AEN20241022000100315").build();
        assertThat(CanonicalArticle.originalAgency(yna)).map(a -> a.name()).contains("Yonhap");
    }

    @Test
    void withoutAnOriginalTheEarliestWinsByPublicationElseReception() {
        ArticleSummary publishedLater = article("a").at("https://one.example/1").published("2024-10-23").build();
        ArticleSummary receivedEarlier = article("b").at("https://two.example/2").received("2024-10-22T05:00:00Z").build();
        ArticleSummary publishedEarliest = article("c").at("https://three.example/3").published("2024-10-21T23:00:00+09:00")
                .received("2024-10-25T00:00:00Z").build();

        assertThat(CanonicalArticle.choose(List.of(publishedLater, receivedEarlier, publishedEarliest)).id()).isEqualTo("c");
        assertThat(CanonicalArticle.choose(List.of(publishedLater, receivedEarlier)).id()).isEqualTo("b");
    }

    @Test
    void aDateOnlyPublicationIsComparedByDayThenByReceptionTime() {
        ArticleSummary dateOnly = article("date-only").at("https://one.example/1").published("2024-10-22")
                .received("2024-10-22T12:00:00Z").build();
        ArticleSummary morning = article("morning").at("https://two.example/2").published("2024-10-22T08:00:00Z").build();
        ArticleSummary dayBefore = article("day-before").at("https://three.example/3").published("2024-10-21").build();

        assertThat(CanonicalArticle.choose(List.of(dateOnly, morning)).id()).isEqualTo("morning");
        assertThat(CanonicalArticle.choose(List.of(dateOnly, morning, dayBefore)).id()).isEqualTo("day-before");
    }

    @Test
    void withoutAnyTimeTheMostCompleteWinsThenTheSmallestId() {
        ArticleSummary shortOne = article("a").at("https://one.example/1").received(null).words(120).build();
        ArticleSummary longOne = article("b").at("https://two.example/2").received(null).words(640).build();
        ArticleSummary twin = article("c").at("https://three.example/3").received(null).words(640).build();

        assertThat(CanonicalArticle.choose(List.of(shortOne, twin, longOne)).id()).isEqualTo("b");
    }

    @Test
    void anArticleWithATimeBeatsOneWithout() {
        ArticleSummary timeless = article("a").at("https://one.example/1").received(null).words(900).build();
        ArticleSummary timed = article("b").at("https://two.example/2").received("2024-10-22T05:00:00Z").words(100).build();
        assertThat(CanonicalArticle.choose(List.of(timeless, timed)).id()).isEqualTo("b");
    }

    @Test
    void aStoryWithoutArticlesHasNoCanonicalArticle() {
        assertThatThrownBy(() -> CanonicalArticle.choose(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
