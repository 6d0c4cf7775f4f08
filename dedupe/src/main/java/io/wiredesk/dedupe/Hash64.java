package io.wiredesk.dedupe;

/**
 * Stable 64-bit hashing (FNV-1a over UTF-16 code units, finished with MurmurHash3's fmix64): the same
 * value on every JVM and restart, unlike {@link String#hashCode()} mixed with anything random.
 */
public final class Hash64 {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hash64() {
    }

    public static long of(String s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    /** MurmurHash3 fmix64: a bijective avalanche of all 64 bits. */
    public static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** Order-dependent combination of two hashes. */
    public static long combine(long h, long next) {
        return mix(h * 0x9E3779B97F4A7C15L + next);
    }
}
