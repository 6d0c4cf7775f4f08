package io.wiredesk.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A directory's {@code manifest.json}: file name -> {url, publisher, publishedAt, title}. Either the
 * map itself or wrapped in {@code {"articles": {...}}}.
 */
final class Manifest {
    private Manifest() {
    }

    static Map<String, JsonNode> read(Path file) {
        if (!Files.exists(file)) {
            return Map.of();
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is not valid JSON: " + e.getMessage(), e);
        }
        JsonNode entries = root.has("articles") ? root.get("articles") : root;
        if (!entries.isObject()) {
            throw new IllegalArgumentException(file + ": expected an object mapping file names to {url, publisher, publishedAt}");
        }
        Map<String, JsonNode> out = new HashMap<>();
        entries.fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                out.put(e.getKey(), e.getValue());
            }
        });
        return out;
    }
}
