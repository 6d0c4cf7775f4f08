package io.wiredesk.core.kafka;

import io.wiredesk.core.Topics;
import io.wiredesk.core.metrics.StageMetrics;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Runs a stage's record function so that no input can kill a stream thread or vanish: a record the
 * function rejects or fails on goes to {@link Topics#DLQ} with its original bytes and headers saying
 * which stage, why, and where it came from; the DLQ counter says how many.
 */
public final class Guarded {
    public static final String H_STAGE = "wiredesk.stage";
    public static final String H_REASON = "wiredesk.reason";
    public static final String H_EXCEPTION = "wiredesk.exception";
    public static final String H_MESSAGE = "wiredesk.message";
    public static final String H_TOPIC = "wiredesk.source.topic";
    public static final String H_PARTITION = "wiredesk.source.partition";
    public static final String H_OFFSET = "wiredesk.source.offset";
    /** Reason for failures that are not a {@link RejectedRecord}. */
    public static final String PROCESSING_ERROR = "processing-error";

    @FunctionalInterface
    public interface RecordFunction<O> {
        /** The output for one input value, or null when the input rightly has none (never for bad input: throw). */
        O apply(String key, byte[] value) throws Exception;
    }

    private Guarded() {
    }

    /** A stage's input: {@code topic} read as bytes and passed through {@code fn} as {@link #apply} does. */
    public static <O> KStream<String, O> source(StreamsBuilder builder, String topic, StageMetrics metrics, RecordFunction<O> fn) {
        KStream<String, byte[]> input = builder.stream(topic,
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(metrics.stage() + "-source"));
        return apply(input, metrics, fn);
    }

    public static <O> KStream<String, O> apply(KStream<String, byte[]> input, StageMetrics metrics, RecordFunction<O> fn) {
        String stage = metrics.stage();
        KStream<String, Outcome<O>> outcomes = input.processValues(
                () -> new GuardProcessor<>(metrics, fn), Named.as(stage + "-guard"));
        outcomes.filter((k, o) -> o.failed(), Named.as(stage + "-failed"))
                .mapValues(Outcome::original, Named.as(stage + "-original-bytes"))
                .to(Topics.DLQ, Produced.with(Serdes.String(), Serdes.ByteArray()).withName(stage + "-to-dlq"));
        return outcomes.filter((k, o) -> !o.failed() && o.value() != null, Named.as(stage + "-succeeded"))
                .mapValues(Outcome::value, Named.as(stage + "-value"));
    }

    record Outcome<O>(O value, byte[] original, boolean failed) {
    }

    private static final class GuardProcessor<O> implements FixedKeyProcessor<String, byte[], Outcome<O>> {
        private final StageMetrics metrics;
        private final RecordFunction<O> fn;
        private FixedKeyProcessorContext<String, Outcome<O>> context;

        GuardProcessor(StageMetrics metrics, RecordFunction<O> fn) {
            this.metrics = metrics;
            this.fn = fn;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, Outcome<O>> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, byte[]> record) {
            metrics.recordIn();
            long start = System.nanoTime();
            try {
                O out = fn.apply(record.key(), record.value());
                context.forward(record.withValue(new Outcome<>(out, null, false)));
                if (out != null) {
                    metrics.recordOut();
                }
            } catch (Exception | StackOverflowError e) {
                String reason = e instanceof RejectedRecord r ? r.reason() : PROCESSING_ERROR;
                metrics.deadLetter(reason);
                Headers headers = deadLetterHeaders(record.headers(), metrics.stage(), reason, e, context.recordMetadata());
                context.forward(record.withValue(new Outcome<O>(null, record.value(), true)).withHeaders(headers));
            } finally {
                metrics.latency().record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            }
        }
    }

    static Headers deadLetterHeaders(Headers original, String stage, String reason, Throwable e, Optional<RecordMetadata> source) {
        RecordHeaders h = new RecordHeaders(original == null ? new RecordHeaders().toArray() : original.toArray());
        put(h, H_STAGE, stage);
        put(h, H_REASON, reason);
        put(h, H_EXCEPTION, e.getClass().getName());
        put(h, H_MESSAGE, String.valueOf(e.getMessage()));
        source.ifPresent(m -> {
            put(h, H_TOPIC, m.topic());
            put(h, H_PARTITION, String.valueOf(m.partition()));
            put(h, H_OFFSET, String.valueOf(m.offset()));
        });
        return h;
    }

    private static void put(RecordHeaders h, String key, String value) {
        h.remove(key);
        h.add(key, value.getBytes(StandardCharsets.UTF_8));
    }
}
