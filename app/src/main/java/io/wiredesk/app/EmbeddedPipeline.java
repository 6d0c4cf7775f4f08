package io.wiredesk.app;

import io.wiredesk.app.broker.EmbeddedKafka;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.kafka.TopicSpecs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;

/**
 * An embedded broker with the wiredesk topics and all four stages on it: what {@code demo} and
 * {@code replay} run, and what the integration tests start.
 */
public final class EmbeddedPipeline implements AutoCloseable {
    private final EmbeddedKafka kafka;
    private final StageConfig config;
    private final Pipeline pipeline;
    private final Admin admin;

    private EmbeddedPipeline(EmbeddedKafka kafka, StageConfig config, Pipeline pipeline, Admin admin) {
        this.kafka = kafka;
        this.config = config;
        this.pipeline = pipeline;
        this.admin = admin;
    }

    /**
     * @param dataDir where the broker and the state stores live; null for a temporary directory
     * @param base settings to start from (bootstrap servers are set here)
     */
    public static EmbeddedPipeline start(Path dataDir, int partitions, StageConfig base) throws InterruptedException {
        EmbeddedKafka kafka = dataDir == null ? EmbeddedKafka.start() : EmbeddedKafka.start(dataDir, false);
        try {
            StageConfig config = base.toBuilder().kafka("bootstrap.servers", kafka.bootstrapServers()).build();
            Admin admin = Admin.create(config.clientProperties());
            TopicSpecs.ensure(admin, partitions, (short) 1);
            Pipeline pipeline = Pipeline.create(config, Pipeline.allStageNames(), kafka.dataDir().resolve("streams").toString());
            pipeline.start();
            pipeline.awaitRunning(Duration.ofSeconds(120));
            return new EmbeddedPipeline(kafka, config, pipeline, admin);
        } catch (RuntimeException | InterruptedException e) {
            kafka.close();
            throw e;
        }
    }

    public StageConfig config() {
        return config;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public Admin admin() {
        return admin;
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public void awaitDrained(Duration timeout) throws InterruptedException {
        new DrainWatcher(admin, pipeline.applicationIds(config)).awaitDrained(Duration.ofSeconds(2), timeout);
    }

    @Override
    public void close() {
        pipeline.close();
        admin.close();
        kafka.close();
    }

    static List<String> stages() {
        return Pipeline.allStageNames();
    }
}
