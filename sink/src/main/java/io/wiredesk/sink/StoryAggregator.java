package io.wiredesk.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.wiredesk.core.metrics.StageMetrics;
import io.wiredesk.core.model.CanonicalStory;
import io.wiredesk.core.model.StoryEvent;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Applies each story event to the story's state and forwards the story's new document, a tombstone
 * when the story has just ended, or nothing when the event changed nothing (replays, repeats).
 */
final class StoryAggregator implements FixedKeyProcessor<String, StoryEvent, CanonicalStory> {
    private final Counter merges;
    private final Counter tombstones;
    private final DistributionSummary sizes;
    private final StageMetrics metrics;
    private FixedKeyProcessorContext<String, CanonicalStory> context;
    private KeyValueStore<String, StoryState> stories;

    StoryAggregator(StageMetrics metrics) {
        this.merges = metrics.counter("wiredesk.story.merges", "Stories merged into another story");
        this.tombstones = metrics.counter("wiredesk.story.tombstones", "Stories removed from the stories topic");
        this.sizes = metrics.summary("wiredesk.story.size", "Members of a story, at each change");
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, CanonicalStory> context) {
        this.context = context;
        this.stories = context.getStateStore(SinkStage.STORIES_STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, StoryEvent> record) {
        StoryState before = stories.get(record.key());
        if (before == null) {
            before = StoryState.empty(record.key());
        }
        if (record.value().type() == StoryEvent.Type.MERGED) {
            merges.increment();
        }
        StoryState after = before.apply(record.value());
        if (after == before) {
            return;
        }
        stories.put(record.key(), after);
        if (!after.ended()) {
            sizes.record(after.members().size());
            if (record.value().article() != null) {
                metrics.recordEndToEnd(record.value().article().receivedAt());
            }
            context.forward(record.withValue(CanonicalStories.build(after)));
        } else if (!before.ended()) {
            tombstones.increment();
            context.forward(record.withValue(null));
        }
    }
}
