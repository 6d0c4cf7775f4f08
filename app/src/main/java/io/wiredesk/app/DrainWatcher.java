package io.wiredesk.app;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Tells when the pipeline has processed everything it was given: every stage's consumer group has
 * committed up to the end of every partition it reads (input, repartition and loop topics alike), and
 * no topic has grown for a quiet period.
 */
public final class DrainWatcher {
    private final Admin admin;
    private final List<String> groups;

    public DrainWatcher(Admin admin, List<String> groups) {
        this.admin = admin;
        this.groups = groups;
    }

    public void awaitDrained(Duration quiet, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long quietSince = -1;
        Map<TopicPartition, Long> lastEnds = Map.of();
        while (true) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the pipeline did not drain within " + timeout + " (lag: " + lag() + ")");
            }
            Map<TopicPartition, Long> ends = endOffsetsOfAllTopics();
            boolean unchanged = ends.equals(lastEnds);
            lastEnds = ends;
            if (unchanged && lag() == 0) {
                if (quietSince < 0) {
                    quietSince = System.nanoTime();
                } else if (System.nanoTime() - quietSince >= quiet.toNanos()) {
                    return;
                }
            } else {
                quietSince = -1;
            }
            Thread.sleep(250);
        }
    }

    /** Records the stages have not yet committed, summed over groups and partitions (-1 before a group exists). */
    public long lag() {
        try {
            long total = 0;
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                if (committed.isEmpty()) {
                    return -1;
                }
                Map<TopicPartition, Long> ends = endOffsets(committed.keySet());
                for (var e : committed.entrySet()) {
                    long c = e.getValue() == null ? 0 : e.getValue().offset();
                    total += Math.max(0, ends.getOrDefault(e.getKey(), 0L) - c);
                }
            }
            return total;
        } catch (ExecutionException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private Map<TopicPartition, Long> endOffsetsOfAllTopics() {
        try {
            Set<String> names = admin.listTopics().names().get();
            Set<TopicPartition> parts = new HashSet<>();
            admin.describeTopics(names).allTopicNames().get().forEach((name, d) ->
                    d.partitions().forEach(p -> parts.add(new TopicPartition(name, p.partition()))));
            return endOffsets(parts);
        } catch (ExecutionException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
    }

    private Map<TopicPartition, Long> endOffsets(Set<TopicPartition> parts) throws ExecutionException, InterruptedException {
        if (parts.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = parts.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin.listOffsets(request).all().get();
        Map<TopicPartition, Long> out = new HashMap<>();
        result.forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }
}
