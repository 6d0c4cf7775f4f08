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
 * <p><b>Method.</b> For each size N: a RocksDB bucket store and feature store (as the stage's persistent stores,
 * without changelog and record cache) are filled with N synthetic articles ({@link SyntheticNews}) by the stage's
 * own code: {@link Fingerprinter}, {@link BucketKeys}, {@link BucketMembers#add} with the stage's cap, values in
 * {@link FingerprintSerde} / {@link BucketMembersSerde} bytes. Filling skips the comparisons, which change no
 * state. Then 500 warm-up and 2,000 timed new articles go through the whole per-article work of the stage's
 * BucketProcessor, once per bucket key: read and decode the bucket, take the latest members within retention
 * ({@link BucketMembers#latest}, at most compare.max), load each member's fingerprint (LRU of decoded ones as
 * the stage keeps, else the feature store), {@link SimilarityScorer#decide} (with the stage's bounded cache of
 * decisions for pairs met in several buckets), keep the best edges, write the
 * bucket back; plus fingerprinting and the feature write. The Kafka hops (repartition, graph loop) are not timed.
 * Cost is reported as wall time and as the measuring thread's CPU time (RocksDB reads and writes run on it;
 * its background flushes and compactions do not), the latter being less disturbed by other load on the machine.
 * State bytes = serialized keys + values of both stores / N, and RocksDB's SST size after a flush.
 *
 * <pre>java -cp bench/target/wiredesk-bench.jar io.wiredesk.bench.dedupe.scale.DedupeScale --sizes 10000,100000,1000000 [--probes 2000] [--dir /tmp/x]</pre>
 */
public final class DedupeScale {
    private static final int WARMUP = 500;
    /** The whole index within retention: N articles over 7 days (retention is 2 x the 14-day window). */
    private static final Duration SPAN = Duration.ofDays(7);
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private final DedupeSettings settings = DedupeSettings.DEFAULTS;
    private final ScaleSettings scale = ScaleSettings.DEFAULTS;
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
    private long newestReceived = Long.MIN_VALUE;
    private long compared;
    private long edges;

    private DedupeScale(Path dir) {
        this.buckets = new IndexStore(dir.resolve("buckets"));
        this.features = new IndexStore(dir.resolve("features"));
    }

    /** What one size measured. */
    record Result(int n, double microsPerArticle, double cpuMicrosPerArticle, double comparisonsPerArticle, double edgesPerArticle, double bucketKeysPerArticle,
                  double stateBytesPerArticle, double featureBytesPerArticle, double bucketBytesPerArticle, double sstBytesPerArticle,
                  double fillSeconds) {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int probes = Integer.parseInt(o.getOrDefault("probes", "2000"));
        Path base = o.containsKey("dir") ? Path.of(o.get("dir")) : Files.createTempDirectory("dedupe-scale");
        List<Result> results = new ArrayList<>();
        for (String s : o.getOrDefault("sizes", "10000,100000,1000000").split(",")) {
            int n = Integer.parseInt(s.strip());
            Path dir = base.resolve("n" + n);
            Files.createDirectories(dir);
            try (var ignored = new Cleanup(dir)) {
                DedupeScale bench = new DedupeScale(dir);
                try {
                    Result r = bench.run(n, probes);
                    results.add(r);
                    System.out.printf("N=%,d: %.1f us/article wall, %.1f us CPU, %.1f comparisons, %.2f edges, %.1f bucket keys per article; state %.0f B/article "
                                    + "(features %.0f + buckets %.0f; SST %.0f); fill %.0f s%n", r.n(), r.microsPerArticle(), r.cpuMicrosPerArticle(),
                            r.comparisonsPerArticle(),
                            r.edgesPerArticle(), r.bucketKeysPerArticle(), r.stateBytesPerArticle(), r.featureBytesPerArticle(),
                            r.bucketBytesPerArticle(), r.sstBytesPerArticle(), r.fillSeconds());
                } finally {
                    bench.buckets.close();
                    bench.features.close();
                }
            }
        }
        System.out.printf("%n| indexed articles | us per new article (wall) | us CPU | comparisons | state B/article (serialized) | SST B/article | CPU cost vs first |%n"
                + "|---:|---:|---:|---:|---:|---:|---:|%n");
        for (Result r : results) {
            System.out.printf("| %,d | %.0f | %.0f | %.1f | %.0f | %.0f | %.2fx |%n", r.n(), r.microsPerArticle(), r.cpuMicrosPerArticle(),
                    r.comparisonsPerArticle(), r.stateBytesPerArticle(), r.sstBytesPerArticle(),
                    r.cpuMicrosPerArticle() / results.get(0).cpuMicrosPerArticle());
        }
    }

    private Result run(int n, int probes) {
        SyntheticNews news = new SyntheticNews(42, START, SPAN.toMillis() / n);
        long t0 = System.nanoTime();
        long keysWritten = 0;
        for (int i = 0; i < n; i++) {
            keysWritten += index(fingerprinter.of(news.next()));
        }
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
        long keys = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < probes; i++) {
            keys += arrive(news.next());
        }
        double cpuMicros = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / probes;
        double micros = (System.nanoTime() - start) / 1e3 / probes;
        return new Result(n, micros, cpuMicros, (double) compared / probes, (double) edges / probes, (double) keys / probes, state,
                (double) (f[1] + f[2]) / n, (double) (b[1] + b[2]) / n, sst, fillSeconds);
    }

    /** Filling: the state writes of an arrival without the comparisons. */
    private int index(Fingerprint f) {
        newestReceived = Math.max(newestReceived, f.received());
        features.put(f.id(), FingerprintSerde.encode(f));
        List<String> keys = bucketKeys.of(f);
        for (String key : keys) {
            buckets.put(key, add(read(key), f.bucketEntry()));
        }
        return keys.size();
    }

    /** A new article: fingerprint, feature write, and per bucket key what the stage's BucketProcessor does. */
    private int arrive(EnrichedArticle article) {
        Fingerprint f = fingerprinter.of(article);
        newestReceived = Math.max(newestReceived, f.received());
        long horizon = newestReceived - settings.indexRetention().toMillis();
        features.put(f.id(), FingerprintSerde.encode(f));
        decoded.put(f.id(), f);
        List<String> keys = bucketKeys.of(f);
        for (String key : keys) {
            BucketMembers bucket = read(key);
            List<Map.Entry<Fingerprint, Match>> matches = new ArrayList<>();
            for (BucketEntry member : bucket.latest(scale.compareMax(), horizon, f.id())) {
                Fingerprint other = fingerprint(member.id());
                if (other == null || scorer.outsideWindow(f, other)) {
                    continue;
                }
                compared++;
                String pair = f.id().compareTo(other.id()) < 0 ? f.id() + "|" + other.id() : other.id() + "|" + f.id();
                Optional<Match> m = decisions.computeIfAbsent(pair, k -> scorer.decide(f, other));
                m.ifPresent(x -> matches.add(Map.entry(other, x)));
            }
            matches.sort(Comparator.comparingDouble((Map.Entry<Fingerprint, Match> e) -> -e.getValue().similarity()));
            edges += Math.min(matches.size(), scale.edgesMax());
            buckets.put(key, add(bucket, f.bucketEntry()));
        }
        return keys.size();
    }

    private BucketMembers read(String key) {
        byte[] bytes = buckets.get(key);
        return bytes == null ? BucketMembers.empty() : BucketMembersSerde.decode(bytes);
    }

    private byte[] add(BucketMembers bucket, BucketEntry entry) {
        long horizon = newestReceived - settings.indexRetention().toMillis();
        return BucketMembersSerde.encode(bucket.add(entry, horizon, Math.min(settings.bucketMax(), scale.compareMax())));
    }

    private Fingerprint fingerprint(String id) {
        Fingerprint f = decoded.get(id);
        if (f != null) {
            return f;
        }
        byte[] bytes = features.get(id);
        if (bytes == null) {
            return null;
        }
        f = FingerprintSerde.decode(bytes);
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
