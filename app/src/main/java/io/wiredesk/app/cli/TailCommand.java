package io.wiredesk.app.cli;

import io.wiredesk.app.StoryPrinter;
import io.wiredesk.core.Dates;
import io.wiredesk.core.Topics;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.model.CanonicalStory;
import io.wiredesk.sink.StoryFilter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
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
        header = "Prints canonical stories as they change.",
        description = {"Prints canonical stories as they change (reads " + Topics.STORIES + "; tombstones show merges).",
                "Filters (--entity, --publisher, --since) combine with AND; a tombstone is shown for a story that was shown."})
public final class TailCommand implements Callable<Integer> {
    @Option(names = "--new-only", description = "Start at the end of the topic instead of replaying every story.")
    boolean newOnly;

    @Option(names = "--json", description = "Print each story as one JSON line.")
    boolean json;

    @Option(names = "--entity", paramLabel = "ID", description = "Only stories naming this entity (wiredesk or Wikidata id; repeatable: any of them).")
    Set<String> entities = Set.of();

    @Option(names = "--publisher", paramLabel = "HOST", description = "Only stories carried by this publisher (host name; repeatable: any of them).")
    Set<String> publishers = Set.of();

    @Option(names = "--since", paramLabel = "WHEN", description = "Only stories updated at or after this ISO instant or date.")
    String since;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() {
        StoryFilter filter = new StoryFilter(entities, publishers, since == null ? null : sinceInstant(since));
        // a tombstone is shown when the story it ends was shown (or when nothing is filtered)
        Set<String> shown = new HashSet<>();
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
                        if (!filter.isEmpty() && !shown.remove(r.key())) {
                            continue;
                        }
                        if (json) {
                            System.out.println("{\"storyId\":" + Json.string(r.key()) + ",\"tombstone\":true}");
                        } else {
                            printer.printTombstone(r.key());
                        }
                    } else {
                        CanonicalStory story = Json.read(r.value(), CanonicalStory.class);
                        if (!filter.matches(story)) {
                            continue;
                        }
                        shown.add(story.storyId());
                        if (json) {
                            System.out.println(new String(r.value(), java.nio.charset.StandardCharsets.UTF_8));
                        } else {
                            printer.print(story);
                        }
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException stopped) {
            // Ctrl-C
        }
        return 0;
    }

    private static Instant sinceInstant(String value) {
        return Dates.toInstant(value.trim())
                .orElseThrow(() -> new IllegalArgumentException("--since must be an ISO instant or date, not '" + value + "'"));
    }
}
