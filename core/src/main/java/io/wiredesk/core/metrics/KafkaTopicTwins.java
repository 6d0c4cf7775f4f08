package io.wiredesk.core.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import io.wiredesk.core.Topics;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Kafka consumer reports per-topic metrics twice for a topic whose name has dots: once tagged with the
 * name, once with the dots replaced by underscores (a legacy form). Summing lag by stage would count every
 * record twice, so this filter drops the underscored twins of wiredesk's topics.
 */
public final class KafkaTopicTwins implements MeterFilter {
    private final Set<String> twins;

    public KafkaTopicTwins() {
        this.twins = Topics.ALL.stream().filter(t -> t.contains(".")).map(t -> t.replace('.', '_')).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        if (!id.getName().startsWith("kafka.")) {
            return MeterFilterReply.NEUTRAL;
        }
        String topic = id.getTag("topic");
        return topic != null && twins.contains(topic) ? MeterFilterReply.DENY : MeterFilterReply.NEUTRAL;
    }
}
