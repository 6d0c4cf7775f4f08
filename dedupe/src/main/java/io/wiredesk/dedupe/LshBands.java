package io.wiredesk.dedupe;

import java.util.ArrayList;
import java.util.List;

/**
 * Locality-sensitive hashing by banding: the first {@code bands x rows} slots of a signature are cut into
 * {@code bands} bands of {@code rows} slots; two articles become candidates when any band is equal. The probability
 * for Jaccard s is {@code 1 - (1 - s^rows)^bands}: the default 10 x 3 gives 0.9992 at 0.8, 0.98 at 0.7, 0.90 at
 * 0.6, 0.74 at 0.5, 0.001 at 0.05. Copies below ~0.6 (heavily truncated, reframed) mostly share title words or
 * entities too, so the other buckets find them: on the simulated ECB+ syndication stream 8 to 20 bands of 3 find the
 * same copies, while 10 x 2 (0.94 at 0.5, but 0.61 at 0.3) also found short texts sharing only agency boilerplate,
 * which verification takes for copies (precision 0.94). Each band is one index entry per article, most of them in
 * a bucket of their own: 10 bands cost half the bucket state of the former 20.
 */
public final class LshBands {
    static final String KEY_PREFIX = "b";
    private static final int KEY_CHARS = 6;
    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private final int bands;
    private final int rows;

    public LshBands(int bands, int rows) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be positive: " + bands + " x " + rows);
        }
        this.bands = bands;
        this.rows = rows;
    }

    public int signatureSize() {
        return bands * rows;
    }

    /**
     * Bucket keys "b" + 6 characters: 36 bits of the hash of the band's index and slots (base64url). Most band
     * buckets hold one article, so the key is a good part of their size; a lookup meets another band's key with odds
     * ~(bands x indexed articles) / 2^36, 0.0003 at 1M indexed (a spurious comparison, which verification rejects).
     */
    public List<String> keys(int[] signature) {
        if (signature.length < signatureSize()) {
            throw new IllegalArgumentException("signature has " + signature.length + " slots, bands need " + signatureSize());
        }
        List<String> keys = new ArrayList<>(bands);
        char[] key = new char[1 + KEY_CHARS];
        key[0] = KEY_PREFIX.charAt(0);
        for (int b = 0; b < bands; b++) {
            long h = b;
            for (int r = 0; r < rows; r++) {
                h = Hash64.combine(h, signature[b * rows + r]);
            }
            for (int i = 0; i < KEY_CHARS; i++) {
                key[1 + i] = BASE64URL.charAt((int) (h >>> (58 - 6 * i)) & 63);
            }
            keys.add(new String(key));
        }
        return keys;
    }

    /** The probability that a pair with Jaccard similarity s shares at least one band. */
    public double candidateProbability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }
}
