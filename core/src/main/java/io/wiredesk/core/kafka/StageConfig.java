package io.wiredesk.core.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Configuration of one stage: Kafka client/Streams properties plus wiredesk's own settings
 * ({@code wiredesk.*}). Twelve-factor: {@code WIREDESK_KAFKA_SASL_MECHANISM=PLAIN} becomes the client
 * property {@code sasl.mechanism}; {@code WIREDESK_DEDUPE_COPY_THRESHOLD=0.8} becomes the setting
 * {@code wiredesk.dedupe.copy.threshold}. A properties file may hold both kinds.
 */
public final class StageConfig {
    public static final String APP_ID_PREFIX = "wiredesk.application.id.prefix";
    /** Largest record the clients and topics accept: room for a 10 MB page on its way to the DLQ. */
    public static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

    private final Map<String, String> kafka;
    private final Map<String, String> settings;
    private final MeterRegistry meters;

    private StageConfig(Map<String, String> kafka, Map<String, String> settings, MeterRegistry meters) {
        this.kafka = Map.copyOf(kafka);
        this.settings = Map.copyOf(settings);
        this.meters = meters;
    }

    public static StageConfig of(String bootstrapServers) {
        return builder().kafka(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers).build();
    }

    /** Settings for topology tests and offline tools: no broker. */
    public static StageConfig forTests() {
        return builder().kafka(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "test:9092").build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.kafka.putAll(kafka);
        b.settings.putAll(settings);
        b.meters = meters;
        return b;
    }

    public String bootstrapServers() {
        return kafka.get(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG);
    }

    public MeterRegistry meters() {
        return meters;
    }

    public Map<String, String> kafka() {
        return kafka;
    }

    public Map<String, String> settings() {
        return settings;
    }

    public String applicationId(String stage) {
        return settings.getOrDefault(APP_ID_PREFIX, "wiredesk") + "-" + stage;
    }

    /** Streams properties of one stage: safe defaults, then everything the user set. */
    public Properties streamsProperties(String stage) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId(stage));
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "200");
        p.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, "0");
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), String.valueOf(MAX_RECORD_BYTES));
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), String.valueOf(MAX_RECORD_BYTES));
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // backstop for failures outside the Guarded functions (serdes, internal topics): Kafka's own DLQ
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, io.wiredesk.core.Topics.DLQ);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                org.apache.kafka.streams.errors.LogAndContinueExceptionHandler.class.getName());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler.class.getName());
        p.put(StreamsConfig.METRICS_RECORDING_LEVEL_CONFIG, "DEBUG");
        p.putAll(kafka);
        return p;
    }

    /** Plain client properties (admin, producer, consumer) for the same cluster. */
    public Properties clientProperties() {
        Properties p = new Properties();
        kafka.forEach((k, v) -> {
            if (!k.startsWith("processing.") && !k.startsWith("state.") && !k.startsWith("num.stream")) {
                p.put(k, v);
            }
        });
        return p;
    }

    public String get(String key, String fallback) {
        return settings.getOrDefault(key, fallback);
    }

    public int getInt(String key, int fallback) {
        String v = settings.get(key);
        return v == null ? fallback : parse(key, v, Integer::parseInt);
    }

    public long getLong(String key, long fallback) {
        String v = settings.get(key);
        return v == null ? fallback : parse(key, v, Long::parseLong);
    }

    public double getDouble(String key, double fallback) {
        String v = settings.get(key);
        return v == null ? fallback : parse(key, v, Double::parseDouble);
    }

    /** Durations as ISO-8601 ("P7D", "PT12H") or a number of milliseconds. */
    public Duration getDuration(String key, Duration fallback) {
        String v = settings.get(key);
        if (v == null) {
            return fallback;
        }
        return v.chars().allMatch(Character::isDigit) ? Duration.ofMillis(Long.parseLong(v)) : parse(key, v, Duration::parse);
    }

    private static <T> T parse(String key, String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("setting " + key + " has a bad value '" + value + "'", e);
        }
    }

    public static final class Builder {
        private final Map<String, String> kafka = new TreeMap<>();
        private final Map<String, String> settings = new TreeMap<>();
        private MeterRegistry meters;

        public Builder kafka(String key, String value) {
            kafka.put(key, value);
            return this;
        }

        public Builder setting(String key, String value) {
            settings.put(key, value);
            return this;
        }

        public Builder meters(MeterRegistry registry) {
            this.meters = registry;
            return this;
        }

        /** Reads WIREDESK_KAFKA_* (client properties) and other WIREDESK_* (settings) variables. */
        public Builder environment(Map<String, String> env) {
            env.forEach((name, value) -> {
                if (name.startsWith("WIREDESK_KAFKA_")) {
                    kafka.put(dotted(name.substring("WIREDESK_KAFKA_".length())), value);
                } else if (name.startsWith("WIREDESK_") && !name.equals("WIREDESK_HOME")) {
                    settings.put("wiredesk." + dotted(name.substring("WIREDESK_".length())), value);
                }
            });
            return this;
        }

        /** A properties file: keys starting with {@code wiredesk.} are settings, all others Kafka properties. */
        public Builder file(Path path) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(path)) {
                p.load(in);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read config file " + path + ": " + e.getMessage(), e);
            }
            p.stringPropertyNames().forEach(k -> {
                if (k.startsWith("wiredesk.")) {
                    settings.put(k, p.getProperty(k));
                } else {
                    kafka.put(k, p.getProperty(k));
                }
            });
            return this;
        }

        public StageConfig build() {
            return new StageConfig(kafka, settings, meters == null ? new SimpleMeterRegistry() : meters);
        }

        private static String dotted(String envName) {
            return envName.toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }
}
