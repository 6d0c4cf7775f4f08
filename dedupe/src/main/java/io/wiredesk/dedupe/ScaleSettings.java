package io.wiredesk.dedupe;

import io.wiredesk.core.kafka.StageConfig;

/**
 * What bounds dedupe's cost per article, whatever the size of the index.
 *
 * @param compareMax       a newcomer is compared with at most this many members of each bucket: the most recently
 *                         received (a bucket keeps no more than that)
 * @param edgesMax         at most this many match edges per newcomer and bucket, the best by (copy before rewrite,
 *                         similarity desc, order key). The default equals compareMax, i.e. no cap beyond the
 *                         comparisons: a lower cap makes stories depend on arrival order (a member that arrived
 *                         first is dropped by every later newcomer with more better matches, and ends up alone)
 * @param fingerprintCache decoded fingerprints kept in memory per task (LRU)
 */
public record ScaleSettings(int compareMax, int edgesMax, int fingerprintCache) {
    public static final String COMPARE_MAX = "wiredesk.dedupe.compare.max";
    public static final String EDGES_MAX = "wiredesk.dedupe.edges.max";
    public static final String FINGERPRINT_CACHE = "wiredesk.dedupe.fingerprint.cache";

    public static final ScaleSettings DEFAULTS = new ScaleSettings(100, 100, 4096);

    public ScaleSettings {
        if (compareMax < 1 || edgesMax < 1 || fingerprintCache < 0) {
            throw new IllegalArgumentException("compare.max and edges.max must be positive, fingerprint.cache not negative");
        }
    }

    public static ScaleSettings from(StageConfig config) {
        return new ScaleSettings(
                config.getInt(COMPARE_MAX, DEFAULTS.compareMax),
                config.getInt(EDGES_MAX, DEFAULTS.edgesMax),
                config.getInt(FINGERPRINT_CACHE, DEFAULTS.fingerprintCache));
    }
}
