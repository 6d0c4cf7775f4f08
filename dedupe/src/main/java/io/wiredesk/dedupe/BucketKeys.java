package io.wiredesk.dedupe;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocking buckets of an article: its LSH bands (copies), pairs of its most salient linked entities
 * and its distinctive title words (re-reports in other words). Two articles are compared when they share
 * a bucket; the keys depend on the article alone, so every instance puts it into the same buckets.
 */
public final class BucketKeys {
    /** Entity pairs are taken among this many most salient linked entities. */
    public static final int TOP_ENTITIES = 4;

    private final LshBands bands;

    public BucketKeys(DedupeSettings settings) {
        this.bands = new LshBands(settings.bands(), settings.rows());
    }

    /** Whether a bucket key is an LSH band's (copies) rather than an entity pair's or a word's. */
    public static boolean isBand(String key) {
        return key.startsWith(LshBands.KEY_PREFIX);
    }

    public List<String> of(Fingerprint f) {
        List<String> keys = new ArrayList<>();
        if (f.shingles() > 0) {
            keys.addAll(bands.keys(f.signature()));
        }
        List<String> top = f.entities().stream().limit(TOP_ENTITIES).map(WeightedEntity::id).sorted().toList();
        for (int i = 0; i < top.size(); i++) {
            for (int j = i + 1; j < top.size(); j++) {
                keys.add("e:" + top.get(i) + "|" + top.get(j));
            }
        }
        if (top.size() == 1) {
            keys.add("e:" + top.get(0));
        }
        f.titleTerms().forEach(t -> keys.add("t:" + t));
        return keys;
    }
}
