package io.wiredesk.core.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * wiredesk's own meters of one stage. Every meter carries the {@code stage} tag; a meter name always has
 * the same tag keys (Prometheus rejects mixed sets).
 */
public final class StageMetrics {
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
                .tag("stage", stage).publishPercentileHistogram().register(registry);
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
        Counter.builder("wiredesk.dlq").description("Records sent to the dead-letter topic")
                .tag("stage", stage).tag("reason", reason).register(registry).increment();
    }

    /** A counter of this stage with one extra tag, e.g. decisions by relation. */
    public Counter counter(String name, String description, String tagKey, String tagValue) {
        return Counter.builder(name).description(description).tag("stage", stage).tag(tagKey, tagValue).register(registry);
    }

    public Counter counter(String name, String description) {
        return Counter.builder(name).description(description).tag("stage", stage).register(registry);
    }

    public DistributionSummary summary(String name, String description) {
        return DistributionSummary.builder(name).description(description).tag("stage", stage)
                .publishPercentileHistogram().register(registry);
    }
}
