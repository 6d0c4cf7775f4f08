package io.wiredesk.dedupe;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Multicasts a {@link BucketVisit} to the partitions owning its bucket keys (one record per partition, not
 * per key) and records the partition count in the visit, which is serialized right after this call.
 */
final class BucketPartitioner implements StreamPartitioner<String, BucketVisit> {

    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, BucketVisit visit, int numPartitions) {
        visit.routedOver(numPartitions);
        Set<Integer> targets = new TreeSet<>();
        for (String bucketKey : visit.bucketKeys()) {
            targets.add(BucketVisit.partitionOf(bucketKey, numPartitions));
            if (targets.size() == numPartitions) {
                break;
            }
        }
        return Optional.of(targets);
    }
}
