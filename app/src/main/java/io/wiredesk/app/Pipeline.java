package io.wiredesk.app;

import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wiredesk.core.kafka.Stage;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.kafka.StageRunner;
import io.wiredesk.core.metrics.WiredeskRegistry;
import io.wiredesk.dedupe.DedupeStage;
import io.wiredesk.enrich.EnrichStage;
import io.wiredesk.ingest.CleanStage;
import io.wiredesk.sink.SinkStage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/** Some or all of the four stages running in this JVM, sharing one meter registry. */
public final class Pipeline implements AutoCloseable {
    public static final Map<String, Stage> STAGES = stages(new CleanStage(), new EnrichStage(), new DedupeStage(), new SinkStage());

    private final PrometheusMeterRegistry registry;
    private final List<StageRunner> runners = new ArrayList<>();
    /** Binders holding JVM listeners; closed with the registry so repeated pipelines in one JVM don't pile them up. */
    private final List<AutoCloseable> closeWithRegistry = new ArrayList<>();

    private Pipeline(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    /** Builds the runners of the named stages; {@code stateDir} keeps this pipeline's state stores apart from others'. */
    public static Pipeline create(StageConfig config, List<String> stageNames, String stateDir) {
        PrometheusMeterRegistry registry = new WiredeskRegistry();
        Pipeline p = new Pipeline(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        p.closeWithRegistry.add(gc);
        for (MeterBinder binder : List.of(new JvmMemoryMetrics(), gc, new JvmThreadMetrics(), new ClassLoaderMetrics(),
                new ProcessorMetrics(), new UptimeMetrics())) {
            binder.bindTo(registry);
        }
        StageConfig withMeters = config.toBuilder().meters(registry).build();
        for (String name : stageNames) {
            Stage stage = STAGES.get(name);
            if (stage == null) {
                throw new IllegalArgumentException("unknown stage '" + name + "' (stages: " + String.join(", ", STAGES.keySet()) + ")");
            }
            Properties overrides = new Properties();
            if (stateDir != null) {
                overrides.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
            }
            p.runners.add(new StageRunner(stage, withMeters, overrides));
        }
        return p;
    }

    public static List<String> allStageNames() {
        return List.copyOf(STAGES.keySet());
    }

    public Pipeline start() {
        runners.forEach(StageRunner::start);
        return this;
    }

    /** Waits until every stage is RUNNING (assigned its partitions). */
    public void awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isReady()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("stages not running after " + timeout + ": " + states());
            }
            Thread.sleep(100);
        }
    }

    public boolean isReady() {
        return runners.stream().allMatch(StageRunner::isRunning);
    }

    public boolean isLive() {
        return runners.stream().allMatch(StageRunner::isAlive);
    }

    public Map<String, String> states() {
        Map<String, String> m = new LinkedHashMap<>();
        runners.forEach(r -> m.put(r.name(), r.state().name()));
        return m;
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public Optional<KafkaStreams> streamsOf(String stage) {
        return runners.stream().filter(r -> r.name().equals(stage)).findFirst().map(StageRunner::streams);
    }

    public List<String> applicationIds(StageConfig config) {
        return runners.stream().map(r -> config.applicationId(r.name())).toList();
    }

    @Override
    public void close() {
        // close downstream first so nothing is left reading a topic whose writer is gone
        List<StageRunner> reversed = new ArrayList<>(runners);
        java.util.Collections.reverse(reversed);
        reversed.forEach(StageRunner::close);
        for (AutoCloseable c : closeWithRegistry) {
            try {
                c.close();
            } catch (Exception e) {
                // a binder's listeners; nothing to do but go on closing
            }
        }
        registry.close();
    }

    private static Map<String, Stage> stages(Stage... stages) {
        Map<String, Stage> m = new LinkedHashMap<>();
        Arrays.stream(stages).forEach(s -> m.put(s.name(), s));
        return m;
    }
}
