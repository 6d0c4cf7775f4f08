package io.wiredesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.testing.SharedData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The wiredesk command as a user runs it: exit codes, one-line errors, and the offline commands' output. */
class CommandLineTest {
    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Wiredesk.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void helpExitsZeroAndUnknownOptionsAreUsageErrors() {
        assertThat(run("--help")).isZero();
        assertThat(run("replay", "--output", "x.jsonl")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--input");
        assertThat(run("demo", "--no-such-option")).isEqualTo(2);
    }

    @Test
    void missingInputIsAOneLineErrorAndExitOne() {
        assertThat(run("extract", tmp.resolve("nope.txt").toString())).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("wiredesk extract: error: no such file or directory").doesNotContain("\n");
        assertThat(run("feed", SharedData.seedsDir().toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no Kafka cluster given");
    }

    @Test
    void extractWritesOneLinePerSeed() throws Exception {
        Path out = tmp.resolve("extract.jsonl");
        assertThat(run("extract", SharedData.seedsDir().toString(), "--output", out.toString())).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5);
        for (String line : lines) {
            JsonNode n = Json.MAPPER.readTree(line);
            assertThat(n.get("file").asText()).endsWith(".txt");
            assertThat(n.get("title").asText()).isNotBlank();
            assertThat(n.get("text").asText()).isNotBlank().doesNotContain("Related posts").doesNotContain("Comments0");
            if (n.get("file").asText().contains("001_")) {
                assertThat(n.path("publishedAt").asText("")).doesNotStartWith("2025-06-04");
            }
        }
    }

    @Test
    void extractReportsAnUncleanableFileAndExitsOne() throws Exception {
        Path binary = tmp.resolve("binary.txt");
        byte[] bytes = new byte[2048];
        new java.util.Random(3).nextBytes(bytes);
        Files.write(binary, bytes);
        assertThat(run("extract", binary.toString(), "--output", tmp.resolve("o.jsonl").toString())).isEqualTo(1);
    }

    @Test
    void enrichGivesOffsetsIntoTheTextAsGiven() throws Exception {
        String text = "South Korean President Yoon Suk Yeol spoke with NATO Secretary General Mark Rutte by phone.";
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, Json.string(java.util.Map.of("id", "t1", "text", text, "publishedAt", "2024-10-22")) + "\n");
        Path out = tmp.resolve("out.jsonl");
        assertThat(run("enrich", in.toString(), "--output", out.toString())).isZero();
        JsonNode line = Json.MAPPER.readTree(Files.readAllLines(out).get(0));
        assertThat(line.get("id").asText()).isEqualTo("t1");
        Set<String> names = new TreeSet<>();
        for (JsonNode e : line.get("entities")) {
            names.add(e.get("name").asText());
            for (JsonNode m : e.get("mentions")) {
                assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
            }
        }
        assertThat(names).contains("Yoon Suk Yeol", "Mark Rutte", "NATO", "South Korea");
    }

    @Test
    void replayWritesTheSeedStories() throws Exception {
        Path out = tmp.resolve("stories.jsonl");
        assertThat(run("replay", "--input", SharedData.seedsDir().toString(), "--output", out.toString())).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        Set<Set<String>> groups = new java.util.HashSet<>();
        for (String l : lines) {
            JsonNode n = Json.MAPPER.readTree(l);
            assertThat(n.has("storyId") && n.has("title") && n.has("canonicalArticleId")).isTrue();
            Set<String> ids = new TreeSet<>();
            for (JsonNode a : n.get("articles")) {
                assertThat(a.has("url") && a.has("publisher") && a.has("relation") && a.has("similarity")).isTrue();
                ids.add(a.get("id").asText());
            }
            groups.add(ids);
        }
        assertThat(groups).isEqualTo(SeedStories.goldGroups());
    }
}
