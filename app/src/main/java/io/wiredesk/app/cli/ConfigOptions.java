package io.wiredesk.app.cli;

import io.wiredesk.core.kafka.StageConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that talks to Kafka shares: where the cluster is and an optional config file. */
public final class ConfigOptions {
    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT",
            description = "Kafka bootstrap servers (or WIREDESK_KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file: wiredesk.* settings and Kafka client properties (SASL/SSL pass through).")
    Path configFile;

    /** Environment, then the file, then the command line. */
    public StageConfig build(boolean needBootstrap) {
        StageConfig.Builder b = StageConfig.builder().environment(System.getenv());
        if (configFile != null) {
            if (!Files.isReadable(configFile)) {
                throw new IllegalArgumentException("config file not found: " + configFile);
            }
            b.file(configFile);
        }
        if (bootstrapServers != null) {
            b.kafka("bootstrap.servers", bootstrapServers);
        }
        StageConfig config = b.build();
        if (needBootstrap && (config.bootstrapServers() == null || config.bootstrapServers().isBlank())) {
            throw new IllegalArgumentException("no Kafka cluster given: use --bootstrap-servers HOST:PORT or WIREDESK_KAFKA_BOOTSTRAP_SERVERS");
        }
        return config;
    }
}
