package io.wiredesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wiredesk.core.Topics;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.json.JsonSerde;
import io.wiredesk.core.kafka.Guarded;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.model.EnrichedArticle;
import io.wiredesk.core.model.EntityRef;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class EnrichStageTopologyTest {
    @Test
    void enrichesGoodRecordsAndSendsBadOnesToTheDlq() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        StageConfig config = StageConfig.forTests().toBuilder().meters(meters).build();
        try (TopologyTestDriver driver = new TopologyTestDriver(new EnrichStage().build(config), config.streamsProperties("enrich"))) {
            TestInputTopic<String, byte[]> in = driver.createInputTopic(Topics.CLEAN, Serdes.String().serializer(), Serdes.ByteArray().serializer());
            TestOutputTopic<String, EnrichedArticle> out = driver.createOutputTopic(Topics.ENRICHED, Serdes.String().deserializer(),
                    JsonSerde.of(EnrichedArticle.class).deserializer());
            TestOutputTopic<String, byte[]> dlq = driver.createOutputTopic(Topics.DLQ, Serdes.String().deserializer(), Serdes.ByteArray().deserializer());

            CleanArticle article = new CleanArticle(CleanArticle.SCHEMA, "a1", null, "news.kbs.co.kr", Instant.parse("2024-10-22T08:00:00Z"),
                    "YOON, NATO CHIEF DISCUSS N. KOREA",
                    List.of("Yesterday, President Yoon Suk Yeol discussed with NATO Secretary General Mark Rutte a response to North Korea."),
                    null, "2024-10-22", "meta", null, null, "KBS", "en", 18, null);
            in.pipeInput("a1", Json.bytes(article));
            in.pipeInput("bad", "{not json".getBytes(StandardCharsets.UTF_8));
            in.pipeInput("empty", "{}".getBytes(StandardCharsets.UTF_8));

            List<TestRecord<String, EnrichedArticle>> records = out.readRecordsToList();
            assertThat(records).hasSize(1);
            EnrichedArticle e = records.get(0).value();
            assertThat(records.get(0).key()).isEqualTo("a1");
            assertThat(e.eventDate()).isEqualTo("2024-10-21");
            assertThat(e.entities()).extracting(EntityRef::name).contains("Yoon Suk Yeol", "Mark Rutte", "NATO", "North Korea", "KBS");

            List<TestRecord<String, byte[]>> dead = dlq.readRecordsToList();
            assertThat(dead).extracting(TestRecord::key).containsExactly("bad", "empty");
            assertThat(new String(dead.get(0).headers().lastHeader(Guarded.H_REASON).value(), StandardCharsets.UTF_8)).isEqualTo("not-json");
            assertThat(new String(dead.get(1).headers().lastHeader(Guarded.H_REASON).value(), StandardCharsets.UTF_8)).isEqualTo("not-an-article");
            assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
            assertThat(meters.get("wiredesk.enrich.entities").summary().count()).isEqualTo(1);
            assertThat(meters.get("wiredesk.enrich.entities").summary().totalAmount()).isGreaterThanOrEqualTo(5);
        }
    }
}
