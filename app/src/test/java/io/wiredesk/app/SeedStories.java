package io.wiredesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.ArticleIds;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.model.CanonicalStory;
import io.wiredesk.core.model.StoryMember;
import io.wiredesk.core.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The seeds' gold stories as sets of article ids, and the same view of what the pipeline produced. */
final class SeedStories {
    private SeedStories() {
    }

    /** Article id of each seed file, from the URL in seeds/manifest.json (the id the feeder gives it). */
    static Map<String, String> idsByFile() {
        try {
            JsonNode manifest = Json.MAPPER.readTree(SharedData.seedsDir().resolve("manifest.json").toFile()).get("articles");
            Map<String, String> ids = new HashMap<>();
            manifest.fields().forEachRemaining(e -> ids.put(e.getKey(), ArticleIds.of(e.getValue().get("url").asText(), null)));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<Set<String>> goldGroups() {
        Map<String, String> ids = idsByFile();
        Set<Set<String>> groups = new java.util.HashSet<>();
        SharedData.gold().get("stories").fields().forEachRemaining(e -> {
            Set<String> g = new TreeSet<>();
            e.getValue().forEach(f -> g.add(ids.get(f.asText())));
            groups.add(g);
        });
        return groups;
    }

    static Set<Set<String>> groups(List<CanonicalStory> stories) {
        return stories.stream()
                .map(s -> s.members().stream().map(StoryMember::id).collect(Collectors.toCollection(TreeSet::new)))
                .collect(Collectors.toSet());
    }

    static String goldFileOf(String articleId) {
        return idsByFile().entrySet().stream().filter(e -> e.getValue().equals(articleId)).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }
}
