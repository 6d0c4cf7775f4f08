package io.wiredesk.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.model.RawArticle;
import io.wiredesk.core.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The seed articles as a feeder would deliver them (scraped text, url and publisher from the manifest). */
final class Seeds {
    /** A fixed arrival time, after every seed was published, so results do not depend on the day tests run. */
    static final Instant RECEIVED = Instant.parse("2025-06-04T08:00:00Z");

    private Seeds() {
    }

    static List<String> files() {
        List<String> out = new ArrayList<>();
        SharedData.gold().get("articles").fieldNames().forEachRemaining(out::add);
        return out;
    }

    static JsonNode gold(String file) {
        return SharedData.gold().get("articles").get(file);
    }

    static List<String> lines(String file) {
        try {
            return Files.readAllLines(SharedData.seedsDir().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Without the manifest's publishedAt, so the extractor must find dates itself. */
    static RawArticle raw(String file) {
        return raw(file, false);
    }

    static RawArticle raw(String file, boolean withManifestDate) {
        JsonNode entry = manifest().get("articles").get(file);
        String published = withManifestDate && entry.hasNonNull("publishedAt") ? entry.get("publishedAt").asText() : null;
        return new RawArticle(RawArticle.SCHEMA, null, entry.get("url").asText(), entry.get("publisher").asText(),
                RECEIVED, published, RawArticle.TEXT, null, String.join("\n", lines(file)));
    }

    private static JsonNode manifest() {
        Path p = SharedData.seedsDir().resolve("manifest.json");
        try {
            return Json.MAPPER.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
