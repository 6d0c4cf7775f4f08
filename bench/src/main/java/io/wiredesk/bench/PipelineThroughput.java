package io.wiredesk.bench;

import io.wiredesk.app.ArticlePublisher;
import io.wiredesk.app.DrainWatcher;
import io.wiredesk.app.EmbeddedPipeline;
import io.wiredesk.app.StoryReader;
import io.wiredesk.app.broker.EmbeddedKafka;
import io.wiredesk.core.ArticleIds;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.model.RawArticle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;

/**
 * End-to-end throughput in one JVM on the embedded broker: the full wiredesk pipeline, then a chain of
 * four pass-through Streams apps moving the same records through the same number of topics. Prints
 * articles/s of both, and for the pipeline where the time went: CPU seconds of each stage's stream
 * threads, its commits (each one an exactly-once transaction), and the records written to each topic.
 * Never fails on time.
 *
 * <pre>java -cp bench/target/classes:app/target/wiredesk.jar io.wiredesk.bench.PipelineThroughput
 *     [--articles N] [--partitions P] [--words W] [--copy-share S] [--passthrough-rounds R] [--runs pipeline,passthrough]
 *     [--commit-interval-ms MS] [--warmup W]</pre>
 *
 * The pass-through chain gets the articles {@code R} times (default: enough for at least 10,000 records) so
 * that its run is long enough to measure; its rate is reported per record. {@code --warmup W} first runs both
 * with W other articles in the same JVM, so that neither measured run pays for JIT compilation.
 */
public final class PipelineThroughput {
    private static final Duration QUIET = Duration.ofSeconds(2);

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = Options.parse(args);
        int n = Integer.parseInt(opts.getOrDefault("articles", "3000"));
        int partitions = Integer.parseInt(opts.getOrDefault("partitions", "1"));
        int words = Integer.parseInt(opts.getOrDefault("words", "500"));
        double copyShare = Double.parseDouble(opts.getOrDefault("copy-share", "0.3"));
        int rounds = Integer.parseInt(opts.getOrDefault("passthrough-rounds", String.valueOf(Math.max(1, (10_000 + n - 1) / n))));
        List<String> runs = List.of(opts.getOrDefault("runs", "pipeline,passthrough").split(","));
        Path seeds = Path.of(opts.getOrDefault("seeds", "seeds"));
        StageConfig.Builder base = StageConfig.builder();
        Optional.ofNullable(opts.get("commit-interval-ms")).ifPresent(ms -> base.kafka("commit.interval.ms", ms));

        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "0"));
        List<RawArticle> articles = new SyntheticArticles(seeds, 42, copyShare, words).next(n).stream()
                .map(a -> a.withId(ArticleIds.of(a.url(), a.body()))).toList();
        if (warmup > 0) {
            // the same code paths, other articles: the JIT's work is then mostly done before the measured runs
            List<RawArticle> warm = new SyntheticArticles(seeds, 7, copyShare, words).next(warmup).stream()
                    .map(a -> a.withId(ArticleIds.of(a.url(), a.body()))).toList();
            Result r = runPipeline(warm, partitions, base.build());
            runPassThrough(warm, partitions, 1);
            System.out.printf(Locale.ROOT, "warm-up: %d articles through the pipeline (%.0f/s) and the pass-through chain%n",
                    warmup, warmup / r.seconds());
        }
        long bytes = articles.stream().mapToLong(a -> Json.bytes(a).length).sum();
        System.out.printf(Locale.ROOT, "%d synthetic articles, %d words each, %.0f%% copies, %.1f KB average, %d partition(s)%n",
                n, words, copyShare * 100, bytes / 1024.0 / n, partitions);

        Optional<Result> pipeline = runs.contains("pipeline") ? Optional.of(runPipeline(articles, partitions, base.build())) : Optional.empty();
        Optional<Result> passThrough = runs.contains("passthrough") ? Optional.of(runPassThrough(articles, partitions, rounds)) : Optional.empty();

        System.out.println();
        System.out.printf(Locale.ROOT, "%-44s %10s %10s %12s%n", "run", "records", "seconds", "articles/s");
        pipeline.ifPresent(r -> System.out.printf(Locale.ROOT, "%-44s %10d %10.2f %12.0f%n",
                "wiredesk pipeline (4 stages)", r.records(), r.seconds(), r.records() / r.seconds()));
        passThrough.ifPresent(r -> System.out.printf(Locale.ROOT, "%-44s %10d %10.2f %12.0f%n",
                "4 pass-through Streams apps (" + rounds + " rounds)", r.records(), r.seconds(), r.records() / r.seconds()));
        if (pipeline.isPresent() && passThrough.isPresent()) {
            double p = pipeline.get().records() / pipeline.get().seconds();
            double t = passThrough.get().records() / passThrough.get().seconds();
            System.out.printf(Locale.ROOT, "pipeline / pass-through: %.2f%n", p / t);
        }
        pipeline.ifPresent(r -> System.out.print(r.note()));
    }

    record Result(long records, double seconds, String note) {
    }

    private static Result runPipeline(List<RawArticle> articles, int partitions, StageConfig base) throws Exception {
        try (EmbeddedPipeline embedded = EmbeddedPipeline.start(null, partitions, base)) {
            Map<String, Long> cpuBefore = streamThreadCpu();
            Map<String, Long> allBefore = threadCpuByKind();
            long processCpuBefore = processCpu();
            long gcBefore = gcMillis();
            long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long t0 = System.nanoTime();
            try (ArticlePublisher publisher = new ArticlePublisher(embedded.config(), null)) {
                articles.forEach(publisher::publish);
                publisher.flush();
            }
            embedded.awaitDrained(Duration.ofHours(1));
            double seconds = (System.nanoTime() - t0) / 1e9 - QUIET.toSeconds();
            Map<String, Long> cpuAfter = streamThreadCpu();
            Map<String, Long> allAfter = threadCpuByKind();
            long processCpu = processCpu() - processCpuBefore;
            long gc = gcMillis() - gcBefore;
            long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore;
            StringBuilder note = new StringBuilder();
            note.append(String.format(Locale.ROOT, "pipeline made %d stories from %d articles%n",
                    StoryReader.readLive(embedded.config()).size(), articles.size()));
            note.append(String.format(Locale.ROOT, "process CPU %.1f s (all threads, broker included; %.1f ms per article) in %.1f s; GC pauses %.1f s, JIT %.1f s%n",
                    processCpu / 1e9, processCpu / 1e6 / articles.size(), seconds + QUIET.toSeconds(), gc / 1e3, jit / 1e3));
            note.append(String.format(Locale.ROOT, "%-10s %14s %10s %16s%n", "stage", "stream CPU s", "commits", "commit ms (avg)"));
            for (String stage : embedded.pipeline().states().keySet()) {
                long cpu = cpuAfter.getOrDefault(stage, 0L) - cpuBefore.getOrDefault(stage, 0L);
                KafkaStreams streams = embedded.pipeline().streamsOf(stage).orElseThrow();
                note.append(String.format(Locale.ROOT, "%-10s %14.2f %10.0f %16.1f%n", stage, cpu / 1e9,
                        threadMetric(streams, "commit-total"), threadMetric(streams, "commit-latency-avg")));
            }
            note.append("busiest threads (CPU s, by kind):");
            allAfter.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - allBefore.getOrDefault(e.getKey(), 0L)))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                    .forEach(e -> note.append(String.format(Locale.ROOT, " %s %.2f;", e.getKey(), e.getValue() / 1e9)));
            note.append("\n");
            embedded.pipeline().registry().find("wiredesk.dedupe.candidates").summaries().forEach(c -> note.append(String.format(Locale.ROOT,
                    "dedupe: %d bucket visits, %.1f comparisons per visit (%.0f in all)%n", c.count(), c.mean(), c.totalAmount())));
            note.append("records written per topic (offsets, transaction markers included):\n");
            topicOffsets(embedded.admin()).forEach((topic, count) -> note.append(String.format(Locale.ROOT, "  %-70s %9d%n", topic, count)));
            return new Result(articles.size(), seconds, note.toString());
        }
    }

    private static Result runPassThrough(List<RawArticle> articles, int partitions, int rounds) throws Exception {
        List<String> topics = IntStream.range(0, 5).mapToObj(i -> "passthrough." + i).toList();
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            StageConfig config = StageConfig.of(kafka.bootstrapServers());
            try (Admin admin = Admin.create(config.clientProperties())) {
                admin.createTopics(topics.stream().map(t -> new NewTopic(t, partitions, (short) 1)
                        .configs(Map.of("max.message.bytes", String.valueOf(StageConfig.MAX_RECORD_BYTES)))).toList()).all().get();
                Path state = Files.createTempDirectory("wiredesk-passthrough");
                try (PassThroughChain chain = new PassThroughChain(config, topics, state)) {
                    chain.start();
                    long t0 = System.nanoTime();
                    try (ArticlePublisher publisher = new ArticlePublisher(config, null, topics.get(0))) {
                        for (int r = 0; r < rounds; r++) {
                            articles.forEach(publisher::publish);
                        }
                        publisher.flush();
                    }
                    new DrainWatcher(admin, chain.applicationIds(config)).awaitDrained(QUIET, Duration.ofHours(1));
                    return new Result((long) rounds * articles.size(), (System.nanoTime() - t0) / 1e9 - QUIET.toSeconds(), "");
                }
            }
        }
    }

    /** CPU nanoseconds of the stream threads per stage (threads are named "wiredesk-&lt;stage&gt;-&lt;uuid&gt;-StreamThread-n"). */
    private static Map<String, Long> streamThreadCpu() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new TreeMap<>();
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info == null || !info.getThreadName().startsWith("wiredesk-") || !info.getThreadName().contains("-StreamThread-")) {
                continue;
            }
            String stage = info.getThreadName().substring("wiredesk-".length()).split("-")[0];
            long t = mx.getThreadCpuTime(info.getThreadId());
            if (t > 0) {
                cpu.merge(stage, t, Long::sum);
            }
        }
        return cpu;
    }

    /** CPU nanoseconds of all live threads, by name with ids and numbers blurred ("kafka-producer-network-thread | #"). */
    private static Map<String, Long> threadCpuByKind() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new TreeMap<>();
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            String kind = info.getThreadName().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "#").replaceAll("\\d+", "#");
            long t = mx.getThreadCpuTime(info.getThreadId());
            if (t > 0) {
                cpu.merge(kind, t, Long::sum);
            }
        }
        return cpu;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double threadMetric(KafkaStreams streams, String name) {
        return streams.metrics().entrySet().stream()
                .filter(e -> e.getKey().group().equals("stream-thread-metrics") && e.getKey().name().equals(name))
                .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue())
                .sum();
    }

    private static Map<String, Long> topicOffsets(Admin admin) throws Exception {
        var topics = admin.describeTopics(admin.listTopics(new org.apache.kafka.clients.admin.ListTopicsOptions().listInternal(false))
                .names().get()).allTopicNames().get();
        Map<TopicPartition, OffsetSpec> request = topics.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
        Map<String, Long> counts = new TreeMap<>();
        admin.listOffsets(request).all().get().forEach((tp, info) -> counts.merge(tp.topic(), info.offset(), Long::sum));
        return counts;
    }
}
