package io.wiredesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.testing.SharedData;
import io.wiredesk.enrich.eval.LinkingEvaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The linker on the ELEVANT entity-linking sets of ../shared/data (skipped when absent), scored on named
 * mentions (demonym links, which these sets do not annotate, left out; all-links figures are printed).
 *
 * <p>Thresholds are the measured figures minus a margin, not the goal: Reuters-128 spans+ids
 * precision is 0.71 against a goal of 0.85. Most of its false positives are correct links on mentions the
 * gold leaves unannotated (50 of 53 "U.S." are unmarked), which is why precision on the gold spans (0.97)
 * is asserted as well. RSS-500 marks two mentions per sentence, so its precision is not meaningful:
 * recall and accuracy on the gold spans are asserted.
 */
class EntityLinkingQualityTest {
    private static LinkingEvaluation.Result run(String file) throws IOException {
        Optional<Path> data = SharedData.dataFile("entities/" + file);
        Assumptions.assumeTrue(data.isPresent(), "../shared/data/entities/" + file + " absent, skipping");
        LinkingEvaluation.Result r = new LinkingEvaluation(Enricher.shared()).run(data.get());
        System.out.printf("%s%n%s | candidates %d | %.0f ms%n", r.all().summary(file + " all links"),
                r.names().summary(file + " named mentions"), r.candidates(), r.millis());
        return r;
    }

    @Test
    void reuters128() throws IOException {
        LinkingEvaluation.Result r = run("reuters-128.benchmark.jsonl");
        assertThat(r.names().precision()).as("spans+ids precision").isGreaterThanOrEqualTo(0.68);
        assertThat(r.names().recall()).as("spans+ids recall").isGreaterThanOrEqualTo(0.46);
        assertThat(r.names().idPrecision()).as("ids per document precision").isGreaterThanOrEqualTo(0.82);
        assertThat(r.names().accuracyOnGoldSpans()).as("precision on linked gold spans").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void rss500() throws IOException {
        LinkingEvaluation.Result r = run("rss-500.benchmark.jsonl");
        assertThat(r.names().recall()).as("spans+ids recall").isGreaterThanOrEqualTo(0.46);
        assertThat(r.names().accuracyOnGoldSpans()).as("accuracy on gold spans").isGreaterThanOrEqualTo(0.90);
    }
}
