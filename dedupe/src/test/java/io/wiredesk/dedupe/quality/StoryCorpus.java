package io.wiredesk.dedupe.quality;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.kafka.RejectedRecord;
import io.wiredesk.core.model.EnrichedArticle;
import io.wiredesk.core.model.RawArticle;
import io.wiredesk.enrich.Enricher;
import io.wiredesk.ingest.ArticleExtractor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/**
 * A labelled stories JSONL (../shared/data/stories) as a feed would deliver it: each document becomes a
 * text/plain RawArticle (body = title + text, url, publishedAt), ordered by publication day with the undated
 * last, received one second apart in that order, then cleaned and enriched by the real stages in-process.
 * Documents the clean stage rejects are left out (and counted).
 */
public final class StoryCorpus {
    /** When the feed starts: after every publication day in the sets, as when a backlog is replayed. */
    static final Instant FEED_START = Instant.parse("2026-01-01T00:00:00Z");

    private final List<LabelledDoc> docs;
    private final int rejected;

    private StoryCorpus(List<LabelledDoc> docs, int rejected) {
        this.docs = docs;
        this.rejected = rejected;
    }

    public List<LabelledDoc> docs() {
        return docs;
    }

    public int rejected() {
        return rejected;
    }

    /** Loads the records of {@code file} (.jsonl or .jsonl.gz) that {@code keep} accepts, in feed order. */
    public static StoryCorpus load(Path file, Predicate<JsonNode> keep) {
        List<JsonNode> records = read(file, keep);
        ArticleExtractor extractor = new ArticleExtractor();
        Enricher enricher = Enricher.shared();
        List<LabelledDoc> out = new ArrayList<>();
        int rejected = 0;
        for (int i = 0; i < records.size(); i++) {
            JsonNode n = records.get(i);
            RawArticle raw = raw(n, FEED_START.plusSeconds(i));
            try {
                EnrichedArticle enriched = enricher.enrich(extractor.extract(raw));
                out.add(new LabelledDoc(raw.id(), n.get("story").asText(), raw.publishedAt() != null, enriched));
            } catch (RejectedRecord e) {
                rejected++;
            }
        }
        return new StoryCorpus(List.copyOf(out), rejected);
    }

    /** Feed order: by publication day, undated last; ties in file order. */
    static List<JsonNode> read(Path file, Predicate<JsonNode> keep) {
        List<JsonNode> records = new ArrayList<>();
        try (InputStream in = open(file); BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    JsonNode n = Json.MAPPER.readTree(line);
                    if (keep.test(n)) {
                        records.add(n);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        records.sort(Comparator.comparing((JsonNode n) -> published(n) == null ? "9999" : published(n)));
        return records;
    }

    /** The document as a feed delivers it: plain text, headline first. */
    public static RawArticle raw(JsonNode n, Instant received) {
        String title = n.hasNonNull("title") ? n.get("title").asText().strip() : "";
        String text = n.path("text").asText("");
        String body = title.isEmpty() ? text : title + "\n\n" + text;
        String published = published(n);
        return new RawArticle(RawArticle.SCHEMA, n.get("id").asText(), n.hasNonNull("url") ? n.get("url").asText() : null, null,
                received, published == null ? null : published + "T00:00:00Z", RawArticle.TEXT, null, body);
    }

    private static String published(JsonNode n) {
        return n.hasNonNull("published") && !n.get("published").asText().isBlank() ? n.get("published").asText() : null;
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
    }
}
