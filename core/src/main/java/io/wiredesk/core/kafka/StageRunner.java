package io.wiredesk.core.kafka;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.wiredesk.core.metrics.IndexEntries;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns one stage's KafkaStreams instance: metrics binding (Kafka Streams' own metrics, refreshed every
 * 5 s rather than Micrometer's default 60 s so new tasks' meters appear quickly, and the entries of the
 * stage's stores), an uncaught-exception handler that replaces a dead stream thread, a state listener for readiness, and a graceful close.
 */
public final class StageRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StageRunner.class);
    private static final Duration METRICS_REFRESH = Duration.ofSeconds(5);

    private final Stage stage;
    private final KafkaStreams streams;
    private final KafkaStreamsMetrics streamsMetrics;
    private final ScheduledExecutorService metricsScheduler;
    private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;

    public StageRunner(Stage stage, StageConfig config) {
        this(stage, config, new Properties());
    }

    public StageRunner(Stage stage, StageConfig config, Properties overrides) {
        this.stage = stage;
        Topology topology = stage.build(config);
        Properties props = config.streamsProperties(stage.name());
        props.putAll(overrides);
        this.streams = new KafkaStreams(topology, props);
        streams.setStateListener((next, previous) -> {
            state = next;
            LOG.info("stage {}: {} -> {}", stage.name(), previous, next);
        });
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("stage {}: stream thread died, replacing it", stage.name(), e);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        this.metricsScheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wiredesk-" + stage.name() + "-metrics");
            t.setDaemon(true);
            return t;
        });
        this.streamsMetrics = new KafkaStreamsMetrics(streams, List.of(Tag.of("stage", stage.name())),
                metricsScheduler, METRICS_REFRESH);
        streamsMetrics.bindTo(config.meters());
        IndexEntries.bind(config.meters(), stage.name(), topology, streams);
    }

    public StageRunner start() {
        streams.start();
        return this;
    }

    public String name() {
        return stage.name();
    }

    public KafkaStreams streams() {
        return streams;
    }

    public boolean isRunning() {
        return state == KafkaStreams.State.RUNNING;
    }

    public boolean isAlive() {
        return state != KafkaStreams.State.ERROR && state != KafkaStreams.State.NOT_RUNNING
                && state != KafkaStreams.State.PENDING_ERROR;
    }

    public KafkaStreams.State state() {
        return state;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        streamsMetrics.close();
        metricsScheduler.shutdownNow();
    }
}
