package io.wiredesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.enrich.kb.KbAlias;
import io.wiredesk.enrich.kb.KbEntity;
import io.wiredesk.enrich.kb.KnowledgeBase;
import io.wiredesk.enrich.match.Gazetteer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped knowledge base loads and compiles fast, is large and consistent; prints its size and load time. */
class KnowledgeBaseLoadTest {
    @Test
    void loadsAndCompiles() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        KnowledgeBase kb = KnowledgeBase.loadDefault();
        long t1 = System.nanoTime();
        Gazetteer g = new Gazetteer(kb);
        long t2 = System.nanoTime();
        double cpuMs = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
        double loadMs = (t1 - t0) / 1e6;
        double compileMs = (t2 - t1) / 1e6;
        System.out.printf("KB: %d entities, %d aliases, %d patterns; load %.0f ms, compile %.0f ms (wall), %.0f ms CPU%n",
                kb.size(), kb.aliasCount(), g.patterns(), loadMs, compileMs, cpuMs);
        assertThat(kb.aliasCount()).isGreaterThanOrEqualTo(100_000);
        // goal: < 2 s. Asserted on the loading thread's CPU time, since the wall time on the shared 2-core build
        // machine mostly measures the other builds; the margin absorbs a cold JIT.
        assertThat(cpuMs).as("load + compile, CPU ms").isLessThan(4000);

        Set<String> ids = new HashSet<>();
        kb.entities().forEach(e -> ids.add(e.id()));
        List<String> problems = new ArrayList<>();
        for (KbEntity e : kb.entities()) {
            if (e.source() == null || e.source().isBlank()) {
                problems.add("no source: " + e.name());
            }
            if (e.aliases().isEmpty()) {
                problems.add("no alias: " + e.name());
            }
            if (e.country() != null && !ids.contains(e.country())) {
                problems.add("unknown country of " + e.name() + ": " + e.country());
            }
            for (KbAlias a : e.aliases()) {
                for (String c : a.context()) {
                    if (!ids.contains(c)) {
                        problems.add("unknown context of " + e.name() + ": " + c);
                    }
                }
            }
            if (e.wikidata() != null && !e.id().equals(e.wikidata())) {
                problems.add("id of " + e.name() + " is not its Wikidata id");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(kb.byName("Yoon Suk Yeol")).isPresent();
        assertThat(kb.byName("South Korea").orElseThrow().id()).isEqualTo("Q884");
    }
}
