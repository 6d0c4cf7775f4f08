package io.wiredesk.dedupe;

import io.micrometer.core.instrument.DistributionSummary;
import io.wiredesk.core.metrics.StageMetrics;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Compares an article arriving in a blocking bucket (records keyed by bucket key) with the bucket's other
 * members within the window, and sends each verified match to both articles' nodes as EDGE messages
 * (keyed by article id). Keeps the bucket index and the fingerprints of this partition's buckets; both
 * expire by receive time (behind the newest receive time seen here), so an old article received now is
 * indexed like any other, and a missing publication date neither drops nor keeps an article.
 */
final class BucketProcessor implements Processor<String, Fingerprint, String, GraphMessage> {
    static final String BUCKETS = "dedupe-buckets";
    static final String FEATURES = "dedupe-features";
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(5);
    /**
     * Decisions remembered for pairs met again in another bucket: a bounded cache of a pure function of the two
     * fingerprints, keyed by both ids and both fingerprints' content, so a re-sent article with other features
     * is decided afresh.
     */
    private static final int DECISION_CACHE = 10_000;

    private final DedupeSettings settings;
    private final SimilarityScorer scorer;
    private final DistributionSummary candidates;
    private final Map<String, Optional<Match>> decided = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Match>> eldest) {
            return size() > DECISION_CACHE;
        }
    };
    private ProcessorContext<String, GraphMessage> context;
    private KeyValueStore<String, BucketMembers> buckets;
    private KeyValueStore<String, Fingerprint> features;
    private long newestReceived = Long.MIN_VALUE;

    BucketProcessor(DedupeSettings settings, StageMetrics metrics) {
        this.settings = settings;
        this.scorer = new SimilarityScorer(settings);
        this.candidates = metrics.summary("wiredesk.dedupe.candidates", "Articles compared with a newcomer in one bucket");
    }

    @Override
    public void init(ProcessorContext<String, GraphMessage> context) {
        this.context = context;
        this.buckets = context.getStateStore(BUCKETS);
        this.features = context.getStateStore(FEATURES);
        context.schedule(PURGE_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> purge());
    }

    @Override
    public void process(Record<String, Fingerprint> record) {
        Fingerprint f = record.value();
        if (record.key() == null || f == null) {
            return;
        }
        newestReceived = Math.max(newestReceived, f.received());
        long horizon = horizon();
        features.put(f.id(), f);
        BucketMembers bucket = buckets.get(record.key());
        OrderKey self = f.orderKey();
        String selfVersion = version(f);
        int compared = 0;
        if (bucket != null) {
            for (BucketEntry member : bucket.members()) {
                if (member.id().equals(f.id()) || member.received() < horizon) {
                    continue;
                }
                Fingerprint other = features.get(member.id());
                if (other == null || scorer.outsideWindow(f, other)) {
                    continue;
                }
                compared++;
                Optional<Match> match = decided.computeIfAbsent(pairKey(selfVersion, version(other)), k -> scorer.decide(f, other));
                match.ifPresent(m -> {
                    context.forward(new Record<>(f.id(), GraphMessage.edge(self, other.orderKey(), m), record.timestamp()));
                    context.forward(new Record<>(other.id(), GraphMessage.edge(other.orderKey(), self, m), record.timestamp()));
                });
            }
        }
        candidates.record(compared);
        buckets.put(record.key(), (bucket == null ? BucketMembers.empty() : bucket).add(f.bucketEntry(), horizon, settings.bucketMax()));
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** The article id and a digest of everything {@link SimilarityScorer#decide} reads of the fingerprint. */
    static String version(Fingerprint f) {
        int digest = Objects.hash(f.time(), f.dated(), Arrays.hashCode(f.signature()), f.shingles(), f.terms(), f.entities(),
                f.eventDate(), f.eventYearKnown());
        return f.id() + "#" + Integer.toHexString(digest);
    }

    /** Entries received before this are out of the index. */
    private long horizon() {
        return newestReceived == Long.MIN_VALUE ? Long.MIN_VALUE : newestReceived - settings.indexRetention().toMillis();
    }

    private void purge() {
        if (newestReceived == Long.MIN_VALUE) {
            return;
        }
        long horizon = horizon();
        try (KeyValueIterator<String, BucketMembers> it = buckets.all()) {
            while (it.hasNext()) {
                KeyValue<String, BucketMembers> kv = it.next();
                BucketMembers kept = kv.value.expire(horizon);
                if (kept.members().isEmpty()) {
                    buckets.delete(kv.key);
                } else if (kept.members().size() < kv.value.members().size()) {
                    buckets.put(kv.key, kept);
                }
            }
        }
        try (KeyValueIterator<String, Fingerprint> it = features.all()) {
            while (it.hasNext()) {
                KeyValue<String, Fingerprint> kv = it.next();
                if (kv.value.received() < horizon) {
                    features.delete(kv.key);
                }
            }
        }
    }
}
