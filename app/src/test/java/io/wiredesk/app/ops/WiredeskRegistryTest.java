package io.wiredesk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.wiredesk.core.metrics.StageMetrics;
import io.wiredesk.core.metrics.WiredeskRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The registry behind /metrics and wiredesk's stage meters, without a broker. */
class WiredeskRegistryTest {

    @Test
    void aNegativeCounterDoesNotBreakTheScrape() {
        WiredeskRegistry registry = new WiredeskRegistry();
        FunctionCounter.builder("third.party.events", new Object(), o -> -1).register(registry);
        FunctionCounter.builder("good.events", new Object(), o -> 3).register(registry);

        String text = registry.scrape();

        assertThat(text).contains("third_party_events_total 0.0").contains("good_events_total 3.0");
    }

    @Test
    void kafkasUnderscoredTopicTwinsAndBrokenRocksDbCounterAreDropped() {
        WiredeskRegistry registry = new WiredeskRegistry();
        Gauge.builder("kafka.consumer.fetch.manager.records.lag", () -> 5).tags("topic", "wiredesk.articles.raw", "stage", "clean").register(registry);
        Gauge.builder("kafka.consumer.fetch.manager.records.lag", () -> 5).tags("topic", "wiredesk_articles_raw", "stage", "clean").register(registry);
        Gauge.builder("kafka.consumer.fetch.manager.records.lag", () -> 2).tags("topic", "wiredesk-dedupe-x-repartition", "stage", "dedupe").register(registry);
        FunctionCounter.builder("kafka.stream.state.number.open.files", new Object(), o -> -1).tag("stage", "sink").register(registry);

        String text = registry.scrape();

        assertThat(text).contains("topic=\"wiredesk.articles.raw\"").contains("topic=\"wiredesk-dedupe-x-repartition\"")
                .doesNotContain("wiredesk_articles_raw").doesNotContain("number_open_files");
    }

    @Test
    void stageMetersHaveFixedTagsAndCommonDlqReasonsStartAtZero() {
        WiredeskRegistry registry = new WiredeskRegistry();
        StageMetrics clean = new StageMetrics(registry, "clean");
        StageMetrics sink = new StageMetrics(registry, "sink");
        clean.deadLetter("binary");
        sink.recordEndToEnd(Instant.now().minusSeconds(2));
        sink.recordEndToEnd(null);
        sink.recordEndToEnd(Instant.now().plus(Duration.ofHours(1)));

        String text = registry.scrape();

        assertThat(text).contains("wiredesk_dlq_total{reason=\"binary\",stage=\"clean\"} 1.0")
                .contains("wiredesk_dlq_total{reason=\"not-json\",stage=\"sink\"} 0.0")
                .contains("wiredesk_dlq_total{reason=\"processing-error\",stage=\"clean\"} 0.0")
                .contains("wiredesk_end_to_end_seconds_count{stage=\"sink\"} 1")
                .doesNotContain("wiredesk_end_to_end_seconds_count{stage=\"clean\"}");
        assertThat(sink.endToEndLatency().totalTime(java.util.concurrent.TimeUnit.SECONDS)).isBetween(1.9, 10.0);
        // histograms with bounded buckets: counts up to 10,000, latencies up to 30 s
        assertThat(text.lines().filter(l -> l.startsWith("wiredesk_processing_seconds_bucket{") && l.contains("stage=\"clean\"")).count())
                .isBetween(10L, 120L);
    }
}
