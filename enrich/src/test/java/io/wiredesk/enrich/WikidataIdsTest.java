package io.wiredesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.testing.SharedData;
import io.wiredesk.enrich.eval.GoldDocument;
import io.wiredesk.enrich.kb.KbEntity;
import io.wiredesk.enrich.kb.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every Wikidata id in the knowledge base agrees with the label data of ../shared/data/entities where they
 * overlap: an entity whose canonical name is a label name carries that label's id (when the name has one id
 * there), and an id the labels know is named by one of the label names given for it. Ids the labels do not
 * know come from the seeds' gold map and are checked by the seed tests.
 */
class WikidataIdsTest {
    @Test
    void idsAgreeWithTheBenchmarkLabels() throws IOException {
        Map<String, Set<String>> idsByName = new HashMap<>();
        Map<String, Set<String>> namesById = new HashMap<>();
        int files = 0;
        for (String f : List.of("entities/reuters-128.benchmark.jsonl", "entities/rss-500.benchmark.jsonl")) {
            Optional<Path> p = SharedData.dataFile(f);
            if (p.isEmpty()) {
                continue;
            }
            files++;
            for (GoldDocument d : GoldDocument.read(p.get())) {
                for (GoldDocument.GoldLabel l : d.labels()) {
                    if (l.linked()) {
                        idsByName.computeIfAbsent(l.name(), k -> new HashSet<>()).add(l.qid());
                        namesById.computeIfAbsent(l.qid(), k -> new HashSet<>()).add(l.name());
                    }
                }
            }
        }
        Assumptions.assumeTrue(files > 0, "../shared/data/entities absent, skipping");
        KnowledgeBase kb = Enricher.shared().knowledgeBase();
        List<String> wrong = new ArrayList<>();
        int overlap = 0;
        int withWikidata = 0;
        for (KbEntity e : kb.entities()) {
            if (e.wikidata() == null) {
                continue;
            }
            withWikidata++;
            Set<String> ids = idsByName.get(e.name());
            Set<String> names = namesById.get(e.wikidata());
            if (ids == null && names == null) {
                continue;
            }
            overlap++;
            if (ids != null && ids.size() == 1 && !ids.contains(e.wikidata())) {
                wrong.add(e.name() + " has " + e.wikidata() + ", labels say " + ids);
            }
            if (names != null && ids == null && e.aliases().stream().noneMatch(a -> names.contains(a.text()))) {
                wrong.add(e.name() + " " + e.wikidata() + " is labelled " + names);
            }
        }
        System.out.printf("Wikidata ids: %d in the KB, %d overlap the benchmark labels, %d disagree%n",
                withWikidata, overlap, wrong.size());
        assertThat(overlap).isGreaterThan(100);
        assertThat(wrong).isEmpty();
    }
}
