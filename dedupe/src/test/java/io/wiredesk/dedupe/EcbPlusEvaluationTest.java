package io.wiredesk.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.Dates;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.model.EnrichedArticle;
import io.wiredesk.core.testing.SharedData;
import io.wiredesk.core.text.Tokens;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Story clustering quality on ECB+ (../shared/data/stories/ecbplus-dev.jsonl; skipped when absent): one pass
 * in publication order, every article compared with all earlier ones (the scorer's quality, without blocking),
 * stories = connected components of the matches. Prints B-cubed precision, recall and F1 per threshold.
 * ECB+ texts carry no linked entities here (no enrich stage), so only content, dates and times count.
 */
@Tag("quality")
class EcbPlusEvaluationTest {
    private static final Instant CRAWLED = Instant.parse("2020-01-01T00:00:00Z");

    record Doc(String id, String story, Fingerprint fingerprint) {
    }

    @Test
    void bCubedF1() throws IOException {
        Optional<Path> file = SharedData.dataFile("stories/ecbplus-dev.jsonl");
        assumeTrue(file.isPresent(), "../shared/data/stories/ecbplus-dev.jsonl is absent: skipping the ECB+ evaluation");
        // ECB's own documents have no dates: one window holding everything, so time never decides
        DedupeSettings settings = DedupeSettings.DEFAULTS.withWindow(java.time.Duration.ofDays(36500));
        Fingerprinter fingerprinter = new Fingerprinter(settings);
        List<Doc> docs = new ArrayList<>();
        for (String line : Files.readAllLines(file.get())) {
            JsonNode n = Json.MAPPER.readTree(line);
            docs.add(new Doc(n.get("id").asText(), n.get("story").asText(), fingerprinter.of(article(n))));
        }
        docs.sort(Comparator.comparing((Doc d) -> d.fingerprint().orderKey()));
        StringBuilder out = new StringBuilder("\nECB+ (" + docs.size() + " docs), online, all earlier docs compared\n");
        double atDefault = 0;
        for (double threshold : new double[] {0.3, 0.36, 0.45}) {
            DedupeSettings s = settings.withEventThresholds(threshold, threshold - (settings.eventThreshold() - settings.supportedThreshold()));
            double[] prf = evaluate(docs, new SimilarityScorer(s));
            out.append(String.format("event threshold %.2f: B-cubed P %.3f R %.3f F1 %.3f%n", threshold, prf[0], prf[1], prf[2]));
            if (threshold == DedupeSettings.DEFAULTS.eventThreshold()) {
                atDefault = prf[2];
            }
        }
        System.out.println(out);
        assertThat(atDefault).isGreaterThan(0.5);
    }

    private static EnrichedArticle article(JsonNode n) {
        List<String> paragraphs = Arrays.stream(n.get("text").asText().split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        String published = n.hasNonNull("published") ? n.get("published").asText() : null;
        Instant received = published != null ? Dates.toInstant(published).orElse(CRAWLED) : CRAWLED;
        String id = n.get("id").asText();
        String body = String.join(CleanArticle.PARAGRAPH_SEPARATOR, paragraphs);
        CleanArticle clean = new CleanArticle(1, id, n.path("url").asText(null), null, received, null, paragraphs,
                paragraphs.isEmpty() ? "" : paragraphs.get(0), published, null, null, null, null, "en", Tokens.count(body), null);
        return new EnrichedArticle(1, id, clean, List.of(), List.of(), List.of());
    }

    private static double[] evaluate(List<Doc> docs, SimilarityScorer scorer) {
        int[] parent = new int[docs.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < docs.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (scorer.decide(docs.get(i).fingerprint(), docs.get(j).fingerprint()).isPresent()) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Integer>> predicted = new HashMap<>();
        Map<String, List<Integer>> gold = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            predicted.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
            gold.computeIfAbsent(docs.get(i).story(), k -> new ArrayList<>()).add(i);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < docs.size(); i++) {
            List<Integer> pc = predicted.get(find(parent, i));
            List<Integer> gc = gold.get(docs.get(i).story());
            long both = pc.stream().filter(gc::contains).count();
            p += (double) both / pc.size();
            r += (double) both / gc.size();
        }
        p /= docs.size();
        r /= docs.size();
        return new double[] {p, r, 2 * p * r / (p + r)};
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
