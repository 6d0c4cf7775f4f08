package io.wiredesk.sink;

import com.sun.net.httpserver.HttpExchange;
import io.wiredesk.core.Dates;
import io.wiredesk.core.http.HttpEndpoints;
import io.wiredesk.core.http.HttpEndpoints.Response;
import io.wiredesk.core.model.CanonicalStory;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * The story query API: {@code GET /stories?entity=Q..&since=..&limit=..}, {@code GET /stories/{id}} and
 * {@code GET /articles/{id}/story}. Unknown ids answer 404, bad parameters 400, and 503 while the
 * stores are not queryable (starting, rebalancing) or a peer instance does not answer.
 */
public final class StoryRoutes {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    /** The body of {@code GET /stories}. */
    public record StoryList(int count, List<CanonicalStory> stories) {
    }

    private StoryRoutes() {
    }

    /** The public routes, answered by {@code finder} (this instance's stores, or the whole cluster). */
    public static void register(HttpEndpoints http, StoryFinder finder) {
        http.route("/stories", ex -> guarded(ex, () -> stories(ex, finder)));
        http.route("/articles/", ex -> guarded(ex, () -> articleStory(ex, finder)));
    }

    /**
     * The routes peers call: answers from this instance's stores only, without following merges to
     * other instances: {@code /internal/stories/{id}} (a {@link StoryHop}), {@code /internal/stories?...}
     * and {@code /internal/articles/{id}/story-id}.
     */
    public static void registerInternal(HttpEndpoints http, StoryQueries local) {
        http.route("/internal/", ex -> guarded(ex, () -> internal(ex, local)));
    }

    private static Response internal(HttpExchange ex, StoryQueries local) {
        List<String> path = segments(ex);
        if (path.size() == 2 && path.get(1).equals("stories")) {
            return list(ex, local);
        }
        if (path.size() == 3 && path.get(1).equals("stories")) {
            return local.hop(path.get(2)).map(h -> Response.json(200, h))
                    .orElseGet(() -> error(404, "unknown story " + path.get(2)));
        }
        if (path.size() == 4 && path.get(1).equals("articles") && path.get(3).equals("story-id")) {
            return local.storyIdOfArticle(path.get(2))
                    .map(id -> Response.json(200, new PeerStories.StoryIdOfArticle(path.get(2), id)))
                    .orElseGet(() -> error(404, "unknown article " + path.get(2)));
        }
        return error(404, "no such resource");
    }

    private static Response guarded(HttpExchange ex, Supplier<Response> handler) {
        if (!"GET".equals(ex.getRequestMethod())) {
            return error(405, "only GET is supported");
        }
        try {
            return handler.get();
        } catch (InvalidStateStoreException | StoriesUnavailableException e) {
            ex.getResponseHeaders().set("Retry-After", "1");
            return error(503, "stories are not queryable right now: " + e.getMessage());
        }
    }

    private static Response list(HttpExchange ex, StoryFinder finder) {
        Map<String, String> params = params(ex.getRequestURI().getRawQuery());
        List<CanonicalStory> found = finder.stories(blankToNull(params.get("entity")), since(params.get("since")),
                limit(params.get("limit")));
        return Response.json(200, new StoryList(found.size(), found));
    }

    private static Response stories(HttpExchange ex, StoryFinder queries) {
        List<String> path = segments(ex);
        if (!path.get(0).equals("stories")) {
            return error(404, "no such resource");
        }
        if (path.size() == 1) {
            return list(ex, queries);
        }
        if (path.size() == 2) {
            return found(queries.story(path.get(1)), "story " + path.get(1));
        }
        return error(404, "no such resource");
    }

    private static Response articleStory(HttpExchange ex, StoryFinder queries) {
        List<String> path = segments(ex);
        if (path.size() == 3 && path.get(2).equals("story")) {
            return found(queries.storyOfArticle(path.get(1)), "story of article " + path.get(1));
        }
        return error(404, "no such resource");
    }

    private static Response found(Optional<CanonicalStory> story, String what) {
        return story.map(s -> Response.json(200, s)).orElseGet(() -> error(404, "unknown " + what));
    }

    private static Response error(int status, String message) {
        return Response.json(status, Map.of("error", message));
    }

    /** Decoded, non-empty path segments: /stories/abc/ -> [stories, abc]. */
    static List<String> segments(HttpExchange ex) {
        return Arrays.stream(ex.getRequestURI().getPath().split("/")).filter(s -> !s.isEmpty()).toList();
    }

    static Map<String, String> params(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            params.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return params;
    }

    /** Every value of every parameter, in order: {@code ?entity=Q1&entity=Q2}. */
    static Map<String, List<String>> multiParams(String rawQuery) {
        Map<String, List<String>> params = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (!value.isBlank()) {
                params.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
            }
        }
        return params;
    }

    static Instant since(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        // an unencoded '+' of a zone offset arrives as a space
        String iso = value.trim().replace(' ', '+');
        return Dates.toInstant(iso)
                .orElseThrow(() -> new IllegalArgumentException("since must be an ISO instant or date, not '" + value + "'"));
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("limit must be a number, not '" + value + "'");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
