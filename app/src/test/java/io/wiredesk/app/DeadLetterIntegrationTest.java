package io.wiredesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.Topics;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.kafka.Guarded;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.model.RawArticle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** Malformed input on a real broker: each bad record lands in the DLQ with its reason, good ones still pass. */
class DeadLetterIntegrationTest {

    @Test
    void badRecordsGoToTheDlqWithAReasonAndGoodOnesComeThrough() throws Exception {
        try (EmbeddedPipeline embedded = EmbeddedPipeline.start(null, 2, StageConfig.builder().build())) {
            RawArticle good = article("bad-neighbours-good", "https://example.org/news/1",
                    "Ministers met in Geneva on Monday to discuss the grain corridor across the Black Sea.\n\n"
                            + "The talks, which lasted six hours, ended with a joint statement on shipping safety and insurance.");
            byte[] notJson = "this is not JSON {".getBytes(StandardCharsets.UTF_8);
            byte[] missingBody = Json.bytes(article("no-body", "https://example.org/news/2", null));
            char[] huge = new char[10 * 1024 * 1024];
            Arrays.fill(huge, 'a');
            byte[] tooLarge = Json.bytes(article("huge", "https://example.org/news/3", new String(huge)));
            byte[] binary = new byte[4096];
            new Random(7).nextBytes(binary);
            byte[] binaryBody = Json.bytes(article("binary", "https://example.org/news/4",
                    new String(binary, StandardCharsets.ISO_8859_1)));

            try (ArticlePublisher publisher = new ArticlePublisher(embedded.config(), null)) {
                publisher.send("not-json", notJson);
                publisher.send("no-body", missingBody);
                publisher.send("huge", tooLarge);
                publisher.send("raw-binary", binary);
                publisher.send("binary-body", binaryBody);
                publisher.publish(good);
                publisher.flush();
            }
            embedded.awaitDrained(Duration.ofMinutes(3));

            Map<String, String> reasons = new HashMap<>();
            Map<String, byte[]> values = new HashMap<>();
            for (ConsumerRecord<String, byte[]> r : TopicDump.read(embedded.config(), Topics.DLQ)) {
                reasons.put(r.key(), header(r, Guarded.H_REASON));
                values.put(r.key(), r.value());
                assertThat(header(r, Guarded.H_STAGE)).isEqualTo("clean");
                assertThat(header(r, Guarded.H_TOPIC)).isEqualTo(Topics.RAW);
                assertThat(header(r, Guarded.H_OFFSET)).isNotNull();
            }
            assertThat(reasons).containsEntry("not-json", "not-json")
                    .containsEntry("no-body", "missing-body")
                    .containsEntry("huge", "too-large")
                    .containsEntry("raw-binary", "binary")
                    .containsEntry("binary-body", "binary");
            assertThat(values.get("huge")).hasSize(tooLarge.length);
            assertThat(values.get("not-json")).isEqualTo(notJson);

            List<CleanArticle> clean = TopicDump.read(embedded.config(), Topics.CLEAN).stream()
                    .map(r -> Json.read(r.value(), CleanArticle.class)).toList();
            assertThat(clean).extracting(CleanArticle::id).containsExactly("bad-neighbours-good");
            assertThat(StoryReader.readLive(embedded.config())).hasSize(1);
            assertThat(embedded.pipeline().registry().scrape()).contains("wiredesk_dlq_total{reason=\"too-large\",stage=\"clean\"}");
        }
    }

    private static RawArticle article(String id, String url, String body) {
        return new RawArticle(RawArticle.SCHEMA, id, url, "example.org", Instant.parse("2024-10-22T08:00:00Z"),
                "2024-10-21", RawArticle.TEXT, "Grain corridor talks end with a joint statement", body);
    }

    private static String header(ConsumerRecord<String, byte[]> r, String key) {
        Header h = r.headers().lastHeader(key);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
