package io.wiredesk.sink;

import io.wiredesk.core.http.HttpEndpoints;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Wires the story API onto a process's HTTP server: the public query routes, the internal routes peers
 * call, and the live feed. With {@code self} (this instance's {@code application.server}) the queries span
 * every sink instance; without it they answer from this instance's stores only.
 */
public final class StoryApi implements AutoCloseable {
    /** Setting: how many clients may follow {@code /stories/feed} at once. */
    public static final String FEED_MAX_SUBSCRIBERS = "wiredesk.sink.feed.max.subscribers";
    public static final int DEFAULT_FEED_MAX_SUBSCRIBERS = 32;

    private final StoryFinder finder;
    private final StoryFeed feed;

    private StoryApi(StoryFinder finder, StoryFeed feed) {
        this.finder = finder;
        this.feed = feed;
    }

    /**
     * @param self where peers reach this instance, or null for a single instance
     * @param clientProperties Kafka client properties for the live feed, or null for no feed
     */
    public static StoryApi register(HttpEndpoints http, KafkaStreams streams, HostInfo self, Properties clientProperties,
            int maxFeedSubscribers) {
        StoryQueries local = new StoryQueries(streams);
        StoryFinder finder = self == null ? local : new ClusterStoryQueries(streams, self, local, new PeerStories());
        StoryRoutes.registerInternal(http, local);
        StoryRoutes.register(http, finder);
        StoryFeed feed = null;
        if (clientProperties != null) {
            feed = new StoryFeed(clientProperties, maxFeedSubscribers).start();
            http.stream("/stories/feed", feed);
        }
        return new StoryApi(finder, feed);
    }

    public StoryFinder finder() {
        return finder;
    }

    @Override
    public void close() {
        if (feed != null) {
            feed.close();
        }
    }
}
