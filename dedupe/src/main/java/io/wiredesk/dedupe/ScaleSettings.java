package io.wiredesk.dedupe;

import io.wiredesk.core.kafka.StageConfig;

/**
 * What bounds dedupe's cost per article, whatever the size of the index.
 *
 * @param compareMax       a newcomer is compared with at most this many members of each LSH band bucket (copies): the
 *                         most recently received (a bucket keeps no more than that)
 * @param weakCompareMax   the same bound for the weaker blocking keys (entity pairs, title and lead words), which fill
 *                         up with every report about the same actors or words. A small bound (10) is reached early and
 *                         keeps the cost per article almost flat from 10k to 1M indexed articles, but a bucket that
 *                         evicts members makes the compared pairs depend on the order visits reach its task: with
 *                         10, the ECB+ dev set gave 210 stories with 1 partition and 209 with 3 (with 100: 208 and
 *                         208). So the default equals compareMax, as before; lower it only where that is acceptable
 * @param edgesMax         at most this many match edges per newcomer and bucket, the best by (copy before rewrite,
 *                         similarity desc, order key). The default equals compareMax, i.e. no cap beyond the
 *                         comparisons: a lower cap makes stories depend on arrival order (a member that arrived
 *                         first is dropped by every later newcomer with more better matches, and ends up alone)
 * @param fingerprintCache decoded fingerprints kept in memory per task (LRU)
 */
public record ScaleSettings(int compareMax, int weakCompareMax, int edgesMax, int fingerprintCache) {
    public static final String COMPARE_MAX = "wiredesk.dedupe.compare.max";
    public static final String WEAK_COMPARE_MAX = "wiredesk.dedupe.compare.weak.max";
    public static final String EDGES_MAX = "wiredesk.dedupe.edges.max";
    public static final String FINGERPRINT_CACHE = "wiredesk.dedupe.fingerprint.cache";

    public static final ScaleSettings DEFAULTS = new ScaleSettings(100, 100, 100, 4096);

    public ScaleSettings {
        if (compareMax < 1 || weakCompareMax < 1 || edgesMax < 1 || fingerprintCache < 0) {
            throw new IllegalArgumentException("compare.max and edges.max must be positive, fingerprint.cache not negative");
        }
    }

    /** The comparison bound of a bucket by its kind of key ({@link BucketKeys#isBand}). */
    public int compareMax(String bucketKey) {
        return BucketKeys.isBand(bucketKey) ? compareMax : weakCompareMax;
    }

    /** How many members a bucket keeps: no more than are compared, and no more than {@code bucketMax}. */
    public int keep(String bucketKey, int bucketMax) {
        return Math.min(bucketMax, compareMax(bucketKey));
    }

    public static ScaleSettings from(StageConfig config) {
        return new ScaleSettings(
                config.getInt(COMPARE_MAX, DEFAULTS.compareMax),
                config.getInt(WEAK_COMPARE_MAX, DEFAULTS.weakCompareMax),
                config.getInt(EDGES_MAX, DEFAULTS.edgesMax),
                config.getInt(FINGERPRINT_CACHE, DEFAULTS.fingerprintCache));
    }
}
