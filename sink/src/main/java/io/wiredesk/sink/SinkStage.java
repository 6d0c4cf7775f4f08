package io.wiredesk.sink;

import io.wiredesk.core.Topics;
import io.wiredesk.core.json.JsonSerde;
import io.wiredesk.core.kafka.Guarded;
import io.wiredesk.core.kafka.Stage;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.metrics.StageMetrics;
import io.wiredesk.core.model.CanonicalStory;
import io.wiredesk.core.model.StoryEvent;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * The SINK stage: story events (keyed by story id) become canonical story documents in the compacted
 * stories topic, with a tombstone for a story that ends. Keeps two queryable stores: the state of every
 * story, and the story each article was last placed in.
 */
public final class SinkStage implements Stage {
    public static final String NAME = "sink";
    /** Story id -> {@link StoryState}. */
    public static final String STORIES_STORE = "stories";
    /** Article id -> {@link ArticleLink}. */
    public static final String ARTICLE_STORY_STORE = "article-story";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Topology build(StageConfig config) {
        StageMetrics metrics = new StageMetrics(config.meters(), NAME);
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORIES_STORE),
                Serdes.String(), JsonSerde.of(StoryState.class)));

        KStream<String, StoryEvent> events = Guarded.source(builder, Topics.STORY_EVENTS, metrics, StoryEvents::parse);

        events.processValues(() -> new StoryAggregator(metrics), Named.as("sink-aggregate"), STORIES_STORE)
                .to(Topics.STORIES, Produced.with(Serdes.String(), JsonSerde.of(CanonicalStory.class)).withName("sink-to-stories"));

        indexArticles(events);
        return builder.build();
    }

    /**
     * Article id -> story: JOINED places the article in its story, LEFT in the story it moved to. Merges
     * are not indexed here; lookups follow the merge markers of the stories store.
     */
    private static void indexArticles(KStream<String, StoryEvent> events) {
        JsonSerde<ArticleLink> linkSerde = JsonSerde.of(ArticleLink.class);
        events.filter((storyId, e) -> e.type() != StoryEvent.Type.MERGED, Named.as("sink-placements"))
                .map((storyId, e) -> KeyValue.pair(articleId(e), new ArticleLink(
                        e.type() == StoryEvent.Type.JOINED ? e.storyId() : e.intoStoryId(), e.at())), Named.as("sink-by-article"))
                .groupByKey(Grouped.with("sink-article-story", Serdes.String(), linkSerde))
                .reduce(ArticleLink::latest, Named.as("sink-article-story-latest"),
                        Materialized.<String, ArticleLink, KeyValueStore<Bytes, byte[]>>as(ARTICLE_STORY_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(linkSerde));
    }

    private static String articleId(StoryEvent e) {
        return e.type() == StoryEvent.Type.JOINED ? e.article().id() : e.articleId();
    }
}
