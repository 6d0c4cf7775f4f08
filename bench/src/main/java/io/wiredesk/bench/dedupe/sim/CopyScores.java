package io.wiredesk.bench.dedupe.sim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise precision and recall of copy relations: a pair of articles is a gold copy pair when both carry the
 * same text (same {@code copyGroup}) and a predicted one when both are in the same predicted copy group. Only
 * pairs inside groups count, so {@code predicted.get(i) == null} (no copy relation) puts article i in no pair.
 */
public record CopyScores(long goldPairs, long predictedPairs, long truePairs) {

    public static CopyScores of(List<String> predicted, List<String> gold) {
        Map<String, Long> pred = new HashMap<>();
        Map<String, Long> gld = new HashMap<>();
        Map<List<String>, Long> both = new HashMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            gld.merge(gold.get(i), 1L, Long::sum);
            if (predicted.get(i) != null) {
                pred.merge(predicted.get(i), 1L, Long::sum);
                both.merge(List.of(predicted.get(i), gold.get(i)), 1L, Long::sum);
            }
        }
        return new CopyScores(pairs(gld), pairs(pred), pairs(both));
    }

    private static long pairs(Map<?, Long> sizes) {
        return sizes.values().stream().mapToLong(k -> k * (k - 1) / 2).sum();
    }

    public double precision() {
        return predictedPairs == 0 ? 1 : (double) truePairs / predictedPairs;
    }

    public double recall() {
        return goldPairs == 0 ? 1 : (double) truePairs / goldPairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
