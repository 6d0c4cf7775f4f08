package io.wiredesk.app.dedupe;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.app.ArticlePublisher;
import io.wiredesk.app.EmbeddedPipeline;
import io.wiredesk.app.StoryReader;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.model.CanonicalStory;
import io.wiredesk.core.model.RawArticle;
import io.wiredesk.core.model.StoryMember;
import io.wiredesk.core.testing.SharedData;
import io.wiredesk.ingest.feed.ArticleSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Articles to replay through the embedded pipeline, and the stories that come out as sets of article ids. */
final class ReplayArticles {
    static final Instant T0 = Instant.parse("2024-03-01T08:00:00Z");

    private ReplayArticles() {
    }

    /**
     * The first {@code n} documents of ECB+ dev (../shared/data) as RawArticles in published order, undated last
     * (the file's documents are all undated: they keep the file's order), received a minute apart.
     */
    static Optional<List<RawArticle>> ecbPlus(int n) {
        Optional<Path> file = SharedData.dataFile("stories/ecbplus-dev.jsonl");
        if (file.isEmpty()) {
            return Optional.empty();
        }
        List<JsonNode> docs = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file.get())) {
                if (!line.isBlank()) {
                    docs.add(Json.MAPPER.readTree(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<JsonNode> ordered = docs.stream()
                .sorted(java.util.Comparator.comparing((JsonNode d) -> text(d, "published") == null ? 1 : 0)
                        .thenComparing(d -> text(d, "published") == null ? "" : text(d, "published")))
                .limit(n).toList();
        List<RawArticle> out = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            JsonNode d = ordered.get(i);
            out.add(new RawArticle(RawArticle.SCHEMA, null, "https://ecbplus.example/" + text(d, "id"), "ecbplus",
                    T0.plus(Duration.ofMinutes(i)), text(d, "published"), RawArticle.TEXT, text(d, "title"), text(d, "text")));
        }
        return Optional.of(out);
    }

    private static String text(JsonNode d, String field) {
        JsonNode v = d.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static List<RawArticle> shuffled(List<RawArticle> articles, long seed) {
        List<RawArticle> copy = new ArrayList<>(articles);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    static void publish(EmbeddedPipeline embedded, List<RawArticle> articles, boolean withSeeds) {
        try (ArticlePublisher publisher = new ArticlePublisher(embedded.config(), null)) {
            articles.forEach(publisher::publish);
            if (withSeeds) {
                new ArticleSources().read(List.of(SharedData.seedsDir()), publisher::publish);
            }
            publisher.flush();
        }
    }

    /** The live stories as "storyId: sorted member ids". */
    static Set<String> stories(EmbeddedPipeline embedded) {
        List<CanonicalStory> live = StoryReader.readLive(embedded.config());
        return live.stream()
                .map(s -> s.storyId() + ": " + s.members().stream().map(StoryMember::id).sorted().toList())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<Set<String>> groups(EmbeddedPipeline embedded) {
        return StoryReader.readLive(embedded.config()).stream()
                .map(s -> s.members().stream().map(StoryMember::id).collect(Collectors.toCollection(TreeSet::new)))
                .collect(Collectors.toSet());
    }
}
