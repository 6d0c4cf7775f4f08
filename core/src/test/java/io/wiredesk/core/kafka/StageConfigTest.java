package io.wiredesk.core.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StageConfigTest {
    @TempDir
    Path tmp;

    @Test
    void environmentGivesKafkaPropertiesAndSettings() {
        StageConfig c = StageConfig.builder().environment(Map.of(
                "WIREDESK_KAFKA_BOOTSTRAP_SERVERS", "broker:9092",
                "WIREDESK_KAFKA_SASL_MECHANISM", "PLAIN",
                "WIREDESK_DEDUPE_COPY_THRESHOLD", "0.8",
                "PATH", "/usr/bin")).build();
        assertThat(c.bootstrapServers()).isEqualTo("broker:9092");
        assertThat(c.kafka()).containsEntry("sasl.mechanism", "PLAIN");
        assertThat(c.getDouble("wiredesk.dedupe.copy.threshold", 0.5)).isEqualTo(0.8);
        assertThat(c.settings()).doesNotContainKey("path");
    }

    @Test
    void streamsPropertiesDefaultToExactlyOnceAndLetTheUserOverride() {
        Properties p = StageConfig.of("b:1").streamsProperties("clean");
        assertThat(p.getProperty(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("wiredesk-clean");
        assertThat(p.getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        Properties q = StageConfig.builder().kafka(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "at_least_once")
                .setting(StageConfig.APP_ID_PREFIX, "team-a").build().streamsProperties("sink");
        assertThat(q.getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo("at_least_once");
        assertThat(q.getProperty(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("team-a-sink");
    }

    @Test
    void fileSplitsSettingsFromClientProperties() throws Exception {
        Path f = tmp.resolve("w.properties");
        Files.writeString(f, "bootstrap.servers=x:1\nsecurity.protocol=SASL_SSL\nwiredesk.dedupe.window=P7D\n");
        StageConfig c = StageConfig.builder().file(f).build();
        assertThat(c.clientProperties().getProperty("security.protocol")).isEqualTo("SASL_SSL");
        assertThat(c.getDuration("wiredesk.dedupe.window", Duration.ZERO)).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aBadValueNamesItsSetting() {
        StageConfig c = StageConfig.builder().setting("wiredesk.clean.min.words", "many").build();
        assertThatThrownBy(() -> c.getInt("wiredesk.clean.min.words", 5))
                .hasMessageContaining("wiredesk.clean.min.words").hasMessageContaining("many");
        assertThatThrownBy(() -> StageConfig.builder().file(tmp.resolve("missing.properties")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot read config file");
    }
}
