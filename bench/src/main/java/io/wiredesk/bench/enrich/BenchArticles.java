package io.wiredesk.bench.enrich;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * News text for the linker benchmark, cut into articles of a fixed number of words: the ECB+ documents of
 * ../shared/data/stories (real news, read in place, never copied), else the seed articles of seeds/.
 */
final class BenchArticles {
    private BenchArticles() {
    }

    static List<String> load(int words, int count) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        Path ecb = locate("../shared/data/stories/ecbplus-dev.jsonl");
        if (ecb != null) {
            try (BufferedReader r = Files.newBufferedReader(ecb, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    JsonNode n = Json.MAPPER.readTree(line);
                    for (String p : n.path("text").asText().split("\n")) {
                        if (!p.isBlank()) {
                            paragraphs.add(p.strip());
                        }
                    }
                }
            }
        } else {
            Path seeds = locate("seeds");
            try (Stream<Path> files = Files.list(seeds)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    for (String p : Files.readString(f).split("\n")) {
                        if (!p.isBlank()) {
                            paragraphs.add(p.strip());
                        }
                    }
                }
            }
        }
        List<String> articles = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int n = 0;
        int i = 0;
        while (articles.size() < count) {
            String p = paragraphs.get(i++ % paragraphs.size());
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(p);
            n += p.split("\\s+").length;
            if (n >= words) {
                articles.add(sb.toString());
                sb.setLength(0);
                n = 0;
            }
        }
        return articles;
    }

    static Path locate(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve(relative);
            if (Files.exists(p)) {
                return p;
            }
            Path q = dir.resolve("main").resolve(relative);
            if (Files.exists(q)) {
                return q;
            }
        }
        return null;
    }
}
