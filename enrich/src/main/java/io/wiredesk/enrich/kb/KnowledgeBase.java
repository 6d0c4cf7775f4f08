package io.wiredesk.enrich.kb;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.wiredesk.core.json.Json;
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

/**
 * The entities wiredesk links, read from a JSON-lines file (one entity a line; see kb-tools/build_kb.py),
 * shipped gzipped. {@link #load(java.nio.file.Path)} reads another build (plain or {@code .gz}).
 */
public final class KnowledgeBase {
    public static final String DEFAULT_RESOURCE = "/kb/wiredesk-kb-v1.jsonl.gz";

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
            return load(new java.util.zip.GZIPInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static KnowledgeBase load(InputStream in) throws IOException {
        List<KbEntity> entities = new ArrayList<>();
        // one streaming parser over the whole file (entities are top-level objects one after another):
        // several times faster than a tree per line while the JIT is still cold
        try (JsonParser p = Json.MAPPER.getFactory().createParser(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t != JsonToken.START_OBJECT) {
                    throw new IllegalArgumentException("knowledge base line " + p.getCurrentLocation().getLineNr() + ": not an object");
                }
                try {
                    entities.add(entity(p));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("knowledge base line " + p.getCurrentLocation().getLineNr() + ": " + e.getMessage(), e);
                }
            }
        }
        return new KnowledgeBase(entities);
    }

    public static KnowledgeBase load(java.nio.file.Path file) throws IOException {
        try (InputStream raw = java.nio.file.Files.newInputStream(file)) {
            return load(file.toString().endsWith(".gz") ? new java.util.zip.GZIPInputStream(raw, 1 << 16) : raw);
        }
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

    private static KbEntity entity(JsonParser p) throws IOException {
        String id = null;
        String wikidata = null;
        String type = null;
        String name = null;
        String source = null;
        String country = null;
        String metonymOf = null;
        String nameOrder = null;
        double prior = 0.5;
        List<KbAlias> aliases = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.getCurrentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "id" -> id = p.getValueAsString();
                case "wikidata" -> wikidata = p.getValueAsString();
                case "type" -> type = p.getValueAsString();
                case "name" -> name = p.getValueAsString();
                case "source" -> source = p.getValueAsString();
                case "country" -> country = p.getValueAsString();
                case "metonymOf" -> metonymOf = p.getValueAsString();
                case "nameOrder" -> nameOrder = p.getValueAsString();
                case "prior" -> prior = p.getValueAsDouble(0.5);
                case "aliases" -> {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        aliases.add(alias(p));
                    }
                }
                default -> {
                    if (v.isStructStart()) {
                        p.skipChildren();
                    }
                }
            }
        }
        if (id == null || name == null || type == null) {
            throw new IllegalArgumentException("entity without id, name or type");
        }
        return new KbEntity(id, wikidata, type, name, List.copyOf(aliases), prior, source, country, metonymOf, nameOrder);
    }

    private static KbAlias alias(JsonParser p) throws IOException {
        String text = null;
        String casePolicy = null;
        String kind = null;
        String from = null;
        String to = null;
        String role = null;
        List<String> context = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.getCurrentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "text" -> text = p.getValueAsString();
                case "case" -> casePolicy = p.getValueAsString();
                case "kind" -> kind = p.getValueAsString();
                case "from" -> from = p.getValueAsString();
                case "to" -> to = p.getValueAsString();
                case "role" -> role = p.getValueAsString();
                case "context" -> {
                    List<String> c = new ArrayList<>(1);
                    while (p.nextToken() == JsonToken.VALUE_STRING) {
                        c.add(p.getText());
                    }
                    context = List.copyOf(c);
                }
                default -> {
                    if (v.isStructStart()) {
                        p.skipChildren();
                    }
                }
            }
        }
        return new KbAlias(text, CasePolicy.of(casePolicy), AliasKind.of(kind), from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), context, role);
    }

}
