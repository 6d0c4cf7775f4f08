package io.wiredesk.bench.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.enrich.Enricher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Writes what the linker makes of a fixed body of text, one JSON line per call, so that a change meant to
 * be a pure speed-up can be shown to change nothing: {@code Enricher.link} on the seeds (no date and a fixed
 * date), on the texts of the ../shared/data entity-linking sets, and {@code Enricher.link} and
 * {@code Enricher.enrich} on every ECB+ and NeuS document of ../shared/data/stories (read in place). Run before
 * and after, then compare the files. Usage:
 * {@code java -cp bench/target/wiredesk-bench.jar io.wiredesk.bench.enrich.LinkerOutputDump OUT.jsonl}
 */
public final class LinkerOutputDump {
    private static final Instant RECEIVED = Instant.parse("2025-06-04T00:00:00Z");

    private LinkerOutputDump() {
    }

    public static void main(String[] args) throws Exception {
        Enricher enricher = Enricher.shared();
        int lines = 0;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            try (Stream<Path> files = Files.list(BenchArticles.locate("seeds"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String text = Files.readString(f);
                    out.println("seed " + f.getFileName() + " " + Json.MAPPER.writeValueAsString(enricher.link(text, null)));
                    out.println("seed-dated " + f.getFileName() + " "
                            + Json.MAPPER.writeValueAsString(enricher.link(text, LocalDate.of(2024, 11, 1))));
                    lines += 2;
                }
            }
            for (String set : List.of("reuters-128", "rss-500")) {
                Path p = BenchArticles.locate("../shared/data/entities/" + set + ".benchmark.jsonl");
                int i = 0;
                for (String line : p == null ? List.<String>of() : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    String text = Json.MAPPER.readTree(line).path("text").asText();
                    out.println(set + " " + i++ + " " + Json.MAPPER.writeValueAsString(enricher.link(text, null)));
                    lines++;
                }
            }
            lines += stories(enricher, out, "ecbplus", BenchArticles.locate("../shared/data/stories/ecbplus-dev.jsonl"), false);
            lines += stories(enricher, out, "neus", BenchArticles.locate("../shared/data/stories/neus-dev.jsonl.gz"), true);
        }
        System.out.printf("%d lines written to %s%n", lines, args[0]);
    }

    private static int stories(Enricher enricher, PrintWriter out, String tag, Path file, boolean gzip) throws IOException {
        if (file == null) {
            return 0;
        }
        int i = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                gzip ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                JsonNode n = Json.MAPPER.readTree(line);
                String text = n.path("text").asText();
                String published = n.path("published").isNull() ? null : n.path("published").asText(null);
                out.println(tag + "-link " + i + " " + Json.MAPPER.writeValueAsString(
                        enricher.link(text, published == null ? null : LocalDate.parse(published))));
                out.println(tag + "-enrich " + i + " " + Json.MAPPER.writeValueAsString(enricher.enrich(article(n, i))));
                i++;
            }
        }
        return 2 * i;
    }

    /** The document as the clean stage would deliver it; every third with a byline, every fourth with a credited agency. */
    private static CleanArticle article(JsonNode n, int i) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : n.path("text").asText().split("\n")) {
            if (!p.isBlank()) {
                paragraphs.add(p.strip());
            }
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add("");
        }
        String title = n.path("title").isNull() ? null : n.path("title").asText(null);
        String published = n.path("published").isNull() ? null : n.path("published").asText(null);
        return new CleanArticle(CleanArticle.SCHEMA, "doc" + i, null, "publisher", RECEIVED, title, List.copyOf(paragraphs),
                paragraphs.get(0), published, published == null ? null : "meta", i % 3 == 0 ? "Yonhap" : null, null,
                i % 4 == 0 ? "Reuters" : null, "en", 0, null);
    }
}
