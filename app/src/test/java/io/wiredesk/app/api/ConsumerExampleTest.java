package io.wiredesk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.app.broker.EmbeddedKafka;
import io.wiredesk.core.Topics;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.kafka.TopicSpecs;
import io.wiredesk.core.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented plain-Kafka consumer (docs/examples/StoryTopicConsumer.java) compiles on its own
 * classpath and keeps the right live view of the compacted topic: upserts, a merge's tombstone.
 */
class ConsumerExampleTest {
    @TempDir
    Path classes;

    @Test
    void theExampleConsumerFollowsUpsertsAndTombstones() throws Exception {
        Path source = SharedData.projectDir().resolve("docs/examples/StoryTopicConsumer.java");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int rc = javac.run(null, null, errors, "-cp", System.getProperty("java.class.path"), "-d", classes.toString(), source.toString());
        assertThat(rc).as(errors.toString(StandardCharsets.UTF_8)).isZero();

        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            StageConfig config = StageConfig.of(kafka.bootstrapServers());
            try (Admin admin = Admin.create(config.clientProperties())) {
                TopicSpecs.ensure(admin, 2, (short) 1);
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(config.clientProperties(), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(Topics.STORIES, "s-a", story("s-a", 1, 1)));
                producer.send(new ProducerRecord<>(Topics.STORIES, "s-b", story("s-b", 1, 1)));
                // s-b merges into s-a: the survivor grows, the merged story becomes a tombstone
                producer.send(new ProducerRecord<>(Topics.STORIES, "s-a", story("s-a", 2, 2)));
                producer.send(new ProducerRecord<>(Topics.STORIES, "s-b", null));
                producer.flush();
            }
            String out = run(kafka.bootstrapServers());
            assertThat(out).contains("UPSERT s-a v1", "UPSERT s-b v1", "UPSERT s-a v2 members=2", "DELETE s-b");
            assertThat(out).contains("LIVE [s-a]");
        }
    }

    private static String story(String id, long version, int members) {
        String member = "{\"id\":\"a-%s-%d\",\"relation\":\"original\",\"similarity\":1.0}";
        List<String> list = java.util.stream.IntStream.range(0, members).mapToObj(i -> member.formatted(id, i)).toList();
        return "{\"schema\":1,\"storyId\":\"" + id + "\",\"title\":\"Story " + id + "\",\"version\":" + version
                + ",\"members\":[" + String.join(",", list) + "]}";
    }

    private String run(String bootstrap) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            loader.loadClass("StoryTopicConsumer").getMethod("main", String[].class)
                    .invoke(null, (Object) new String[] {bootstrap, "--exit-when-idle"});
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
