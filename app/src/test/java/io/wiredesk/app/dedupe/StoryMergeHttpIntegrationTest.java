package io.wiredesk.app.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wiredesk.app.EmbeddedPipeline;
import io.wiredesk.core.ArticleIds;
import io.wiredesk.core.Topics;
import io.wiredesk.core.http.HttpEndpoints;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.model.RawArticle;
import io.wiredesk.sink.StoryQueries;
import io.wiredesk.sink.StoryRoutes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * An article that copies two stories joins them: the older story survives, the younger is merged into it,
 * the sink writes the younger's tombstone, and {@code GET /articles/{id}/story} over real HTTP answers the
 * surviving story for an article of the merged one.
 */
class StoryMergeHttpIntegrationTest {
    private static final String T0 = "2024-05-02T08:00:00Z";

    @Test
    void aBridgingCopyMergesTheYoungerStoryIntoTheOlder() throws Exception {
        List<String> older = paragraphs(new Random(1), "Harbor");
        List<String> younger = paragraphs(new Random(2), "Glacier");
        RawArticle a = article("https://one.example/older", "Harbor council approves plan", older, T0);
        RawArticle b = article("https://two.example/younger", "Glacier survey finds retreat", younger, "2024-05-02T09:00:00Z");
        List<String> both = new ArrayList<>(older);
        both.addAll(younger);
        RawArticle bridge = article("https://roundup.example/both", "Morning roundup", both, "2024-05-02T10:00:00Z");
        String idA = ArticleIds.of(a.url(), null);
        String idB = ArticleIds.of(b.url(), null);
        String storyA = "s-" + idA.substring(2);
        String storyB = "s-" + idB.substring(2);

        try (EmbeddedPipeline embedded = EmbeddedPipeline.start(null, 3, StageConfig.builder().build());
             HttpEndpoints http = new HttpEndpoints("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), () -> true, () -> true)) {
            StoryRoutes.register(http, new StoryQueries(embedded.pipeline().streamsOf("sink").orElseThrow()));
            http.start();

            ReplayArticles.publish(embedded, List.of(a, b), false);
            embedded.awaitDrained(Duration.ofMinutes(2));
            assertThat(storyOf(http, idB).get("storyId").asText()).as("before the bridge").isEqualTo(storyB);
            assertThat(storyOf(http, idA).get("storyId").asText()).isEqualTo(storyA);

            ReplayArticles.publish(embedded, List.of(bridge), false);
            embedded.awaitDrained(Duration.ofMinutes(2));

            JsonNode followed = storyOf(http, idB);
            assertThat(followed.get("storyId").asText()).isEqualTo(storyA);
            assertThat(followed.get("members").findValuesAsText("id"))
                    .containsExactlyInAnyOrder(idA, idB, ArticleIds.of(bridge.url(), null));
            assertThat(ReplayArticles.stories(embedded)).hasSize(1);
            assertThat(lastValueOf(embedded, storyB)).as("tombstone of the merged story").isEqualTo(Map.entry(storyB, "null"));
        }
    }

    private static JsonNode storyOf(HttpEndpoints http, String articleId) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + "/articles/" + articleId + "/story")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET /articles/%s/story: %s", articleId, r.body()).isEqualTo(200);
        return Json.MAPPER.readTree(r.body());
    }

    /** The last record of the stories topic for the key, its value "null" for a tombstone. */
    private static Map.Entry<String, String> lastValueOf(EmbeddedPipeline embedded, String key) {
        Properties props = new Properties();
        props.putAll(embedded.config().clientProperties());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        String last = null;
        boolean seen = false;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(Topics.STORIES).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions);
            long deadline = System.currentTimeMillis() + 30_000;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(r.key())) {
                        seen = true;
                        last = r.value() == null ? "null" : new String(r.value(), java.nio.charset.StandardCharsets.UTF_8);
                    }
                }
            }
        }
        return seen ? Map.entry(key, last) : null;
    }

    private static RawArticle article(String url, String title, List<String> paragraphs, String publishedAt) {
        return new RawArticle(RawArticle.SCHEMA, null, url, "example", java.time.Instant.parse(publishedAt).plusSeconds(60),
                publishedAt, RawArticle.TEXT, title, String.join("\n\n", paragraphs));
    }

    /** Six paragraphs of plain sentences over a vocabulary of invented words of its own (distinct per topic). */
    private static List<String> paragraphs(Random random, String topic) {
        String[] glue = {"the", "and", "of", "to", "in", "said", "on", "for", "with", "that", "was", "by"};
        String[] own = new String[40];
        for (int i = 0; i < own.length; i++) {
            StringBuilder w = new StringBuilder();
            int len = 5 + random.nextInt(5);
            for (int j = 0; j < len; j++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            own[i] = w.toString();
        }
        List<String> out = new ArrayList<>();
        for (int p = 0; p < 6; p++) {
            StringBuilder para = new StringBuilder();
            for (int s = 0; s < 3; s++) {
                StringBuilder sentence = new StringBuilder(topic);
                for (int k = 0; k < 14; k++) {
                    sentence.append(' ').append(k % 3 == 1 ? glue[random.nextInt(glue.length)] : own[random.nextInt(own.length)]);
                }
                para.append(sentence).append(". ");
            }
            out.add(para.toString().trim());
        }
        return out;
    }
}
