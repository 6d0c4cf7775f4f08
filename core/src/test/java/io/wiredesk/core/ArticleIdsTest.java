package io.wiredesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {
    @Test
    void theSameUrlWrittenDifferentlyGivesTheSameId() {
        String id = ArticleIds.of("https://www.Example.org/news/1/?a=b#top", "body one");
        assertThat(ArticleIds.of("http://example.org/news/1?a=b", "body two")).isEqualTo(id);
        assertThat(id).startsWith("a-").hasSize(18);
    }

    @Test
    void withoutAUrlTheBodyDecides() {
        assertThat(ArticleIds.of(null, "Some  text\n")).isEqualTo(ArticleIds.of("", "Some text"));
        assertThat(ArticleIds.of(null, "Some text")).isNotEqualTo(ArticleIds.of(null, "Other text"));
    }

    @Test
    void differentPathsDiffer() {
        assertThat(ArticleIds.of("https://example.org/a", null)).isNotEqualTo(ArticleIds.of("https://example.org/b", null));
    }
}
