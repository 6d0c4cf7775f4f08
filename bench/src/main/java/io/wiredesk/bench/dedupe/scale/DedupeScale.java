package io.wiredesk.bench.dedupe.scale;

import io.wiredesk.core.model.EnrichedArticle;
import io.wiredesk.dedupe.BucketEntry;
import io.wiredesk.dedupe.BucketKeys;
import io.wiredesk.dedupe.BucketMembers;
import io.wiredesk.dedupe.BucketMembersSerde;
import io.wiredesk.dedupe.DedupeSettings;
import io.wiredesk.dedupe.Fingerprint;
import io.wiredesk.dedupe.FingerprintSerde;
import io.wiredesk.dedupe.Fingerprinter;
import io.wiredesk.dedupe.Match;
import io.wiredesk.dedupe.ScaleSettings;
import io.wiredesk.dedupe.SimilarityScorer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Dedupe's cost per new article and state per indexed article as the index grows (10k, 100k, 1M articles).
 *
 * <p><b>Method.</b> For each size N: a RocksDB bucket store and feature store (configured as Kafka Streams configures
 * its persistent stores, see {@link IndexStore}; without changelog and record cache) are filled with N synthetic
 * articles ({@link SyntheticNews}) by the stage's own code: {@link Fingerprinter}, {@link BucketKeys},
 * {@link BucketMembers#add} with the stage's cap per kind of key ({@link ScaleSettings#keep}), values in
 * {@link FingerprintSerde} (the feature store's form, {@link FingerprintSerde#indexed()}) / {@link BucketMembersSerde}
 * bytes, written in batches (the same bytes as one write per arrival). Filling skips the comparisons, which change no
 * state. Then 500 warm-up and 2,000 timed new articles go through the whole per-article work of the stage's
 * BucketProcessor, once per bucket key: read and decode the bucket, take the latest members
 * ({@link BucketMembers#latest}, at most the key kind's compare.max), load each member's fingerprint (LRU of decoded
 * ones as the stage keeps, else the feature store), the retention check on the two receive times,
 * {@link SimilarityScorer#link} (with the stage's bounded cache of decisions for pairs met in several buckets), keep
 * the best edges, write the bucket back; plus fingerprinting and the feature write. The Kafka hops (repartition,
 * graph loop) are not timed. Cost is reported as wall time and as the measuring thread's CPU time (RocksDB reads and
 * writes run on it; its background flushes and compactions do not), the latter being less disturbed by other load
 * on the machine, with the wall time per phase. State bytes = serialized keys + values of both stores / N, and
 * RocksDB's SST size after a flush.
 *
 * <pre>java -cp bench/target/wiredesk-bench.jar io.wiredesk.bench.dedupe.scale.DedupeScale --sizes 10000,100000,1000000 [--probes 2000] [--dir /tmp/x] [--weak-max 10]</pre>
 */
public final class DedupeScale {
    private static final int WARMUP = 500;
    private static final int FILL_BATCH = 20_000;
    /** The whole index within retention: N articles over 7 days (retention is 2 x the 14-day window). */
    private static final Duration SPAN = Duration.ofDays(7);
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private final DedupeSettings settings = DedupeSettings.DEFAULTS;
    private final ScaleSettings scale;
    private final Fingerprinter fingerprinter = new Fingerprinter(settings);
    private final BucketKeys bucketKeys = new BucketKeys(settings);
    private final SimilarityScorer scorer = new SimilarityScorer(settings);
    private final Map<String, Fingerprint> decoded = new LinkedHashMap<>(8192, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Fingerprint> eldest) {
            return size() > scale.fingerprintCache();
        }
    };
    /** Decisions remembered for pairs met again in another bucket, bounded like the stage's (10,000 pairs). */
    private final Map<String, Optional<Match>> decisions = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Match>> eldest) {
            return size() > 10_000;
        }
    };
    private final IndexStore buckets;
    private final IndexStore features;
    private final Map<String, byte[]> pendingFeatures = new HashMap<>();
    private final Map<String, BucketMembers> pendingBuckets = new HashMap<>();
    private long newestReceived = Long.MIN_VALUE;
    private long compared;
    /** Wall nanos of the timed arrivals by phase: fingerprinting, bucket read + write, member fingerprints (cache or store + decode), scoring. */
    private final long[] phase = new long[4];
    private long storeReads;
    private long storeGetNanos;
    private long decodeNanos;
    private long edges;

    private DedupeScale(Path dir, ScaleSettings scale) {
        this.scale = scale;
        this.buckets = new IndexStore(dir.resolve("buckets"));
        this.features = new IndexStore(dir.resolve("features"));
    }

    /** What one size measured. */
    record Result(int n, double microsPerArticle, double cpuMicrosPerArticle, double comparisonsPerArticle, double edgesPerArticle, double bucketKeysPerArticle,
                  double stateBytesPerArticle, double featureBytesPerArticle, double bucketBytesPerArticle, double sstBytesPerArticle,
                  double fillSeconds, double loadAverage) {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int probes = Integer.parseInt(o.getOrDefault("probes", "2000"));
        ScaleSettings d = ScaleSettings.DEFAULTS;
        // --weak-max N: the stage's wiredesk.dedupe.compare.weak.max
        ScaleSettings scale = new ScaleSettings(d.compareMax(), Integer.parseInt(o.getOrDefault("weak-max", String.valueOf(d.weakCompareMax()))),
                d.edgesMax(), d.fingerprintCache());
        Path base = o.containsKey("dir") ? Path.of(o.get("dir")) : Files.createTempDirectory("dedupe-scale");
        List<Result> results = new ArrayList<>();
        for (String s : o.getOrDefault("sizes", "10000,100000,1000000").split(",")) {
            int n = Integer.parseInt(s.strip());
            Path dir = base.resolve("n" + n);
            Files.createDirectories(dir);
            try (var ignored = new Cleanup(dir)) {
                DedupeScale bench = new DedupeScale(dir, scale);
                try {
                    Result r = bench.run(n, probes);
                    results.add(r);
                    System.out.printf("N=%,d: %.1f us/article wall, %.1f us CPU, %.1f comparisons, %.2f edges, %.1f bucket keys per article; state %.0f B/article "
                                    + "(features %.0f + buckets %.0f; SST %.0f); fill %.0f s; load average %.1f%n", r.n(), r.microsPerArticle(), r.cpuMicrosPerArticle(),
                            r.comparisonsPerArticle(),
                            r.edgesPerArticle(), r.bucketKeysPerArticle(), r.stateBytesPerArticle(), r.featureBytesPerArticle(),
                            r.bucketBytesPerArticle(), r.sstBytesPerArticle(), r.fillSeconds(), r.loadAverage());
                } finally {
                    bench.buckets.close();
                    bench.features.close();
                }
            }
        }
        System.out.printf("%n| indexed articles | us per new article (wall) | us CPU | comparisons per article | state B/article (features + buckets) | SST B/article | CPU cost vs first | load average |%n"
                + "|---:|---:|---:|---:|---:|---:|---:|---:|%n");
        for (Result r : results) {
            System.out.printf("| %,d | %.0f | %.0f | %.1f | %.0f (%.0f + %.0f) | %.0f | %.2fx | %.1f |%n", r.n(), r.microsPerArticle(), r.cpuMicrosPerArticle(),
                    r.comparisonsPerArticle(), r.stateBytesPerArticle(), r.featureBytesPerArticle(), r.bucketBytesPerArticle(), r.sstBytesPerArticle(),
                    r.cpuMicrosPerArticle() / results.get(0).cpuMicrosPerArticle(), r.loadAverage());
        }
    }

    private Result run(int n, int probes) {
        SyntheticNews news = new SyntheticNews(42, START, SPAN.toMillis() / n);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            index(fingerprinter.of(news.next()));
            if (pendingFeatures.size() >= FILL_BATCH) {
                flushPending();
            }
        }
        flushPending();
        double fillSeconds = (System.nanoTime() - t0) / 1e9;
        long[] b = buckets.totals();
        long[] f = features.totals();
        double state = (double) (b[1] + b[2] + f[1] + f[2]) / n;
        double sst = (double) (buckets.sstBytes() + features.sstBytes()) / n;
        for (int i = 0; i < WARMUP; i++) {
            arrive(news.next());
        }
        compared = 0;
        edges = 0;
        storeReads = 0;
        storeGetNanos = 0;
        decodeNanos = 0;
        java.util.Arrays.fill(phase, 0);
        long keys = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < probes; i++) {
            keys += arrive(news.next());
        }
        double cpuMicros = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / probes;
        double micros = (System.nanoTime() - start) / 1e3 / probes;
        System.out.printf("N=%,d phases (us per article): fingerprint %.0f, bucket read+write %.0f, member fingerprints %.0f (%.1f store reads at %.1f us + decodes at %.1f us), scoring %.0f%n",
                n, phase[0] / 1e3 / probes, phase[1] / 1e3 / probes, phase[2] / 1e3 / probes, (double) storeReads / probes,
                storeGetNanos / 1e3 / Math.max(1, storeReads), decodeNanos / 1e3 / Math.max(1, storeReads), phase[3] / 1e3 / probes);
        double load = (loadBefore + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) / 2;
        return new Result(n, micros, cpuMicros, (double) compared / probes, (double) edges / probes, (double) keys / probes, state,
                (double) (f[1] + f[2]) / n, (double) (b[1] + b[2]) / n, sst, fillSeconds, load);
    }

    /**
     * Filling: the state writes of an arrival without the comparisons. Buckets are read and updated through a
     * write-back map flushed in batches of {@value #FILL_BATCH} articles (the stored bytes are the same as with one
     * write per arrival; hot buckets are decoded and encoded once per batch instead of once per article).
     */
    private void index(Fingerprint f) {
        newestReceived = Math.max(newestReceived, f.received());
        pendingFeatures.put(f.id(), FingerprintSerde.encode(f, false));
        for (String key : bucketKeys.of(f)) {
            BucketMembers bucket = pendingBuckets.get(key);
            if (bucket == null) {
                bucket = read(key);
            }
            pendingBuckets.put(key, bucket.add(f.bucketEntry(), horizonSecond(), cap(key)));
        }
    }

    private void flushPending() {
        features.putAll(pendingFeatures);
        Map<String, byte[]> encoded = new HashMap<>(pendingBuckets.size() * 2);
        pendingBuckets.forEach((k, v) -> encoded.put(k, BucketMembersSerde.encode(v)));
        buckets.putAll(encoded);
        pendingFeatures.clear();
        pendingBuckets.clear();
    }

    /** A new article: fingerprint, feature write, and per bucket key what the stage's BucketProcessor does. */
    private int arrive(EnrichedArticle article) {
        long t0 = System.nanoTime();
        Fingerprint f = fingerprinter.of(article);
        phase[0] += System.nanoTime() - t0;
        newestReceived = Math.max(newestReceived, f.received());
        long retention = settings.indexRetention().toMillis();
        features.put(f.id(), FingerprintSerde.encode(f, false));
        decoded.put(f.id(), f);
        List<String> keys = bucketKeys.of(f);
        Map<String, Match> chosen = new HashMap<>();
        for (String key : keys) {
            long t1 = System.nanoTime();
            BucketMembers bucket = read(key);
            phase[1] += System.nanoTime() - t1;
            List<Map.Entry<Fingerprint, Match>> matches = new ArrayList<>();
            for (BucketEntry member : bucket.latest(compareCap(key), horizonSecond(), f.id())) {
                if (Math.abs(member.received() * 1000 - f.received()) > retention + 1000) {
                    continue;
                }
                long t2 = System.nanoTime();
                Fingerprint other = fingerprint(member.id());
                phase[2] += System.nanoTime() - t2;
                if (other == null || Math.abs(other.received() - f.received()) > retention || scorer.outsideWindow(f, other)) {
                    continue;
                }
                compared++;
                String pair = f.id().compareTo(other.id()) < 0 ? f.id() + "|" + other.id() : other.id() + "|" + f.id();
                long t3 = System.nanoTime();
                Optional<Match> m = decisions.computeIfAbsent(pair, k -> scorer.link(f, other));
                phase[3] += System.nanoTime() - t3;
                m.ifPresent(x -> matches.add(Map.entry(other, x)));
            }
            matches.sort(Comparator.comparingDouble((Map.Entry<Fingerprint, Match> e) -> -e.getValue().similarity()));
            matches.stream().limit(scale.edgesMax()).forEach(e -> chosen.putIfAbsent(e.getKey().id(), e.getValue()));
            long t4 = System.nanoTime();
            buckets.put(key, BucketMembersSerde.encode(bucket.add(f.bucketEntry(), horizonSecond(), cap(key))));
            phase[1] += System.nanoTime() - t4;
        }
        edges += chosen.size();
        return keys.size();
    }

    private long horizonSecond() {
        return Math.floorDiv(newestReceived - settings.indexRetention().toMillis(), 1000L);
    }

    /** How many members a bucket keeps, as the stage: {@code min(bucket.max, compare.max of the key's kind)}. */
    private int cap(String key) {
        return scale.keep(key, settings.bucketMax());
    }

    private int compareCap(String key) {
        return scale.compareMax(key);
    }

    private BucketMembers read(String key) {
        byte[] bytes = buckets.get(key);
        return bytes == null ? BucketMembers.empty() : BucketMembersSerde.decode(bytes);
    }

    private Fingerprint fingerprint(String id) {
        Fingerprint f = decoded.get(id);
        if (f != null) {
            return f;
        }
        long t0 = System.nanoTime();
        byte[] bytes = features.get(id);
        long t1 = System.nanoTime();
        storeGetNanos += t1 - t0;
        if (bytes == null) {
            return null;
        }
        storeReads++;
        f = FingerprintSerde.decode(bytes);
        decodeNanos += System.nanoTime() - t1;
        decoded.put(id, f);
        return f;
    }

    /** Deletes a size's stores when done with it. */
    private record Cleanup(Path dir) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
