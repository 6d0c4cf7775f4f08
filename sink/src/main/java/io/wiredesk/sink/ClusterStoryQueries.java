package io.wiredesk.sink;

import io.wiredesk.core.model.CanonicalStory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Story questions answered across every instance of the sink application (interactive queries): a key
 * is looked up on the instance that hosts its partition, found through Kafka Streams' metadata, which
 * each instance fills from its {@code application.server} setting. A merge chain may cross instances,
 * so each hop asks the owner of the next id. Lists gather every instance's local answer.
 */
public final class ClusterStoryQueries implements StoryFinder {
    private static final Serializer<String> KEYS = Serdes.String().serializer();

    private final KafkaStreams streams;
    private final HostInfo self;
    private final StoryQueries local;
    private final PeerStories peers;

    public ClusterStoryQueries(KafkaStreams streams, HostInfo self, StoryQueries local, PeerStories peers) {
        this.streams = streams;
        this.self = self;
        this.local = local;
        this.peers = peers;
    }

    @Override
    public Optional<CanonicalStory> story(String id) {
        String next = id;
        for (int hops = 0; hops < StoryQueries.MAX_MERGE_HOPS; hops++) {
            HostInfo owner = owner(SinkStage.STORIES_STORE, next);
            Optional<StoryHop> hop = owner.equals(self) ? local.hop(next) : peers.hop(owner, next);
            if (hop.isEmpty()) {
                return Optional.empty();
            }
            if (hop.get().story() != null) {
                return Optional.of(hop.get().story());
            }
            next = hop.get().mergedInto();
        }
        return Optional.empty();
    }

    @Override
    public List<CanonicalStory> stories(String entityId, Instant since, int limit) {
        List<CanonicalStory> all = new ArrayList<>();
        for (HostInfo host : hosts()) {
            all.addAll(host.equals(self) ? local.stories(entityId, since, limit) : peers.stories(host, entityId, since, limit));
        }
        return all.stream().sorted(StoryQueries.NEWEST_FIRST).limit(limit).toList();
    }

    @Override
    public Optional<CanonicalStory> storyOfArticle(String articleId) {
        HostInfo owner = owner(SinkStage.ARTICLE_STORY_STORE, articleId);
        Optional<String> storyId = owner.equals(self) ? local.storyIdOfArticle(articleId) : peers.storyIdOfArticle(owner, articleId);
        return storyId.flatMap(this::story);
    }

    private HostInfo owner(String store, String key) {
        KeyQueryMetadata metadata = streams.queryMetadataForKey(store, key, KEYS);
        if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE) || metadata.activeHost().port() < 0) {
            throw new StoriesUnavailableException("no instance hosts '" + key + "' of store " + store + " right now (starting or rebalancing)");
        }
        return metadata.activeHost();
    }

    private Set<HostInfo> hosts() {
        Collection<StreamsMetadata> all = streams.streamsMetadataForStore(SinkStage.STORIES_STORE);
        Set<HostInfo> hosts = new LinkedHashSet<>();
        all.forEach(m -> hosts.add(m.hostInfo()));
        if (hosts.isEmpty()) {
            throw new StoriesUnavailableException("no instance hosts the stories right now (starting or rebalancing)");
        }
        return hosts;
    }
}
