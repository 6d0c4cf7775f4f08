package io.wiredesk.enrich.kb;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The entities wiredesk links, read from a JSON-lines file (one entity a line; see kb-tools/build_kb.py). */
public final class KnowledgeBase {
    public static final String DEFAULT_RESOURCE = "/kb/wiredesk-kb-v1.jsonl";

    private final Map<String, KbEntity> byId;
    private final Map<String, KbEntity> byName;

    private KnowledgeBase(List<KbEntity> entities) {
        this.byId = new LinkedHashMap<>();
        this.byName = new LinkedHashMap<>();
        for (KbEntity e : entities) {
            if (byId.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("duplicate entity id " + e.id());
            }
            byName.putIfAbsent(e.name(), e);
        }
    }

    public static KnowledgeBase loadDefault() {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("knowledge base " + DEFAULT_RESOURCE + " is not on the class path");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static KnowledgeBase load(InputStream in) throws IOException {
        List<KbEntity> entities = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                entities.add(entity(Json.MAPPER.readTree(line)));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("knowledge base line " + n + ": " + e.getMessage(), e);
            }
        }
        return new KnowledgeBase(entities);
    }

    public static KnowledgeBase of(List<KbEntity> entities) {
        return new KnowledgeBase(entities);
    }

    public Collection<KbEntity> entities() {
        return byId.values();
    }

    public Optional<KbEntity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<KbEntity> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public int size() {
        return byId.size();
    }

    public int aliasCount() {
        return byId.values().stream().mapToInt(e -> e.aliases().size()).sum();
    }

    private static KbEntity entity(JsonNode n) {
        List<KbAlias> aliases = new ArrayList<>();
        for (JsonNode a : n.path("aliases")) {
            List<String> context = new ArrayList<>();
            a.path("context").forEach(c -> context.add(c.asText()));
            aliases.add(new KbAlias(a.path("text").asText(), CasePolicy.of(text(a, "case")), AliasKind.of(text(a, "kind")),
                    date(a, "from"), date(a, "to"), List.copyOf(context), text(a, "role")));
        }
        return new KbEntity(n.path("id").asText(), text(n, "wikidata"), n.path("type").asText(), n.path("name").asText(),
                List.copyOf(aliases), n.path("prior").asDouble(0.5), text(n, "source"), text(n, "country"),
                text(n, "metonymOf"), text(n, "nameOrder"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(JsonNode n, String field) {
        String s = text(n, field);
        return s == null ? null : LocalDate.parse(s);
    }
}
