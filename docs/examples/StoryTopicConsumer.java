// A plain Kafka consumer of wiredesk's compacted stories topic: no wiredesk classes, only kafka-clients
// and Jackson. It keeps a live view (story id -> story) the way a search index or a database would:
// a record with a value replaces the story (a newer version), a tombstone (null value) deletes it.
// A merge shows up as two records: the surviving story with the merged members, and a tombstone for
// the story that went into it.
//
//   java -cp kafka-clients.jar:jackson-databind.jar:jackson-core.jar:jackson-annotations.jar:slf4j-api.jar \
//       StoryTopicConsumer.java localhost:9092 [--exit-when-idle]
//
// (compiled and run against a real broker by app/src/test/java/io/wiredesk/app/api/ConsumerExampleTest.java)

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

public class StoryTopicConsumer {
    public static void main(String[] args) throws Exception {
        String bootstrap = args.length > 0 ? args[0] : "localhost:9092";
        boolean exitWhenIdle = List.of(args).contains("--exit-when-idle");
        ObjectMapper json = new ObjectMapper();

        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "story-view-example");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");   // a new consumer first reads every live story
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"); // wiredesk writes with exactly-once transactions
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");

        Map<String, JsonNode> stories = new TreeMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("wiredesk.stories"));
            int idlePolls = 0;
            while (!exitWhenIdle || idlePolls < 6) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                idlePolls = records.isEmpty() ? idlePolls + 1 : 0;
                for (ConsumerRecord<String, byte[]> r : records) {
                    if (r.value() == null) {
                        // tombstone: the story was merged into another one (which arrives as its own record)
                        stories.remove(r.key());
                        System.out.println("DELETE " + r.key());
                        continue;
                    }
                    JsonNode story = json.readTree(r.value());
                    JsonNode known = stories.get(r.key());
                    if (known != null && known.path("version").asLong() >= story.path("version").asLong()) {
                        continue; // a replay of a version we already have
                    }
                    stories.put(r.key(), story);
                    System.out.println("UPSERT " + r.key() + " v" + story.path("version").asLong() + " members="
                            + story.path("members").size() + " title=" + story.path("title").asText());
                }
                consumer.commitSync(); // after applying: a restart re-reads at most the last batch
            }
        }
        System.out.println("LIVE " + stories.keySet());
    }
}
