package io.wiredesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.enrich.kb.KbEntity;
import io.wiredesk.enrich.kb.KnowledgeBase;
import io.wiredesk.enrich.match.Gazetteer;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped knowledge base loads, compiles and is consistent; prints its size and load time. */
class KnowledgeBaseLoadTest {
    @Test
    void loadsAndCompiles() {
        long t0 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBase.loadDefault();
        long t1 = System.nanoTime();
        Gazetteer g = new Gazetteer(kb);
        long t2 = System.nanoTime();
        System.out.printf("KB: %d entities, %d aliases, %d patterns; load %.0f ms, compile %.0f ms%n",
                kb.size(), kb.aliasCount(), g.patterns(), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        assertThat(kb.size()).isGreaterThan(500);
        Set<String> ids = new HashSet<>();
        kb.entities().forEach(e -> ids.add(e.id()));
        for (KbEntity e : kb.entities()) {
            assertThat(e.source()).as(e.name()).isNotBlank();
            assertThat(e.aliases()).as(e.name()).isNotEmpty();
            if (e.country() != null) {
                assertThat(ids).as("country of " + e.name()).contains(e.country());
            }
            e.aliases().forEach(a -> assertThat(ids).as("context of " + e.name()).containsAll(a.context()));
            if (e.wikidata() != null) {
                assertThat(e.id()).isEqualTo(e.wikidata());
            }
        }
        assertThat(kb.byName("Yoon Suk Yeol")).isPresent();
        assertThat(kb.byName("South Korea").orElseThrow().id()).isEqualTo("Q884");
    }
}
