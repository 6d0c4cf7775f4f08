package io.wiredesk.dedupe;

import io.wiredesk.core.Topics;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.json.JsonSerde;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.model.EnrichedArticle;
import io.wiredesk.core.model.StoryEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Runs the dedupe topology in a TopologyTestDriver and folds the story events the way the sink does: a
 * story's members are the articles whose latest event for it is JOINED; MERGED ends a story.
 *
 * <p>The loop through {@link Topics#DEDUPE_GRAPH} closes by itself: TopologyTestDriver (Kafka 4.x) feeds a
 * record written to a topic that the topology also reads straight back in, until nothing is left. The graph
 * messages therefore only have to be drained here (piping them in again would process each twice).
 */
final class StoryGraphDriver implements AutoCloseable {
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> enriched;
    private final TestOutputTopic<String, GraphMessage> graphOut;
    private final TestOutputTopic<String, StoryEvent> events;
    private final TestOutputTopic<String, byte[]> dlq;
    private final Map<String, Map<String, StoryEvent>> members = new TreeMap<>();
    private final Set<String> ended = new HashSet<>();
    private final List<StoryEvent> log = new ArrayList<>();
    private int loopedMessages;

    StoryGraphDriver(StageConfig config) {
        Properties props = new Properties();
        props.putAll(config.kafka());
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dedupe-test");
        props.put(StreamsConfig.STATE_DIR_CONFIG, System.getProperty("java.io.tmpdir") + "/dedupe-ttd-" + System.nanoTime());
        driver = new TopologyTestDriver(new DedupeStage().build(config), props, Instant.parse("2024-01-01T00:00:00Z"));
        JsonSerde<GraphMessage> graphSerde = JsonSerde.of(GraphMessage.class);
        enriched = driver.createInputTopic(Topics.ENRICHED, Serdes.String().serializer(), Serdes.ByteArray().serializer());
        graphOut = driver.createOutputTopic(Topics.DEDUPE_GRAPH, Serdes.String().deserializer(), graphSerde.deserializer());
        events = driver.createOutputTopic(Topics.STORY_EVENTS, Serdes.String().deserializer(), JsonSerde.of(StoryEvent.class).deserializer());
        dlq = driver.createOutputTopic(Topics.DLQ, Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
    }

    StoryGraphDriver() {
        this(StageConfig.forTests());
    }

    void pipe(EnrichedArticle a) {
        pipeRaw(a.id(), Json.bytes(a));
    }

    void pipeRaw(String key, byte[] value) {
        enriched.pipeInput(key, value);
        settle();
    }

    /** Drains the graph messages (already processed by the driver) and folds the story events. */
    void settle() {
        loopedMessages += graphOut.readKeyValuesToList().size();
        for (StoryEvent e : events.readValuesToList()) {
            fold(e);
        }
    }

    /** As the sink folds them: MERGED empties a story, a later JOINED starts it again. */
    private void fold(StoryEvent e) {
        log.add(e);
        if (e.type() != StoryEvent.Type.JOINED && ended.contains(e.storyId())) {
            return;
        }
        switch (e.type()) {
            case JOINED -> {
                ended.remove(e.storyId());
                members.computeIfAbsent(e.storyId(), s -> new LinkedHashMap<>()).put(e.articleId(), e);
            }
            case LEFT -> members.getOrDefault(e.storyId(), new LinkedHashMap<>()).remove(e.articleId());
            case MERGED -> {
                ended.add(e.storyId());
                members.remove(e.storyId());
            }
        }
    }

    /** Story id -> (article id -> its latest JOINED event), stories without members left out. */
    Map<String, Map<String, StoryEvent>> stories() {
        Map<String, Map<String, StoryEvent>> out = new TreeMap<>();
        members.forEach((story, m) -> {
            if (!m.isEmpty()) {
                out.put(story, new TreeMap<>(m));
            }
        });
        return out;
    }

    /** The stories as sets of article ids. */
    Set<Set<String>> partition() {
        Set<Set<String>> out = new HashSet<>();
        stories().values().forEach(m -> out.add(new HashSet<>(m.keySet())));
        return out;
    }

    List<StoryEvent> log() {
        return log;
    }

    List<byte[]> deadLetters() {
        return dlq.readValuesToList();
    }

    /**
     * Serialized sizes (JSON bytes) of the article nodes' state: [count, total, largest, summaries, links, heard,
     * coordinators' views].
     */
    long[] nodeStateBytes() {
        org.apache.kafka.streams.state.KeyValueStore<String, ArticleNode> store = driver.getKeyValueStore(NodeProcessor.STORE);
        long[] out = new long[7];
        try (var it = store.all()) {
            while (it.hasNext()) {
                ArticleNode n = it.next().value;
                long bytes = Json.bytes(n).length;
                out[0]++;
                out[1] += bytes;
                out[2] = Math.max(out[2], bytes);
                out[3] += n.summary() == null ? 0 : Json.bytes(n.summary()).length;
                out[4] += Json.bytes(n.neighbours()).length;
                out[5] += Json.bytes(n.heard()).length;
                out[6] += Json.bytes(n.view()).length;
            }
        }
        return out;
    }

    int loopedMessages() {
        return loopedMessages;
    }

    @Override
    public void close() {
        driver.close();
    }
}
