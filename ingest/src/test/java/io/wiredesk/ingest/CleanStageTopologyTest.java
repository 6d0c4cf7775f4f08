package io.wiredesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.Topics;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.json.JsonSerde;
import io.wiredesk.core.kafka.Guarded;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.model.RawArticle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CleanStageTopologyTest {
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> raw;
    private TestOutputTopic<String, CleanArticle> clean;
    private TestOutputTopic<String, byte[]> dlq;

    @BeforeEach
    void start() {
        StageConfig config = StageConfig.forTests();
        Properties props = config.streamsProperties(CleanStage.NAME);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        driver = new TopologyTestDriver(new CleanStage().build(config), props);
        raw = driver.createInputTopic(Topics.RAW, Serdes.String().serializer(), Serdes.ByteArray().serializer());
        clean = driver.createOutputTopic(Topics.CLEAN, Serdes.String().deserializer(),
                JsonSerde.of(CleanArticle.class).deserializer());
        dlq = driver.createOutputTopic(Topics.DLQ, Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void cleansSeedsAndKeysThemByArticleId() {
        for (String file : Seeds.files()) {
            raw.pipeInput(file, Json.bytes(Seeds.raw(file)));
        }
        List<TestRecord<String, CleanArticle>> out = clean.readRecordsToList();
        assertThat(out).hasSize(Seeds.files().size());
        assertThat(out).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(r.value().id()).startsWith("a-");
            assertThat(r.value().paragraphs()).isNotEmpty();
        });
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void keepsAGivenIdAndFillsAMissingReceivedAt() {
        RawArticle article = new RawArticle(RawArticle.SCHEMA, "a-given", null, "example.org", null, null, RawArticle.TEXT,
                "A title", "The council approved the new budget on Monday after a long debate about schools and roads.");
        raw.pipeInput("k", Json.bytes(article));
        CleanArticle out = clean.readValue();
        assertThat(out.id()).isEqualTo("a-given");
        assertThat(out.receivedAt()).isNotNull();
        assertThat(out.title()).isEqualTo("A title");
    }

    @Test
    void sendsBadInputToTheDeadLetterTopicWithItsReason() {
        byte[] notJson = "<html>not json</html>".getBytes(StandardCharsets.UTF_8);
        byte[] noBody = Json.bytes(new RawArticle(RawArticle.SCHEMA, null, "https://example.org/a", null, null, null,
                RawArticle.HTML, "t", null));
        byte[] huge = Json.bytes(new RawArticle(RawArticle.SCHEMA, null, "https://example.org/b", null, null, null,
                RawArticle.TEXT, "t", "word ".repeat(2_000_000)));
        byte[] binary = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, (byte) 0xff, (byte) 0xfe};
        byte[] binaryBody = Json.bytes(new RawArticle(RawArticle.SCHEMA, null, null, null, null, null, RawArticle.TEXT, "t",
                "GIF89a\u0000\u0001\u0000\u0080 some text"));
        raw.pipeInput("not-json", notJson);
        raw.pipeInput("no-body", noBody);
        raw.pipeInput("huge", huge);
        raw.pipeInput("binary", binary);
        raw.pipeInput("binary-body", binaryBody);

        List<TestRecord<String, byte[]>> dead = dlq.readRecordsToList();
        assertThat(dead).extracting(TestRecord::key).containsExactly("not-json", "no-body", "huge", "binary", "binary-body");
        assertThat(dead).extracting(r -> header(r, Guarded.H_REASON))
                .containsExactly("not-json", "missing-body", "too-large", "binary", "binary");
        assertThat(dead).extracting(r -> header(r, Guarded.H_STAGE)).containsOnly("clean");
        assertThat(dead.get(0).value()).isEqualTo(notJson);
        assertThat(dead.get(2).value()).isEqualTo(huge);
        assertThat(dead.get(3).value()).isEqualTo(binary);
        assertThat(clean.isEmpty()).isTrue();
    }

    @Test
    void rejectsPagesWithoutArticleText() {
        byte[] menuOnly = Json.bytes(new RawArticle(RawArticle.SCHEMA, null, "https://example.org/c", null, null, null,
                RawArticle.TEXT, null, "Home\nMenu\nShare\nComments0\nLeave a Comment"));
        raw.pipeInput("menu", menuOnly);
        assertThat(header(dlq.readRecord(), Guarded.H_REASON)).isEqualTo("no-content");
    }

    private static String header(TestRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
