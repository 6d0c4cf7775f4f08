package io.wiredesk.ingest.feed.rss;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wiredesk.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the feed poller remembers across restarts, in {@code DIR/feed-state.json}: each feed's ETag and
 * Last-Modified, and the items already written (newest {@value #MAX_SEEN} kept). Saved by replacing the
 * file atomically, so a crash leaves the previous state.
 */
public final class FeedState {
    public static final String FILE = "feed-state.json";
    static final int MAX_SEEN = 100_000;

    /** A feed's validators for the next conditional GET. */
    public record Validators(String etag, String lastModified) {
    }

    private final Path file;
    private final Map<String, Validators> feeds = new LinkedHashMap<>();
    private final Set<String> seen = new LinkedHashSet<>();

    private FeedState(Path file) {
        this.file = file;
    }

    public static FeedState load(Path dir) {
        FeedState state = new FeedState(dir.resolve(FILE));
        if (!Files.exists(state.file)) {
            return state;
        }
        try {
            JsonNode root = Json.MAPPER.readTree(state.file.toFile());
            root.path("feeds").fields().forEachRemaining(e -> state.feeds.put(e.getKey(),
                    new Validators(text(e.getValue(), "etag"), text(e.getValue(), "lastModified"))));
            root.path("seen").forEach(n -> state.seen.add(n.asText()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read feed state " + state.file + ": " + e.getMessage(), e);
        }
        return state;
    }

    public Validators validators(String feedUrl) {
        return feeds.getOrDefault(feedUrl, new Validators(null, null));
    }

    public void validators(String feedUrl, Validators v) {
        feeds.put(feedUrl, v);
    }

    public boolean seen(String itemKey) {
        return seen.contains(itemKey);
    }

    public void markSeen(String itemKey) {
        seen.remove(itemKey);
        seen.add(itemKey);
        for (Iterator<String> oldest = seen.iterator(); seen.size() > MAX_SEEN; ) {
            oldest.next();
            oldest.remove();
        }
    }

    public int seenCount() {
        return seen.size();
    }

    public void save() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode f = root.putObject("feeds");
        feeds.forEach((url, v) -> {
            ObjectNode n = f.putObject(url);
            if (v.etag() != null) {
                n.put("etag", v.etag());
            }
            if (v.lastModified() != null) {
                n.put("lastModified", v.lastModified());
            }
        });
        ArrayNode s = root.putArray("seen");
        seen.forEach(s::add);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.write(tmp, Json.bytes(root));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save feed state " + file + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
