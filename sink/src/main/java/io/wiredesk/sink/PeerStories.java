package io.wiredesk.sink;

import io.wiredesk.core.json.Json;
import io.wiredesk.core.model.CanonicalStory;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks another sink instance about the stories in its own stores, over the internal routes that
 * {@link StoryRoutes#registerInternal} serves. Any failure to get an answer is a
 * {@link StoriesUnavailableException}: a 404 is an answer (the peer does not know the id).
 */
public final class PeerStories {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    /** Body of {@code GET /internal/articles/{id}/story-id}. */
    public record StoryIdOfArticle(String articleId, String storyId) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public Optional<StoryHop> hop(HostInfo peer, String storyId) {
        return get(peer, "/internal/stories/" + encode(storyId)).map(body -> Json.read(body, StoryHop.class));
    }

    public Optional<String> storyIdOfArticle(HostInfo peer, String articleId) {
        return get(peer, "/internal/articles/" + encode(articleId) + "/story-id")
                .map(body -> Json.read(body, StoryIdOfArticle.class).storyId());
    }

    public List<CanonicalStory> stories(HostInfo peer, String entityId, Instant since, int limit) {
        StringBuilder query = new StringBuilder("/internal/stories?limit=").append(limit);
        if (entityId != null) {
            query.append("&entity=").append(encode(entityId));
        }
        if (since != null) {
            query.append("&since=").append(encode(since.toString()));
        }
        return get(peer, query.toString()).map(body -> Json.read(body, StoryRoutes.StoryList.class).stories())
                .orElseThrow(() -> new StoriesUnavailableException("peer " + peer + " has no story list"));
    }

    private Optional<byte[]> get(HostInfo peer, String pathAndQuery) {
        URI uri = URI.create("http://" + peer.host() + ":" + peer.port() + pathAndQuery);
        HttpResponse<byte[]> response;
        try {
            response = client.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new StoriesUnavailableException("peer " + peer + " does not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoriesUnavailableException("interrupted while asking peer " + peer, e);
        }
        return switch (response.statusCode()) {
            case 200 -> Optional.of(response.body());
            case 404 -> Optional.empty();
            default -> throw new StoriesUnavailableException("peer " + peer + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        };
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
