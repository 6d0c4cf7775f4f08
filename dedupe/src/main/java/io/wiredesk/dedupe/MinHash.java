package io.wiredesk.dedupe;

import java.util.SplittableRandom;

/**
 * MinHash signatures of shingle-hash sets. Hash function i is {@code fmix64(x ^ seed_i)} with seeds from a
 * fixed-seed generator, so every instance and restart computes the same signature. Each slot keeps the
 * upper 32 bits of the minimum (compared unsigned): collisions at 2^-32 do not matter for estimates.
 */
public final class MinHash {
    public static final long DEFAULT_SEED = 0x5EEDD0D0CAFEF00DL;
    /** Slot value of an empty set. */
    private static final int EMPTY = -1;

    private final long[] seeds;

    public MinHash(int size) {
        this(size, DEFAULT_SEED);
    }

    public MinHash(int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("MinHash size must be positive: " + size);
        }
        SplittableRandom random = new SplittableRandom(seed);
        this.seeds = new long[size];
        for (int i = 0; i < size; i++) {
            seeds[i] = random.nextLong();
        }
    }

    public int size() {
        return seeds.length;
    }

    public int[] signature(long[] shingleHashes) {
        int[] sig = new int[seeds.length];
        for (int i = 0; i < seeds.length; i++) {
            long seed = seeds[i];
            long min = -1L >>> 32;
            for (long x : shingleHashes) {
                long v = Hash64.mix(x ^ seed) >>> 32;
                if (v < min) {
                    min = v;
                }
            }
            sig[i] = shingleHashes.length == 0 ? EMPTY : (int) min;
        }
        return sig;
    }

    /**
     * The Jaccard estimate of b-bit signatures (each slot cut to its {@code bits} low bits): the fraction of equal
     * slots minus the odds 2^-bits that two different minima agree in those bits (Li and König's b-bit MinHash).
     */
    public static double estimate(int[] a, int[] b, int bits) {
        double equal = estimate(a, b);
        if (bits >= 32) {
            return equal;
        }
        double chance = Math.pow(2, -bits);
        return Math.max(0, (equal - chance) / (1 - chance));
    }

    public static int equalSlots(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return equal;
    }

    /** The fraction of equal slots: an unbiased estimate of the Jaccard similarity of the two sets. */
    public static double estimate(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("signatures of different sizes: " + a.length + " and " + b.length);
        }
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return a.length == 0 ? 0 : (double) equal / a.length;
    }
}
