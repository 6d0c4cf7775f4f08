package io.wiredesk.bench.dedupe.quality;

import io.wiredesk.dedupe.eval.ClusterScores;
import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.app.Wiredesk;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.model.RawArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Story clustering quality of the whole pipeline: converts a labelled stories JSONL (../shared/data/stories) to
 * RawArticle JSONL (body = title + text as text/plain, url, publishedAt; ordered by publication day, undated last,
 * received one second apart), runs {@code wiredesk replay} on it (embedded broker, all four stages) and compares the
 * stories written with the gold ones: B-cubed and pairwise P/R/F1, ARI. Documents the clean stage rejects are
 * scored as singletons.
 *
 * <pre>java -cp bench/target/wiredesk-bench.jar io.wiredesk.bench.dedupe.quality.StoryEval FILE [STORY-PREFIX] [--partitions N]</pre>
 */
public final class StoryEval {
    private static final Instant FEED_START = Instant.parse("2026-01-01T00:00:00Z");

    private StoryEval() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: StoryEval STORIES.jsonl[.gz] [STORY-PREFIX] [--partitions N]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        String prefix = args.length > 1 && !args[1].startsWith("--") ? args[1] : "";
        String partitions = "1";
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals("--partitions")) {
                partitions = args[i + 1];
            }
        }
        List<JsonNode> records = read(file, prefix);
        Path work = Files.createTempDirectory("story-eval");
        Path in = work.resolve("raw.jsonl");
        Path out = work.resolve("stories.jsonl");
        try (Writer w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
            for (int i = 0; i < records.size(); i++) {
                w.write(Json.MAPPER.writeValueAsString(raw(records.get(i), FEED_START.plusSeconds(i))));
                w.write('\n');
            }
        }
        long start = System.nanoTime();
        int code = Wiredesk.commandLine().execute("replay", "--input", in.toString(), "--output", out.toString(), "--partitions", partitions);
        if (code != 0) {
            System.err.println("replay exited " + code);
            System.exit(1);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, String> storyOf = new HashMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            JsonNode story = Json.MAPPER.readTree(line);
            for (JsonNode a : story.path("articles")) {
                storyOf.put(a.get("id").asText(), story.get("storyId").asText());
            }
        }
        List<String> predicted = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        int missing = 0;
        for (JsonNode r : records) {
            String id = r.get("id").asText();
            String s = storyOf.get(id);
            if (s == null) {
                missing++;
                s = "alone:" + id;
            }
            predicted.add(s);
            gold.add(r.get("story").asText());
        }
        System.out.printf("%s%s: %d docs (%d in no story), %s partition(s), replay %.1f s%n%s%n", file.getFileName(),
                prefix.isEmpty() ? "" : " [" + prefix + "*]", records.size(), missing, partitions, seconds, ClusterScores.of(predicted, gold));
        System.exit(0);
    }

    static List<JsonNode> read(Path file, String prefix) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    JsonNode n = Json.MAPPER.readTree(line);
                    if (n.get("story").asText().startsWith(prefix)) {
                        records.add(n);
                    }
                }
            }
        }
        records.sort(Comparator.comparing((JsonNode n) -> published(n) == null ? "9999" : published(n)));
        return records;
    }

    static RawArticle raw(JsonNode n, Instant received) {
        String title = n.hasNonNull("title") ? n.get("title").asText().strip() : "";
        String text = n.path("text").asText("");
        String published = published(n);
        return new RawArticle(RawArticle.SCHEMA, n.get("id").asText(), n.hasNonNull("url") ? n.get("url").asText() : null, null,
                received, published == null ? null : published + "T00:00:00Z", RawArticle.TEXT, null,
                title.isEmpty() ? text : title + "\n\n" + text);
    }

    private static String published(JsonNode n) {
        return n.hasNonNull("published") && !n.get("published").asText().isBlank() ? n.get("published").asText() : null;
    }
}
