package io.wiredesk.app;

import io.wiredesk.core.Topics;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.model.RawArticle;
import java.io.PrintStream;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes RawArticles to {@code wiredesk.articles.raw} (or another topic), keyed by article id, with progress output. */
public final class ArticlePublisher implements AutoCloseable {
    private final KafkaProducer<String, byte[]> producer;
    private final PrintStream progress;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final String topic;
    private long lastReport = System.nanoTime();

    public ArticlePublisher(StageConfig config, PrintStream progress) {
        this(config, progress, Topics.RAW);
    }

    /** A publisher to another topic (benchmarks use it to feed a baseline chain). */
    public ArticlePublisher(StageConfig config, PrintStream progress, String topic) {
        this.topic = topic;
        Properties p = config.clientProperties();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(StageConfig.MAX_RECORD_BYTES));
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        this.progress = progress;
    }

    public void publish(RawArticle article) {
        send(article.id(), Json.bytes(article));
    }

    /** Sends a value as it is (for tests and tools that feed malformed records on purpose). */
    public void send(String key, byte[] value) {
        rethrowFailure();
        producer.send(new ProducerRecord<>(topic, key, value), (md, e) -> {
            if (e != null) {
                failure.compareAndSet(null, e);
            } else {
                sent.incrementAndGet();
            }
        });
        reportProgress(false);
    }

    public long flush() {
        producer.flush();
        rethrowFailure();
        reportProgress(true);
        return sent.get();
    }

    private void reportProgress(boolean last) {
        if (progress == null) {
            return;
        }
        long now = System.nanoTime();
        if (last || now - lastReport > 1_000_000_000L) {
            lastReport = now;
            progress.printf("fed %d articles%s%n", sent.get(), last ? "" : " ...");
        }
    }

    private void rethrowFailure() {
        Exception e = failure.get();
        if (e != null) {
            throw new IllegalStateException("cannot write to " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
