package io.wiredesk.dedupe;

import java.util.ArrayList;
import java.util.List;

/**
 * Locality-sensitive hashing by banding: a signature is cut into {@code bands} bands of {@code rows} slots;
 * two articles become candidates when any band is equal. The probability for Jaccard s is
 * {@code 1 - (1 - s^rows)^bands} (20 x 3: 0.99999 at 0.8, 0.99 at 0.6, 0.93 at 0.5, 0.42 at 0.3, 0.15 at 0.2).
 */
public final class LshBands {
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

    /** Bucket keys "b&lt;band&gt;:&lt;hex hash of the band's slots&gt;", one per band. */
    public List<String> keys(int[] signature) {
        if (signature.length < signatureSize()) {
            throw new IllegalArgumentException("signature has " + signature.length + " slots, bands need " + signatureSize());
        }
        List<String> keys = new ArrayList<>(bands);
        for (int b = 0; b < bands; b++) {
            long h = b;
            for (int r = 0; r < rows; r++) {
                h = Hash64.combine(h, signature[b * rows + r]);
            }
            keys.add("b" + b + ":" + Long.toHexString(h));
        }
        return keys;
    }

    /** The probability that a pair with Jaccard similarity s shares at least one band. */
    public double candidateProbability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }
}
