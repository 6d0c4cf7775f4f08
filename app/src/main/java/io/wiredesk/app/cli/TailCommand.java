package io.wiredesk.app.cli;

import io.wiredesk.app.StoryPrinter;
import io.wiredesk.core.Topics;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.model.CanonicalStory;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Prints canonical stories as they change (reads " + Topics.STORIES + "; tombstones show merges).")
public final class TailCommand implements Callable<Integer> {
    @Option(names = "--new-only", description = "Start at the end of the topic instead of replaying every story.")
    boolean newOnly;

    @Option(names = "--json", description = "Print each story as one JSON line.")
    boolean json;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() {
        StageConfig config = configOptions.build(true);
        Properties p = config.clientProperties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        StoryPrinter printer = new StoryPrinter(System.out);
        AtomicBoolean running = new AtomicBoolean(true);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                running.set(false);
                consumer.wakeup();
            }));
            List<TopicPartition> parts = consumer.partitionsFor(Topics.STORIES).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(parts);
            if (newOnly) {
                consumer.seekToEnd(parts);
            } else {
                consumer.seekToBeginning(parts);
            }
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.value() == null) {
                        if (json) {
                            System.out.println("{\"storyId\":" + Json.string(r.key()) + ",\"tombstone\":true}");
                        } else {
                            printer.printTombstone(r.key());
                        }
                    } else if (json) {
                        System.out.println(new String(r.value(), java.nio.charset.StandardCharsets.UTF_8));
                    } else {
                        printer.print(Json.read(r.value(), CanonicalStory.class));
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException stopped) {
            // Ctrl-C
        }
        return 0;
    }
}
