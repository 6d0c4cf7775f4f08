package io.wiredesk.dedupe.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement of a predicted clustering with the gold one: B-cubed and pairwise precision / recall / F1 and the
 * adjusted Rand index. {@code predicted.get(i)} and {@code gold.get(i)} are document i's cluster labels.
 */
public record ClusterScores(double bcubedP, double bcubedR, double bcubedF1, double pairP, double pairR, double pairF1, double ari,
                            int clusters, int goldClusters) {

    public static ClusterScores of(List<?> predicted, List<?> gold) {
        int n = predicted.size();
        Map<Object, Integer> predSize = sizes(predicted);
        Map<Object, Integer> goldSize = sizes(gold);
        Map<List<Object>, Integer> both = new HashMap<>();
        for (int i = 0; i < n; i++) {
            both.merge(List.of(predicted.get(i), gold.get(i)), 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (int i = 0; i < n; i++) {
            int overlap = both.get(List.of(predicted.get(i), gold.get(i)));
            p += (double) overlap / predSize.get(predicted.get(i));
            r += (double) overlap / goldSize.get(gold.get(i));
        }
        p /= n;
        r /= n;
        double sameBoth = both.values().stream().mapToDouble(ClusterScores::pairs).sum();
        double samePred = predSize.values().stream().mapToDouble(ClusterScores::pairs).sum();
        double sameGold = goldSize.values().stream().mapToDouble(ClusterScores::pairs).sum();
        double pairP = samePred == 0 ? 1 : sameBoth / samePred;
        double pairR = sameGold == 0 ? 1 : sameBoth / sameGold;
        double expected = samePred * sameGold / pairs(n);
        double max = (samePred + sameGold) / 2;
        double ari = max == expected ? 1 : (sameBoth - expected) / (max - expected);
        return new ClusterScores(p, r, f1(p, r), pairP, pairR, f1(pairP, pairR), ari, predSize.size(), goldSize.size());
    }

    private static Map<Object, Integer> sizes(List<?> labels) {
        Map<Object, Integer> out = new HashMap<>();
        labels.forEach(l -> out.merge(l, 1, Integer::sum));
        return out;
    }

    private static double pairs(int k) {
        return k * (k - 1) / 2.0;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("B-cubed P %.3f R %.3f F1 %.3f | pairwise P %.3f R %.3f F1 %.3f | ARI %.3f | %d clusters (gold %d)",
                bcubedP, bcubedR, bcubedF1, pairP, pairR, pairF1, ari, clusters, goldClusters);
    }
}
