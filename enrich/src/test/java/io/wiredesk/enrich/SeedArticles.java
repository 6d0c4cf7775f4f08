package io.wiredesk.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seeds as the clean stage should deliver them, built from the gold labels: paragraphs = the
 * non-blank gold body lines, title, byline, credited agency and publication date as gold gives them.
 * Seeds without a stated publication date get a receipt time after the events (the crawl), so relative
 * dates and roles fall back to it as they would in production.
 */
final class SeedArticles {
    static final Instant CRAWLED = Instant.parse("2025-06-04T00:00:00Z");

    private SeedArticles() {
    }

    static Map<String, CleanArticle> all() {
        JsonNode gold = SharedData.gold();
        Map<String, CleanArticle> out = new LinkedHashMap<>();
        gold.path("articles").fields().forEachRemaining(e -> out.put(e.getKey(), article(e.getKey(), e.getValue())));
        return out;
    }

    static List<String> goldEntities(String file) {
        List<String> names = new ArrayList<>();
        SharedData.gold().path("entities").path(file).forEach(n -> names.add(n.asText()));
        return names;
    }

    private static CleanArticle article(String file, JsonNode g) {
        List<String> lines;
        try {
            lines = Files.readAllLines(SharedData.seedsDir().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> paragraphs = new ArrayList<>();
        for (JsonNode range : g.path("body_lines")) {
            int from = range.get(0).asInt();
            int to = Math.min(range.get(1).asInt(), lines.size());
            for (int i = from; i <= to; i++) {
                String line = lines.get(i - 1).strip();
                if (!line.isEmpty()) {
                    paragraphs.add(line);
                }
            }
        }
        String published = g.path("published").isNull() ? null : g.path("published").asText();
        return new CleanArticle(CleanArticle.SCHEMA, file, g.path("url").asText(), g.path("publisher").asText(), CRAWLED,
                g.path("title").asText(), List.copyOf(paragraphs), paragraphs.get(0), published, published == null ? null : "gold",
                text(g, "byline"), null, text(g, "credited_agency"), "en", 0, null);
    }

    private static String text(JsonNode g, String field) {
        return g.path(field).isNull() || g.path(field).isMissingNode() ? null : g.path(field).asText();
    }
}
