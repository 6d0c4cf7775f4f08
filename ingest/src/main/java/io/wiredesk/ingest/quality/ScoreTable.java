package io.wiredesk.ingest.quality;

import java.util.Map;
import java.util.TreeMap;

/** Per-page scores averaged per group (page type) and over all pages, as WCXB reports them. */
public final class ScoreTable {
    public static final String ALL = "all";

    /** Averages of one group. */
    public record Averages(int pages, double precision, double recall, double f1) {
    }

    private final Map<String, double[]> sums = new TreeMap<>();

    public void add(String group, BagOfWords.Score s) {
        for (String g : new String[] {group, ALL}) {
            double[] sum = sums.computeIfAbsent(g, k -> new double[4]);
            sum[0]++;
            sum[1] += s.precision();
            sum[2] += s.recall();
            sum[3] += s.f1();
        }
    }

    public Averages get(String group) {
        double[] s = sums.get(group);
        return s == null ? new Averages(0, 0, 0, 0) : new Averages((int) s[0], s[1] / s[0], s[2] / s[0], s[3] / s[0]);
    }

    /** Groups in name order, "all" included. */
    public Map<String, Averages> all() {
        Map<String, Averages> out = new TreeMap<>();
        sums.keySet().forEach(g -> out.put(g, get(g)));
        return out;
    }
}
