package io.wiredesk.dedupe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * An article's content terms as the scorer needs them, computed once when the article is fingerprinted: each term
 * as a {@value #HASH_BITS}-bit hash (its lowest bit says whether the term is a rare single word, a property of the
 * term, so equal terms still have equal hashes) with its TF-IDF weight (sublinear term frequency x background IDF, looked up
 * here and never again) quantized to {@value #WEIGHT_BITS} bits relative to the article's largest weight, the
 * vector's norm. A comparison is then a merge of two sorted int arrays:
 * no string hashing, no IDF lookups, no norm recomputation.
 *
 * <p>The quantized weights are the weights: the fingerprint holds them and its binary form stores them exactly, so
 * a decoded fingerprint scores like the original. Two different terms of one article with the same hash (odds
 * ~n^2 / 2^25) keep the larger weight; a false match between two articles' terms (odds ~n^2 / 2^24 per pair, a
 * weight product of ~1%) is noise far below the thresholds.
 */
public final class TermVector {
    public static final int HASH_BITS = 22;
    public static final int WEIGHT_BITS = 4;
    static final int MAX_WEIGHT = (1 << WEIGHT_BITS) - 1;
    private static final int HASH_MASK = (1 << HASH_BITS) - 1;
    static final TermVector EMPTY = new TermVector(new int[0], new int[0]);

    private final int[] hashes;
    private final int[] weights;
    private final double norm;

    /**
     * @param hashes  term hashes, ascending, distinct, each below 2^{@value #HASH_BITS}
     * @param weights quantized weights (1..{@value #MAX_WEIGHT}) of the terms, in the same order
     */
    TermVector(int[] hashes, int[] weights) {
        if (hashes.length != weights.length) {
            throw new IllegalArgumentException("hashes and weights differ in length");
        }
        this.hashes = hashes;
        this.weights = weights;
        long sum = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (i > 0 && hashes[i] <= hashes[i - 1] || hashes[i] < 0 || hashes[i] > HASH_MASK || weights[i] < 1 || weights[i] > MAX_WEIGHT) {
                throw new IllegalArgumentException("term hashes must be ascending and weights within 1.." + MAX_WEIGHT);
            }
            sum += (long) weights[i] * weights[i];
        }
        this.norm = Math.sqrt(sum);
    }

    /** The {@code max} terms of largest TF-IDF weight (ties by term) of the given counts. */
    public static TermVector of(Map<String, Integer> counts, int max, BackgroundIdf idf) {
        record Weighted(String term, double weight) {
        }
        List<Weighted> top = new ArrayList<>(counts.size());
        counts.forEach((t, c) -> top.add(new Weighted(t, ContentTerms.tf(c) * idf.of(t))));
        top.sort(Comparator.comparingDouble(Weighted::weight).reversed().thenComparing(Weighted::term));
        List<Weighted> kept = top.subList(0, Math.min(max, top.size()));
        if (kept.isEmpty()) {
            return EMPTY;
        }
        double largest = kept.get(0).weight();
        long[] packed = new long[kept.size()];
        for (int i = 0; i < kept.size(); i++) {
            Weighted w = kept.get(i);
            int q = quantize(w.weight(), largest);
            boolean isRare = w.term().indexOf(' ') < 0 && idf.of(w.term()) >= SimilarityScorer.RARE_IDF;
            // hash, then the larger weight first, so a colliding pair keeps its larger weight
            packed[i] = (long) (hash(w.term()) & ~1 | (isRare ? 1 : 0)) << 32 | (MAX_WEIGHT - q);
        }
        Arrays.sort(packed);
        int[] hashes = new int[packed.length];
        int[] weights = new int[packed.length];
        int n = 0;
        for (long p : packed) {
            int h = (int) (p >>> 32);
            if (n > 0 && hashes[n - 1] == h) {
                continue;
            }
            hashes[n] = h;
            weights[n] = MAX_WEIGHT - (int) (p & 0xFFFFFFFFL);
            n++;
        }
        return new TermVector(Arrays.copyOf(hashes, n), Arrays.copyOf(weights, n));
    }

    private static int quantize(double weight, double largest) {
        return (int) Math.max(1, Math.min(MAX_WEIGHT, Math.round(weight / largest * MAX_WEIGHT)));
    }


    static int hash(String term) {
        return (int) (Hash64.of(term) >>> (64 - HASH_BITS));
    }

    public int size() {
        return hashes.length;
    }

    int hashAt(int i) {
        return hashes[i];
    }

    int weightAt(int i) {
        return weights[i];
    }

    boolean rareAt(int i) {
        return (hashes[i] & 1) != 0;
    }

    /** Cosine of the two weight vectors (0 when either is empty). */
    public double cosine(TermVector o) {
        if (norm == 0 || o.norm == 0) {
            return 0;
        }
        int[] a = hashes;
        int[] b = o.hashes;
        int i = 0;
        int j = 0;
        long dot = 0;
        while (i < a.length && j < b.length) {
            int x = a[i];
            int y = b[j];
            if (x == y) {
                dot += (long) weights[i++] * o.weights[j++];
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return dot == 0 ? 0 : dot / (norm * o.norm);
    }

    /** How many rare single words both vectors hold. */
    public int rareShared(TermVector o) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < hashes.length && j < o.hashes.length) {
            int x = hashes[i];
            int y = o.hashes[j];
            if (x == y) {
                if ((x & 1) != 0) {
                    n++;
                }
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TermVector t && Arrays.equals(hashes, t.hashes) && Arrays.equals(weights, t.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(hashes) + Arrays.hashCode(weights);
    }

    @Override
    public String toString() {
        return "TermVector[" + hashes.length + " terms]";
    }
}
