package io.wiredesk.bench;

import io.wiredesk.core.kafka.StageConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The baseline: four Streams applications that copy records from one topic to the next, with the same
 * client settings (exactly-once, compression) as the wiredesk stages.
 */
final class PassThroughChain implements AutoCloseable {
    private final List<KafkaStreams> apps = new ArrayList<>();

    PassThroughChain(StageConfig config, List<String> topics, Path stateDir) {
        for (int i = 0; i + 1 < topics.size(); i++) {
            StreamsBuilder b = new StreamsBuilder();
            b.stream(topics.get(i), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                    .to(topics.get(i + 1), Produced.with(Serdes.String(), Serdes.ByteArray()));
            Properties p = config.streamsProperties("passthrough-" + i);
            p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
            apps.add(new KafkaStreams(b.build(), p));
        }
    }

    List<String> applicationIds(StageConfig config) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < apps.size(); i++) {
            ids.add(config.applicationId("passthrough-" + i));
        }
        return ids;
    }

    void start() throws InterruptedException {
        apps.forEach(KafkaStreams::start);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (apps.stream().anyMatch(a -> a.state() != KafkaStreams.State.RUNNING)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("pass-through apps not running after 120 s");
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() {
        apps.forEach(KafkaStreams::close);
    }
}
