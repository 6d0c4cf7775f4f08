package io.wiredesk.dedupe;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Utils;

/**
 * An arrived article on its way to the blocking buckets: its fingerprint and all its bucket keys, sent once
 * to each partition of the bucket topic that owns one of the keys ({@link BucketPartitioner}) instead of
 * once per key. A bucket key belongs to partition {@link #partitionOf(String, int)}; the receiving task
 * visits only the keys of its own partition, so every bucket is still kept by exactly one task and the
 * results do not depend on the number of partitions.
 *
 * <p>The receiver must know the partition count the visit was routed with. Kafka Streams hands it to the
 * partitioner only, which calls {@link #routedOver(int)} on this very object right before the record is
 * serialized for each of the chosen partitions; the count travels in the message.
 */
public final class BucketVisit {
    /** Partition count unknown: the record was not routed by {@link BucketPartitioner}; every key is the receiver's. */
    static final int UNROUTED = 0;

    private final Fingerprint fingerprint;
    private final List<String> bucketKeys;
    private int partitions;

    public BucketVisit(Fingerprint fingerprint, List<String> bucketKeys) {
        this(fingerprint, bucketKeys, UNROUTED);
    }

    BucketVisit(Fingerprint fingerprint, List<String> bucketKeys, int partitions) {
        this.fingerprint = fingerprint;
        this.bucketKeys = List.copyOf(bucketKeys);
        this.partitions = partitions;
    }

    public Fingerprint fingerprint() {
        return fingerprint;
    }

    public List<String> bucketKeys() {
        return bucketKeys;
    }

    /** The partition count of the bucket topic this visit was routed over, or {@link #UNROUTED}. */
    public int partitions() {
        return partitions;
    }

    void routedOver(int numPartitions) {
        this.partitions = numPartitions;
    }

    /** The keys the task of {@code partition} handles. */
    public List<String> keysOf(int partition) {
        if (partitions <= 1) {
            return bucketKeys;
        }
        List<String> own = new ArrayList<>(bucketKeys.size() / partitions + 4);
        for (String key : bucketKeys) {
            if (partitionOf(key, partitions) == partition) {
                own.add(key);
            }
        }
        return own;
    }

    /** The partition owning a bucket key: murmur2 of its UTF-8 bytes, as Kafka's default partitioner does for keys. */
    public static int partitionOf(String bucketKey, int numPartitions) {
        return Utils.toPositive(Utils.murmur2(bucketKey.getBytes(StandardCharsets.UTF_8))) % numPartitions;
    }
}
