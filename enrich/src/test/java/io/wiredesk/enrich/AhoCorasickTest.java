package io.wiredesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.enrich.match.AhoCorasick;
import io.wiredesk.enrich.match.AhoCorasick.Hit;
import java.util.List;
import org.junit.jupiter.api.Test;

class AhoCorasickTest {
    @Test
    void findsOverlappingAndNestedPatterns() {
        AhoCorasick ac = new AhoCorasick(List.of("he", "she", "his", "hers"));
        assertThat(ac.find("ushers")).containsExactlyInAnyOrder(new Hit(1, 4, 1), new Hit(2, 4, 0), new Hit(2, 6, 3));
    }

    @Test
    void followsFailureLinksAcrossPartialMatches() {
        AhoCorasick ac = new AhoCorasick(List.of("north korea", "korea", "north korean"));
        List<Hit> hits = ac.find("the north korean army; korea");
        assertThat(hits).contains(new Hit(4, 15, 0), new Hit(10, 15, 1), new Hit(4, 16, 2), new Hit(23, 28, 1));
        assertThat(hits).hasSize(4);
    }

    @Test
    void noPatternsNoHits() {
        assertThat(new AhoCorasick(List.of()).find("anything")).isEmpty();
        assertThat(new AhoCorasick(List.of("x")).find("")).isEmpty();
    }
}
