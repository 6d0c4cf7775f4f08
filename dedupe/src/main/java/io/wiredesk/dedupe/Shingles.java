package io.wiredesk.dedupe;

import java.util.Arrays;
import java.util.List;

/** Word k-shingles of a token sequence as a sorted set of distinct 64-bit hashes. */
public final class Shingles {
    private Shingles() {
    }

    /** Texts shorter than k words give one shingle of all their words (none when empty). */
    public static long[] of(List<String> words, int k) {
        if (words.isEmpty()) {
            return new long[0];
        }
        long[] wordHashes = words.stream().mapToLong(Hash64::of).toArray();
        int n = Math.max(1, wordHashes.length - k + 1);
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = k;
            for (int j = i; j < Math.min(i + k, wordHashes.length); j++) {
                h = Hash64.combine(h, wordHashes[j]);
            }
            out[i] = h;
        }
        return Arrays.stream(out).sorted().distinct().toArray();
    }

    /** Exact Jaccard similarity of two sorted distinct hash sets. */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            int c = Long.compare(a[i], b[j]);
            if (c == 0) {
                common++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return (double) common / (a.length + b.length - common);
    }
}
