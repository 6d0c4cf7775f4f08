package io.wiredesk.dedupe;

import io.wiredesk.core.Topics;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.json.JsonSerde;
import io.wiredesk.core.kafka.Guarded;
import io.wiredesk.core.kafka.RejectedRecord;
import io.wiredesk.core.kafka.Stage;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.metrics.StageMetrics;
import io.wiredesk.core.model.ArticleSummary;
import io.wiredesk.core.model.EnrichedArticle;
import io.wiredesk.core.model.StoryEvent;
import java.io.UncheckedIOException;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The DEDUPE stage: enriched articles in, story membership events out.
 *
 * <pre>
 * ENRICHED ─guard─┬─ NODE message ───────────────────────────────────────┐
 *                 └─ fingerprint + bucket keys ─ multicast repartition ── │
 *                     "dedupe-buckets" ─ BucketProcessor (compare) ─ EDGE ┤
 *                                                                         v
 *             DEDUPE_GRAPH (loop, keyed by article id) ─ NodeProcessor ─┬─ LABEL, REPORT, ASSIGN ─> DEDUPE_GRAPH
 *                                                                       └─ StoryEvent ─> STORY_EVENTS
 * </pre>
 *
 * Candidates are found by routing each article to the partitions owning its bucket keys (one record per
 * partition, {@link BucketPartitioner}), so a copy whose original sits on another partition is still found. Stories are decided per component of the link
 * graph by its coordinator (the member with the smallest order key) with cluster-level rules ({@link StoryClustering},
 * {@link NodeProcessor}), as a function of the component, so they do not depend on partition count or arrival order.
 */
public final class DedupeStage implements Stage {
    public static final String NAME = "dedupe";
    /** Name of the internal repartition topic (prefixed by the application id, suffixed "-repartition"). */
    public static final String BUCKET_TOPIC = "dedupe-buckets";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Topology build(StageConfig config) {
        DedupeSettings settings = DedupeSettings.from(config);
        ScaleSettings scale = ScaleSettings.from(config);
        StageMetrics metrics = new StageMetrics(config.meters(), NAME);
        Fingerprinter fingerprinter = new Fingerprinter(settings);
        BucketKeys bucketKeys = new BucketKeys(settings);
        JsonSerde<GraphMessage> graphSerde = JsonSerde.of(GraphMessage.class);

        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BucketProcessor.BUCKETS),
                Serdes.String(), new BucketMembersSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BucketProcessor.FEATURES),
                Serdes.String(), FingerprintSerde.indexed()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(NodeProcessor.STORE),
                Serdes.String(), JsonSerde.of(ArticleNode.class)));

        KStream<String, EnrichedArticle> articles = Guarded.source(builder, Topics.ENRICHED, metrics, (key, value) -> parse(value));

        KStream<String, Arrival> arrivals = articles.mapValues(
                a -> new Arrival(fingerprinter.of(a), ArticleSummary.of(a)), Named.as("dedupe-fingerprint"));
        arrivals.map((key, a) -> KeyValue.pair(a.fingerprint().id(), GraphMessage.node(a.fingerprint().orderKey(), a.summary())),
                        Named.as("dedupe-node-message"))
                .to(Topics.DEDUPE_GRAPH, Produced.with(Serdes.String(), graphSerde).withName("dedupe-nodes-to-graph"));
        arrivals.map((key, a) -> KeyValue.pair(a.fingerprint().id(), new BucketVisit(a.fingerprint(), bucketKeys.of(a.fingerprint()))),
                        Named.as("dedupe-scatter"))
                .filter((id, visit) -> !visit.bucketKeys().isEmpty(), Named.as("dedupe-has-buckets"))
                .repartition(Repartitioned.with(Serdes.String(), new BucketVisitSerde())
                        .withStreamPartitioner(new BucketPartitioner()).withName(BUCKET_TOPIC))
                .process(() -> new BucketProcessor(settings, scale, metrics), Named.as("dedupe-compare"),
                        BucketProcessor.BUCKETS, BucketProcessor.FEATURES)
                .to(Topics.DEDUPE_GRAPH, Produced.with(Serdes.String(), graphSerde).withName("dedupe-edges-to-graph"));

        KStream<String, NodeOutput> outputs = builder.stream(Topics.DEDUPE_GRAPH,
                        Consumed.with(Serdes.String(), graphSerde).withName("dedupe-graph-source"))
                .process(() -> new NodeProcessor(settings, metrics), Named.as("dedupe-graph-nodes"), NodeProcessor.STORE);
        outputs.filter((k, o) -> o.message() != null, Named.as("dedupe-graph-messages"))
                .mapValues(NodeOutput::message, Named.as("dedupe-graph-message"))
                .to(Topics.DEDUPE_GRAPH, Produced.with(Serdes.String(), graphSerde).withName("dedupe-labels-to-graph"));
        outputs.filter((k, o) -> o.event() != null, Named.as("dedupe-story-events"))
                .mapValues(NodeOutput::event, Named.as("dedupe-story-event"))
                .to(Topics.STORY_EVENTS, Produced.with(Serdes.String(), JsonSerde.of(StoryEvent.class)).withName("dedupe-events-sink"));
        return builder.build();
    }

    static EnrichedArticle parse(byte[] value) {
        EnrichedArticle a;
        try {
            a = Json.read(value, EnrichedArticle.class);
        } catch (UncheckedIOException e) {
            throw new RejectedRecord("not-json", e.getMessage(), e);
        }
        if (a == null || a.article() == null || (a.id() == null && a.article().id() == null)) {
            throw new RejectedRecord("invalid", "an enriched article needs an id and its clean article");
        }
        return a;
    }

    /** An arrived article's fingerprint and summary (in memory only, between two processors). */
    private record Arrival(Fingerprint fingerprint, ArticleSummary summary) {
    }
}
