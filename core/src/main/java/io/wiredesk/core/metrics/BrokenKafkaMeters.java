package io.wiredesk.core.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import java.util.Set;

/**
 * Kafka metrics that carry no information and break Prometheus's rules: RocksDB's {@code number-open-files}
 * is a cumulative sum that Kafka Streams 4.x sets to -1 (RocksDB no longer counts file closes) once its
 * statistics are first recorded, a minute after start; Prometheus counters cannot be negative.
 */
public final class BrokenKafkaMeters implements MeterFilter {
    private static final Set<String> DENIED = Set.of("kafka.stream.state.number.open.files");

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        return DENIED.contains(id.getName()) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }
}
