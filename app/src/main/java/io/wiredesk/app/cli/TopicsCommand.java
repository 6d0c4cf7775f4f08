package io.wiredesk.app.cli;

import io.wiredesk.core.Topics;
import io.wiredesk.core.kafka.TopicSpecs;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "topics", mixinStandardHelpOptions = true,
        header = "Creates the missing wiredesk topics and exits.",
        description = {"Creates the wiredesk topics that are missing (" + Topics.STORIES + " compacted) and exits.",
                "Existing topics are left as they are."})
public final class TopicsCommand implements Callable<Integer> {
    @Option(names = "--partitions", defaultValue = "6", description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication-factor", defaultValue = "1", description = "Replication factor (default: ${DEFAULT-VALUE}).")
    short replication;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() {
        if (partitions < 1 || replication < 1) {
            throw new IllegalArgumentException("--partitions and --replication-factor must be at least 1");
        }
        try (Admin admin = Admin.create(configOptions.build(true).clientProperties())) {
            TopicSpecs.ensure(admin, partitions, replication);
        }
        System.out.println("topics ready: " + String.join(", ", Topics.ALL));
        return 0;
    }
}
