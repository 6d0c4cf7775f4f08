package io.wiredesk.core.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * wiredesk's own meters of one stage. Every meter carries the {@code stage} tag; a meter name always has
 * the same tag keys (Prometheus rejects mixed sets). Prometheus names: dots become underscores, counters
 * end in {@code _total}, timers in {@code _seconds}.
 */
public final class StageMetrics {
    /**
     * DLQ reasons every stage can produce (each parses JSON; any function can fail). Their counters exist
     * at zero from the start so a dashboard's DLQ rate shows 0 rather than "no data".
     */
    public static final List<String> COMMON_DLQ_REASONS = List.of("not-json", "processing-error");

    private static final Duration LATENCY_MIN = Duration.ofNanos(10_000);
    private static final Duration LATENCY_MAX = Duration.ofSeconds(30);
    private static final Duration END_TO_END_MIN = Duration.ofMillis(1);
    private static final Duration END_TO_END_MAX = Duration.ofMinutes(10);
    /** Bounds of the count histograms (entities, candidates, story sizes): keeps their buckets few. */
    private static final double COUNT_MAX = 10_000;

    private final MeterRegistry registry;
    private final String stage;
    private final Counter in;
    private final Counter out;
    private final Timer latency;

    public StageMetrics(MeterRegistry registry, String stage) {
        this.registry = registry;
        this.stage = stage;
        this.in = Counter.builder("wiredesk.records.in").description("Records read by the stage")
                .tag("stage", stage).register(registry);
        this.out = Counter.builder("wiredesk.records.out").description("Records written by the stage")
                .tag("stage", stage).register(registry);
        this.latency = Timer.builder("wiredesk.processing").description("Time to process one record")
                .tag("stage", stage).publishPercentileHistogram()
                .minimumExpectedValue(LATENCY_MIN).maximumExpectedValue(LATENCY_MAX).register(registry);
        COMMON_DLQ_REASONS.forEach(this::dlqCounter);
    }

    public String stage() {
        return stage;
    }

    public MeterRegistry registry() {
        return registry;
    }

    public void recordIn() {
        in.increment();
    }

    public void recordOut() {
        out.increment();
    }

    public Timer latency() {
        return latency;
    }

    public void deadLetter(String reason) {
        dlqCounter(reason).increment();
    }

    private Counter dlqCounter(String reason) {
        return Counter.builder("wiredesk.dlq").description("Records sent to the dead-letter topic, by reason")
                .tag("stage", stage).tag("reason", reason).register(registry);
    }

    /**
     * Time from an article's {@code receivedAt} (when a feeder read it) to the story update it caused.
     * Registered on first use, so only the stage that updates stories has it.
     */
    public Timer endToEndLatency() {
        return Timer.builder("wiredesk.end.to.end").description("From an article's receivedAt to the story update it caused")
                .tag("stage", stage).publishPercentileHistogram()
                .minimumExpectedValue(END_TO_END_MIN).maximumExpectedValue(END_TO_END_MAX).register(registry);
    }

    /** Records the end-to-end latency of an article received at {@code receivedAt} (ignored when unknown or in the future). */
    public void recordEndToEnd(Instant receivedAt) {
        if (receivedAt == null) {
            return;
        }
        Duration d = Duration.between(receivedAt, Instant.now());
        if (!d.isNegative()) {
            endToEndLatency().record(d);
        }
    }

    /** A counter of this stage with one extra tag, e.g. decisions by relation. */
    public Counter counter(String name, String description, String tagKey, String tagValue) {
        return Counter.builder(name).description(description).tag("stage", stage).tag(tagKey, tagValue).register(registry);
    }

    public Counter counter(String name, String description) {
        return Counter.builder(name).description(description).tag("stage", stage).register(registry);
    }

    /** A histogram of small counts per record (entities per article, candidates per article, story sizes). */
    public DistributionSummary summary(String name, String description) {
        return DistributionSummary.builder(name).description(description).tag("stage", stage)
                .publishPercentileHistogram().minimumExpectedValue(1.0).maximumExpectedValue(COUNT_MAX).register(registry);
    }
}
