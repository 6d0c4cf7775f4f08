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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * End-to-end throughput in one JVM on the embedded broker: the full wiredesk pipeline, then a chain of
 * four pass-through Streams apps moving the same records through the same number of topics. Prints
 * articles/s of both. Never fails on time.
 *
 * <pre>java -cp bench/target/wiredesk-bench.jar io.wiredesk.bench.PipelineThroughput [--articles N] [--partitions P] [--words W]</pre>
 */
public final class PipelineThroughput {
    private static final Duration QUIET = Duration.ofSeconds(2);

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = Options.parse(args);
        int n = Integer.parseInt(opts.getOrDefault("articles", "3000"));
        int partitions = Integer.parseInt(opts.getOrDefault("partitions", "1"));
        int words = Integer.parseInt(opts.getOrDefault("words", "500"));
        double copyShare = Double.parseDouble(opts.getOrDefault("copy-share", "0.3"));
        Path seeds = Path.of(opts.getOrDefault("seeds", "seeds"));

        List<RawArticle> articles = new SyntheticArticles(seeds, 42, copyShare, words).next(n).stream()
                .map(a -> a.withId(ArticleIds.of(a.url(), a.body()))).toList();
        long bytes = articles.stream().mapToLong(a -> Json.bytes(a).length).sum();
        System.out.printf(Locale.ROOT, "%d synthetic articles, %d words each, %.0f%% copies, %.1f KB average, %d partition(s)%n",
                n, words, copyShare * 100, bytes / 1024.0 / n, partitions);

        Result pipeline = runPipeline(articles, partitions);
        Result passThrough = runPassThrough(articles, partitions);

        System.out.println();
        System.out.printf(Locale.ROOT, "%-36s %10s %12s%n", "run", "seconds", "articles/s");
        System.out.printf(Locale.ROOT, "%-36s %10.2f %12.0f%n", "wiredesk pipeline (4 stages)", pipeline.seconds(), n / pipeline.seconds());
        System.out.printf(Locale.ROOT, "%-36s %10.2f %12.0f%n", "4 pass-through Streams apps", passThrough.seconds(), n / passThrough.seconds());
        System.out.printf(Locale.ROOT, "pipeline / pass-through: %.2f%n", passThrough.seconds() / pipeline.seconds());
        pipeline.note().ifPresent(System.out::println);
    }

    record Result(double seconds, Optional<String> note) {
    }

    private static Result runPipeline(List<RawArticle> articles, int partitions) throws Exception {
        try (EmbeddedPipeline embedded = EmbeddedPipeline.start(null, partitions, StageConfig.builder().build())) {
            long t0 = System.nanoTime();
            try (ArticlePublisher publisher = new ArticlePublisher(embedded.config(), null)) {
                articles.forEach(publisher::publish);
                publisher.flush();
            }
            embedded.awaitDrained(Duration.ofHours(1));
            double seconds = (System.nanoTime() - t0) / 1e9 - QUIET.toSeconds();
            int stories = StoryReader.readLive(embedded.config()).size();
            return new Result(seconds, Optional.of("pipeline made " + stories + " stories from " + articles.size() + " articles"));
        }
    }

    private static Result runPassThrough(List<RawArticle> articles, int partitions) throws Exception {
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
                        articles.forEach(publisher::publish);
                        publisher.flush();
                    }
                    new DrainWatcher(admin, chain.applicationIds(config)).awaitDrained(QUIET, Duration.ofHours(1));
                    return new Result((System.nanoTime() - t0) / 1e9 - QUIET.toSeconds(), Optional.empty());
                }
            }
        }
    }
}
