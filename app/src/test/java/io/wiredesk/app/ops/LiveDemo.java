package io.wiredesk.app.ops;

import io.wiredesk.app.ArticlePublisher;
import io.wiredesk.app.EmbeddedPipeline;
import io.wiredesk.core.http.HttpEndpoints;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.model.RawArticle;
import io.wiredesk.ingest.feed.ArticleSources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What {@code wiredesk demo} runs, kept live: an embedded broker, the four stages, /metrics on a free
 * port, the seed articles, one malformed record, then a republished copy of a seed article every
 * {@code period} (new id and URL, receivedAt now), so rates and latencies keep moving while Prometheus
 * scrapes.
 */
final class LiveDemo implements AutoCloseable {
    private final EmbeddedPipeline embedded;
    private final HttpEndpoints http;
    private final ArticlePublisher publisher;
    private final List<RawArticle> seeds;
    private final ScheduledExecutorService feeder = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-demo-feeder");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger copies = new AtomicInteger();

    private LiveDemo(EmbeddedPipeline embedded, HttpEndpoints http, List<RawArticle> seeds) {
        this.embedded = embedded;
        this.http = http;
        this.seeds = seeds;
        this.publisher = new ArticlePublisher(embedded.config(), null);
    }

    static LiveDemo start(Path seedsDir, int partitions) throws InterruptedException {
        EmbeddedPipeline embedded = EmbeddedPipeline.start(null, partitions, StageConfig.builder().build());
        try {
            HttpEndpoints http = new HttpEndpoints("127.0.0.1", 0, embedded.pipeline().registry(),
                    embedded.pipeline()::isLive, embedded.pipeline()::isReady).start();
            List<RawArticle> seeds = new ArticleSources().readAll(List.of(seedsDir));
            if (seeds.isEmpty()) {
                throw new IllegalStateException("no seed articles in " + seedsDir);
            }
            return new LiveDemo(embedded, http, seeds);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    String metricsTarget() {
        return "127.0.0.1:" + http.port();
    }

    EmbeddedPipeline embedded() {
        return embedded;
    }

    /** Feeds the seeds and one record that is not JSON, then starts the steady trickle of copies. */
    void feed(Duration period) {
        seeds.forEach(publisher::publish);
        publisher.send("live-demo-not-json", "{ this is not JSON".getBytes(StandardCharsets.UTF_8));
        publisher.flush();
        feeder.scheduleAtFixedRate(this::feedCopy, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void feedCopy() {
        int n = copies.incrementAndGet();
        RawArticle s = seeds.get(n % seeds.size());
        publisher.publish(new RawArticle(RawArticle.SCHEMA, "live-copy-" + n, "https://mirror.example.org/live/" + n,
                "mirror.example.org", Instant.now(), s.publishedAt(), s.contentType(), s.title(), s.body()));
        publisher.flush();
    }

    int copiesFed() {
        return copies.get();
    }

    String scrape() {
        return embedded.pipeline().registry().scrape();
    }

    @Override
    public void close() {
        feeder.shutdownNow();
        try {
            feeder.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        publisher.close();
        http.close();
        embedded.close();
    }
}
