package io.wiredesk.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One document of an entity-linking benchmark in ELEVANT's JSON-lines format: the text and its gold
 * mentions (character spans, Wikidata id or {@code <NIL>} / {@code <NO_MAPPING>}).
 */
public record GoldDocument(String id, String text, List<GoldLabel> labels) {

    /** A gold mention [start, end); {@code qid} is null for NIL and NO_MAPPING mentions. */
    public record GoldLabel(int start, int end, String qid, String name) {
        public boolean linked() {
            return qid != null;
        }
    }

    public static List<GoldDocument> read(Path jsonl) throws IOException {
        List<GoldDocument> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    docs.add(of(Json.MAPPER.readTree(line)));
                }
            }
        }
        return docs;
    }

    static GoldDocument of(JsonNode n) {
        List<GoldLabel> labels = new ArrayList<>();
        for (JsonNode l : n.path("labels")) {
            String qid = l.path("entity_id").asText();
            labels.add(new GoldLabel(l.path("span").get(0).asInt(), l.path("span").get(1).asInt(),
                    qid.startsWith("Q") ? qid : null, l.path("name").asText()));
        }
        return new GoldDocument(n.path("id").asText(), n.path("text").asText(), List.copyOf(labels));
    }
}
