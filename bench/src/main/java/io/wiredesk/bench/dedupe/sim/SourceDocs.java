package io.wiredesk.bench.dedupe.sim;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the stories dev sets ({@code ../shared/data/stories/*.jsonl[.gz]}: id, story, title, text, published) as
 * {@link SourceDoc}s. ECB+ has no titles: its first line is the headline. NeuS text is running text: it is cut
 * into paragraphs of two sentences.
 */
public final class SourceDocs {
    private static final int HEADLINE_MAX_WORDS = 20;

    private SourceDocs() {
    }

    public static List<SourceDoc> read(Path file) throws IOException {
        List<SourceDoc> out = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    SourceDoc d = of(Json.MAPPER.readTree(line));
                    if (d != null) {
                        out.add(d);
                    }
                }
            }
        }
        return out;
    }

    /** The document, or null when it has no text to syndicate. */
    static SourceDoc of(JsonNode n) {
        String text = n.path("text").asText("").strip();
        String title = n.hasNonNull("title") ? n.get("title").asText().strip() : "";
        List<String> lines = new ArrayList<>(Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        if (lines.isEmpty()) {
            return null;
        }
        if (title.isEmpty() && lines.size() > 1 && words(lines.get(0)) <= HEADLINE_MAX_WORDS) {
            title = lines.remove(0);
        }
        List<String> paragraphs = lines.size() == 1 ? twoSentenceParagraphs(lines.get(0)) : lines;
        if (title.isEmpty()) {
            title = String.join(" ", Arrays.asList(paragraphs.get(0).split("\\s+")).subList(0, Math.min(10, words(paragraphs.get(0)))));
        }
        return new SourceDoc(n.get("id").asText(), n.get("story").asText(), title, List.copyOf(paragraphs), date(n));
    }

    private static List<String> twoSentenceParagraphs(String text) {
        String[] sentences = text.split("(?<=[.!?][\"”’']?)\\s+(?=[A-Z“\"])");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences.length; i += 2) {
            out.add(i + 1 < sentences.length ? sentences[i] + " " + sentences[i + 1] : sentences[i]);
        }
        return out;
    }

    private static int words(String s) {
        return s.split("\\s+").length;
    }

    private static LocalDate date(JsonNode n) {
        if (!n.hasNonNull("published")) {
            return null;
        }
        try {
            return LocalDate.parse(n.get("published").asText().strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
