package io.wiredesk.dedupe;

import io.micrometer.core.instrument.DistributionSummary;
import io.wiredesk.core.metrics.StageMetrics;
import io.wiredesk.core.model.Relation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Compares an arriving article with the most recently received members, within the window, of each of its
 * blocking buckets that this task owns (one {@link BucketVisit} per article and partition, see
 * {@link BucketPartitioner}), and sends its links (copies, and rewrites down to the story rule's link threshold) to both articles' nodes as EDGE messages
 * (keyed by article id), once per pair however many buckets the pair shares here. Keeps the bucket index and the fingerprints of this partition's
 * buckets (binary, with an LRU of decoded ones in memory); both expire by receive time (behind the newest
 * receive time seen here), so an old article received now is indexed like any other, and a missing
 * publication date neither drops nor keeps an article.
 *
 * <p>The cost per arrival is bounded whatever the size of the index: at most {@link ScaleSettings#compareMax(String)}
 * comparisons and {@link ScaleSettings#edgesMax()} links per bucket (by default as many as comparisons: the story
 * rule averages over a story's members, so dropping links would change decisions); the best are kept by a total
 * order on (relation, similarity, order key) so the choice does not depend on the order members arrived in.
 */
final class BucketProcessor implements Processor<String, BucketVisit, String, GraphMessage> {
    static final String BUCKETS = "dedupe-buckets";
    static final String FEATURES = "dedupe-features";
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(5);
    /**
     * Decisions remembered for pairs met again in another bucket: a bounded cache of a pure function of the two
     * fingerprints, keyed by both ids and both fingerprints' content, so a re-sent article with other features
     * is decided afresh.
     */
    private static final int DECISION_CACHE = 10_000;
    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparing((Candidate c) -> c.match().relation() == Relation.COPY ? 0 : 1)
            .thenComparing(Comparator.comparingDouble((Candidate c) -> c.match().similarity()).reversed())
            .thenComparing(Candidate::key);

    private final DedupeSettings settings;
    private final ScaleSettings scale;
    private final SimilarityScorer scorer;
    private final DistributionSummary candidates;
    private final DistributionSummary edges;
    private final FingerprintCache cache;
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

    BucketProcessor(DedupeSettings settings, ScaleSettings scale, StageMetrics metrics) {
        this.settings = settings;
        this.scale = scale;
        this.scorer = new SimilarityScorer(settings);
        this.cache = new FingerprintCache(scale.fingerprintCache());
        this.candidates = metrics.summary("wiredesk.dedupe.candidates", "Articles compared with a newcomer in one bucket");
        this.edges = metrics.summary("wiredesk.dedupe.edges", "Articles a newcomer was linked to by one bucket task");
    }

    @Override
    public void init(ProcessorContext<String, GraphMessage> context) {
        this.context = context;
        this.buckets = context.getStateStore(BUCKETS);
        this.features = context.getStateStore(FEATURES);
        context.schedule(PURGE_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> purge());
    }

    @Override
    public void process(Record<String, BucketVisit> record) {
        BucketVisit visit = record.value();
        if (visit == null || visit.fingerprint() == null) {
            return;
        }
        List<String> keys = visit.keysOf(context.taskId().partition());
        if (keys.isEmpty()) {
            return;
        }
        Fingerprint f = visit.fingerprint();
        newestReceived = Math.max(newestReceived, f.received());
        FingerprintCache.Entry self = store(f);
        // the best matches of each bucket, united: a pair met in several buckets gets one pair of edges
        Map<String, Candidate> chosen = new HashMap<>();
        for (String key : keys) {
            for (Candidate c : visitBucket(key, f, self)) {
                chosen.putIfAbsent(c.key().id(), c);
            }
        }
        List<Candidate> edgesToSend = new ArrayList<>(chosen.values());
        edgesToSend.sort(BEST_FIRST);
        OrderKey selfKey = f.orderKey();
        for (Candidate c : edgesToSend) {
            context.forward(new Record<>(f.id(), GraphMessage.edge(selfKey, c.key(), c.match()), record.timestamp()));
            context.forward(new Record<>(c.key().id(), GraphMessage.edge(c.key(), selfKey, c.match()), record.timestamp()));
        }
        edges.record(edgesToSend.size());
    }

    /**
     * Compares the newcomer with one bucket's latest members, adds it to the bucket, and returns the bucket's best
     * matches. Whether two articles are within the index retention is decided by their own receive times, not by
     * the newest one this task has seen: with several partitions a task meets records out of receive-time order,
     * and a pair's fate must not depend on that. Entries leave the index only in the periodic purge.
     */
    private List<Candidate> visitBucket(String key, Fingerprint f, FingerprintCache.Entry self) {
        BucketMembers bucket = buckets.get(key);
        List<Candidate> matches = new ArrayList<>();
        int compared = 0;
        if (bucket != null) {
            long retention = settings.indexRetention().toMillis();
            for (BucketEntry member : bucket.latest(scale.compareMax(key), Long.MIN_VALUE, f.id())) {
                // the entry's receive second rules out most expired members before their fingerprint is read
                if (Math.abs(member.received() * 1000 - f.received()) > retention + 1000) {
                    continue;
                }
                FingerprintCache.Entry other = fingerprint(member.id());
                if (other == null || Math.abs(other.fingerprint().received() - f.received()) > retention
                        || scorer.outsideWindow(f, other.fingerprint())) {
                    continue;
                }
                compared++;
                Optional<Match> match = decided.computeIfAbsent(pairKey(self.version(), other.version()),
                        k -> scorer.link(f, other.fingerprint()));
                match.ifPresent(m -> matches.add(new Candidate(other.fingerprint().orderKey(), m)));
            }
        }
        candidates.record(compared);
        buckets.put(key, (bucket == null ? BucketMembers.empty() : bucket).add(f.bucketEntry(), Long.MIN_VALUE, scale.keep(key, settings.bucketMax())));
        matches.sort(BEST_FIRST);
        return matches.subList(0, Math.min(matches.size(), scale.edgesMax()));
    }

    /** Writes the fingerprint to the feature store unless this very version is there already (a re-sent article). */
    private FingerprintCache.Entry store(Fingerprint f) {
        FingerprintCache.Entry cached = cache.get(f.id());
        FingerprintCache.Entry now = cache.put(f);
        if (cached == null || !cached.version().equals(now.version())) {
            features.put(f.id(), f);
        }
        return now;
    }

    private FingerprintCache.Entry fingerprint(String id) {
        FingerprintCache.Entry cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        Fingerprint stored = features.get(id);
        return stored == null ? null : cache.put(stored);
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    /** The article id and a digest of everything {@link SimilarityScorer#link} reads of the fingerprint. */
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
                BucketMembers kept = kv.value.expire(Math.floorDiv(horizon, 1000L));
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
                    cache.remove(kv.key);
                }
            }
        }
    }

    /** A verified match of the newcomer with a bucket member. */
    private record Candidate(OrderKey key, Match match) {
    }
}
