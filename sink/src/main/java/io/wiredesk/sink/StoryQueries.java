package io.wiredesk.sink;

import io.wiredesk.core.model.CanonicalStory;
import io.wiredesk.core.model.StoryEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Answers story questions from the sink's local state stores (interactive queries). An instance sees
 * the stories of the partitions it hosts; lookups follow merges from a story to the one it went into.
 * Store access throws {@link org.apache.kafka.streams.errors.InvalidStateStoreException} while the
 * streams instance is not running or is rebalancing.
 */
public final class StoryQueries implements StoryFinder {
    /** Longest chain of merges a lookup follows (guards against a cycle in bad data). */
    static final int MAX_MERGE_HOPS = 32;
    static final Comparator<CanonicalStory> NEWEST_FIRST = Comparator
            .comparing(CanonicalStory::updated, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(CanonicalStory::storyId);

    private final Supplier<ReadOnlyKeyValueStore<String, StoryState>> stories;
    private final Supplier<ReadOnlyKeyValueStore<String, ArticleLink>> articles;

    public StoryQueries(KafkaStreams streams) {
        this(() -> streams.store(StoreQueryParameters.fromNameAndType(SinkStage.STORIES_STORE,
                        QueryableStoreTypes.<String, StoryState>keyValueStore())),
                () -> streams.store(StoreQueryParameters.fromNameAndType(SinkStage.ARTICLE_STORY_STORE,
                        QueryableStoreTypes.<String, ArticleLink>keyValueStore())));
    }

    private StoryQueries(Supplier<ReadOnlyKeyValueStore<String, StoryState>> stories,
            Supplier<ReadOnlyKeyValueStore<String, ArticleLink>> articles) {
        this.stories = stories;
        this.articles = articles;
    }

    /** Queries over given stores, e.g. those of a TopologyTestDriver. */
    public static StoryQueries over(ReadOnlyKeyValueStore<String, StoryState> stories,
            ReadOnlyKeyValueStore<String, ArticleLink> articles) {
        return new StoryQueries(() -> stories, () -> articles);
    }

    /** The story, or the story it was merged into. */
    @Override
    public Optional<CanonicalStory> story(String id) {
        ReadOnlyKeyValueStore<String, StoryState> store = stories.get();
        StoryState state = store.get(id);
        for (int hops = 0; state != null && state.ended() && state.mergedInto() != null && hops < MAX_MERGE_HOPS; hops++) {
            state = store.get(state.mergedInto());
        }
        return state == null || state.ended() ? Optional.empty() : Optional.of(CanonicalStories.build(state));
    }

    /**
     * Live stories, newest update first: only those naming the entity (wiredesk or Wikidata id) when
     * one is given, only those updated at or after {@code since} when given.
     */
    @Override
    public List<CanonicalStory> stories(String entityId, Instant since, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        List<CanonicalStory> found = new ArrayList<>();
        try (KeyValueIterator<String, StoryState> all = stories.get().all()) {
            while (all.hasNext()) {
                KeyValue<String, StoryState> next = all.next();
                StoryState state = next.value;
                if (state.ended() || (since != null && (state.updated() == null || state.updated().isBefore(since)))) {
                    continue;
                }
                CanonicalStory story = CanonicalStories.build(state);
                if (entityId == null || names(story, entityId)) {
                    found.add(story);
                }
            }
        }
        return found.stream().sorted(NEWEST_FIRST).limit(limit).toList();
    }

    /** The story the article belongs to, following merges. */
    @Override
    public Optional<CanonicalStory> storyOfArticle(String articleId) {
        return storyIdOfArticle(articleId).flatMap(this::story);
    }

    /**
     * One lookup step without following merges: the live story, or where it went when it was merged.
     * Empty when this instance does not know the id (or the story ended without a successor).
     */
    public Optional<StoryHop> hop(String id) {
        StoryState state = stories.get().get(id);
        if (state == null) {
            return Optional.empty();
        }
        if (!state.ended()) {
            return Optional.of(StoryHop.live(CanonicalStories.build(state)));
        }
        return state.mergedInto() == null ? Optional.empty() : Optional.of(StoryHop.merged(id, state.mergedInto()));
    }

    /** The id of the story the article was last placed in, as this instance's store knows it. */
    public Optional<String> storyIdOfArticle(String articleId) {
        ArticleLink link = articles.get().get(articleId);
        return link == null ? Optional.empty() : Optional.of(link.storyId());
    }

    private static boolean names(CanonicalStory story, String entityId) {
        for (StoryEntity e : story.entities()) {
            if (entityId.equals(e.id()) || entityId.equals(e.wikidata())) {
                return true;
            }
        }
        return false;
    }
}
