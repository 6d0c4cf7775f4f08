package io.wiredesk.app.cli;

import io.wiredesk.app.Pipeline;
import io.wiredesk.app.http.ApiServer;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.kafka.TopicSpecs;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Runs some or all stages against an existing Kafka cluster.",
        description = {"Runs some or all stages against an existing Kafka cluster until Ctrl-C.",
                "Each stage is its own Kafka Streams application: run more instances to scale it."})
public final class RunCommand implements Callable<Integer> {
    @Option(names = "--stages", defaultValue = "clean,enrich,dedupe,sink", split = ",",
            description = "Stages to run (default: ${DEFAULT-VALUE}).")
    List<String> stages;

    @Option(names = "--create-topics", defaultValue = "true", negatable = true, fallbackValue = "true",
            description = "Create missing wiredesk topics (default: ${DEFAULT-VALUE}).")
    boolean createTopics;

    @Option(names = "--partitions", defaultValue = "6", description = "Partitions for topics this command creates (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication-factor", defaultValue = "1", description = "Replication factor for created topics (default: ${DEFAULT-VALUE}).")
    short replication;

    @Mixin
    HttpOptions http;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws Exception {
        StageConfig config = http.advertise(configOptions.build(true));
        for (String s : stages) {
            if (!Pipeline.STAGES.containsKey(s)) {
                throw new IllegalArgumentException("unknown stage '" + s + "' (stages: " + String.join(",", Pipeline.STAGES.keySet()) + ")");
            }
        }
        if (createTopics) {
            try (Admin admin = Admin.create(config.clientProperties())) {
                TopicSpecs.ensure(admin, partitions, replication);
            }
        }
        try (Pipeline pipeline = Pipeline.create(config, stages, null).start();
             ApiServer server = http.serve(pipeline, config)) {
            System.out.printf("wiredesk: stages %s on %s; HTTP on %s:%d (Ctrl-C to stop)%n",
                    Arrays.toString(stages.toArray()), config.bootstrapServers(), http.host, server.port());
            CtrlC.await();
        }
        return 0;
    }
}
