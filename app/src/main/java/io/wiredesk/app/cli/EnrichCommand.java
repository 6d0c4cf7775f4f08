package io.wiredesk.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.Dates;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.model.EntityRef;
import io.wiredesk.enrich.Enricher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        header = "The entity linker without Kafka: entities with offsets per text.",
        description = {"Runs the entity linker on text as given, without Kafka: one JSON line per input",
                "(id, entities with id, wikidata, name, type, salience and mentions). Offsets are character",
                "offsets into the text as given. A .jsonl input has records with id, text and optional publishedAt;",
                "any other file is one text, its id the file name."})
public final class EnrichCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|FILE.jsonl", description = "Inputs.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Enricher enricher = Enricher.shared();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("no such file or directory: " + p);
            }
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        int n = 0;
        try (PrintWriter out = OutputTarget.open(output)) {
            for (Path f : files) {
                if (f.getFileName().toString().endsWith(".jsonl")) {
                    n += enrichJsonLines(enricher, f, out);
                } else {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    out.println(Json.string(line(f.getFileName().toString(), enricher.link(text, LocalDate.now(ZoneOffset.UTC)))));
                    n++;
                }
            }
        }
        if (output != null) {
            System.err.printf("wiredesk enrich: %d texts linked, written to %s%n", n, output);
        }
        return 0;
    }

    private static int enrichJsonLines(Enricher enricher, Path file, PrintWriter out) {
        int n = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String l;
            int lineNo = 0;
            while ((l = in.readLine()) != null) {
                lineNo++;
                if (l.isBlank()) {
                    continue;
                }
                JsonNode rec;
                try {
                    rec = Json.MAPPER.readTree(l);
                } catch (IOException e) {
                    throw new IllegalArgumentException(file + " line " + lineNo + " is not JSON: " + e.getMessage());
                }
                if (!rec.hasNonNull("text")) {
                    throw new IllegalArgumentException(file + " line " + lineNo + " has no 'text'");
                }
                String id = rec.hasNonNull("id") ? rec.get("id").asText() : file.getFileName() + ":" + lineNo;
                LocalDate ref = rec.hasNonNull("publishedAt")
                        ? Dates.toDate(rec.get("publishedAt").asText()).orElse(LocalDate.now(ZoneOffset.UTC))
                        : LocalDate.now(ZoneOffset.UTC);
                out.println(Json.string(line(id, enricher.link(rec.get("text").asText(), ref))));
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return n;
    }

    private static Map<String, Object> line(String id, List<EntityRef> entities) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("entities", entities.stream().map(e -> {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("id", e.id());
            em.put("wikidata", e.wikidata());
            em.put("name", e.name());
            em.put("type", e.type());
            em.put("salience", e.salience());
            em.put("mentions", e.mentions());
            return em;
        }).toList());
        return m;
    }
}
