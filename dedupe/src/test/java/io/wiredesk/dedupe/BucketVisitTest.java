package io.wiredesk.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BucketVisitTest {
    private final Fingerprinter fingerprinter = new Fingerprinter(DedupeSettings.DEFAULTS);
    private final BucketKeys bucketKeys = new BucketKeys(DedupeSettings.DEFAULTS);

    private List<BucketVisit> seedVisits() {
        return SeedArticles.all().values().stream().map(fingerprinter::of)
                .map(f -> new BucketVisit(f, bucketKeys.of(f))).toList();
    }

    @Test
    void everyBucketKeyIsHandledByExactlyOneReceivingPartition() {
        for (int n = 1; n <= 8; n++) {
            for (BucketVisit visit : seedVisits()) {
                Set<Integer> targets = new BucketPartitioner().partitions("t", visit.fingerprint().id(), visit, n).orElseThrow();
                BucketVisit received = BucketVisitSerde.decode(BucketVisitSerde.encode(visit));
                assertThat(received.partitions()).isEqualTo(n);
                List<String> handled = new ArrayList<>();
                Set<Integer> withKeys = new TreeSet<>();
                for (int p = 0; p < n; p++) {
                    List<String> own = received.keysOf(p);
                    handled.addAll(own);
                    if (!own.isEmpty()) {
                        withKeys.add(p);
                    }
                }
                assertThat(handled).as("keys over %d partitions", n).hasSameSizeAs(visit.bucketKeys())
                        .containsExactlyInAnyOrderElementsOf(visit.bucketKeys());
                assertThat(targets).as("partitions the visit is sent to").isEqualTo(withKeys);
            }
        }
    }

    @Test
    void aVisitGoesToFewerPartitionsThanItHasKeys() {
        BucketVisit visit = seedVisits().get(0);
        assertThat(visit.bucketKeys().size()).isGreaterThan(8);
        assertThat(new BucketPartitioner().partitions("t", "k", visit, 8).orElseThrow().size()).isLessThanOrEqualTo(8);
        Set<Integer> owners = new HashSet<>();
        visit.bucketKeys().forEach(k -> owners.add(BucketVisit.partitionOf(k, 3)));
        assertThat(new BucketPartitioner().partitions("t", "k", visit, 3).orElseThrow()).isEqualTo(owners);
    }

    @Test
    void anUnroutedVisitIsAllTheReceiversAndTheFingerprintSurvivesTheTrip() {
        BucketVisit visit = seedVisits().get(1);
        BucketVisit back = BucketVisitSerde.decode(BucketVisitSerde.encode(visit));
        assertThat(back.partitions()).isEqualTo(BucketVisit.UNROUTED);
        assertThat(back.keysOf(5)).isEqualTo(visit.bucketKeys());
        assertThat(FingerprintSerde.encode(back.fingerprint())).isEqualTo(FingerprintSerde.encode(visit.fingerprint()));
    }

    @Test
    void aBareFingerprintIsNotReadAsAVisit() {
        byte[] fingerprint = FingerprintSerde.encode(seedVisits().get(0).fingerprint());
        assertThatThrownBy(() -> BucketVisitSerde.decode(fingerprint)).isInstanceOf(IllegalArgumentException.class);
    }
}
