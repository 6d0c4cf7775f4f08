package io.wiredesk.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {
    @Test
    void hangulAccentsAndApostrophesAreWords() {
        assertThat(Tokens.words("윤석열 대통령은 NATO와 통화했다.")).containsExactly("윤석열", "대통령은", "NATO와", "통화했다");
        assertThat(Tokens.words("Korea's café — don't stop")).containsExactly("Korea's", "café", "don't", "stop");
        assertThat(Tokens.lowerWords("Seoul, NATO")).containsExactly("seoul", "nato");
        assertThat(Tokens.count(null)).isZero();
    }

    @Test
    void normalisationFoldsCompatibilityCharactersAndSpaces() {
        assertThat(TextNormalizer.nfkc("ＮＡＴＯ ﬁnal")).isEqualTo("NATO final");
        assertThat(TextNormalizer.collapseWhitespace(" a\u00A0\u00A0b\n\tc ")).isEqualTo("a b c");
    }
}
