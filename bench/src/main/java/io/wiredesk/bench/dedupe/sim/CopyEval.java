package io.wiredesk.bench.dedupe.sim;

import io.wiredesk.bench.Options;
import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.app.ArticlePublisher;
import io.wiredesk.app.EmbeddedPipeline;
import io.wiredesk.app.StoryReader;
import io.wiredesk.dedupe.eval.ClusterScores;
import io.wiredesk.core.Topics;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.model.CanonicalStory;
import io.wiredesk.core.model.StoryMember;
import io.wiredesk.ingest.feed.ArticleSources;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Copy and story quality on a simulated syndication stream ({@link SyndicationSimulator}): runs what
 * {@code wiredesk replay} runs (embedded broker, the four stages, the input fed as RawArticle JSONL, wait until
 * drained, read the live stories) and also reads dedupe's match graph topic for the COPY edges it decided.
 *
 * <p><b>Copy pairs.</b> Gold: two articles with the same {@code copyGroup} (the agency original, its updates and
 * every republished copy of one text). Predicted: two articles joined by a chain of COPY edges (the connected
 * components of dedupe's copy decisions; they always lie inside one story). The story output alone cannot say
 * which copy group a member belongs to when a story holds several texts of one event (its relation field says
 * only "has a copy edge"), so the edges are read; the relation labels are checked per article as well: an article
 * with a gold copy partner should be original or copy, one without should never be labelled copy.
 *
 * <p><b>Stories.</b> B-cubed and pairwise P/R/F1 of the stories against the gold {@code story}.
 *
 * <pre>java -cp bench/target/wiredesk-bench.jar io.wiredesk.bench.dedupe.sim.CopyEval --input sim.jsonl [--partitions 1] [--output stories.jsonl] [--details articles.jsonl]</pre>
 */
public final class CopyEval {
    private CopyEval() {
    }

    record Truth(String id, String copyGroup, String story, String kind) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Options.parse(args);
        if (!o.containsKey("input")) {
            System.err.println("usage: CopyEval --input SIM.jsonl [--partitions 1] [--output STORIES.jsonl]");
            System.exit(2);
        }
        Path input = Path.of(o.get("input"));
        int partitions = Integer.parseInt(o.getOrDefault("partitions", "1"));
        List<Truth> truth = readTruth(input);

        long start = System.nanoTime();
        List<CanonicalStory> stories;
        Map<String, List<String>> copyEdges;
        try (EmbeddedPipeline embedded = EmbeddedPipeline.start(null, partitions, StageConfig.builder().environment(System.getenv()).build())) {
            try (ArticlePublisher publisher = new ArticlePublisher(embedded.config(), null)) {
                new ArticleSources().read(List.of(input), publisher::publish);
                publisher.flush();
            }
            embedded.awaitDrained(Duration.ofMinutes(30));
            stories = StoryReader.readLive(embedded.config());
            copyEdges = readCopyEdges(embedded.config());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (o.containsKey("output")) {
            writeStories(stories, Path.of(o.get("output")));
        }
        Report r = evaluate(truth, stories, copyEdges);
        if (o.containsKey("details")) {
            writeDetails(truth, stories, copyEdges, Path.of(o.get("details")));
        }
        System.out.printf("%s: %d articles, %d copy groups, %d gold stories; %d partition(s), pipeline %.1f s%n", input.getFileName(),
                truth.size(), truth.stream().map(Truth::copyGroup).distinct().count(), truth.stream().map(Truth::story).distinct().count(),
                partitions, seconds);
        System.out.print(r.table());
        System.exit(0);
    }

    static List<Truth> readTruth(Path input) throws IOException {
        List<Truth> out = new ArrayList<>();
        for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode n = Json.MAPPER.readTree(line);
                out.add(new Truth(n.get("id").asText(), n.get("copyGroup").asText(), n.get("story").asText(), n.path("kind").asText()));
            }
        }
        return out;
    }

    /** Every COPY edge dedupe sent (EDGE messages on its graph topic), as adjacency lists. */
    static Map<String, List<String>> readCopyEdges(StageConfig config) {
        Properties p = config.clientProperties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(StageConfig.MAX_RECORD_BYTES));
        Map<String, List<String>> edges = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(Topics.DEDUPE_GRAPH).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + Topics.DEDUPE_GRAPH + " to its end");
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() == null) {
                        continue;
                    }
                    JsonNode m = Json.MAPPER.readTree(new String(r.value(), StandardCharsets.UTF_8));
                    if ("EDGE".equals(m.path("type").asText()) && "copy".equalsIgnoreCase(m.path("relation").asText())) {
                        edges.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(m.get("from").asText());
                        edges.computeIfAbsent(m.get("from").asText(), k -> new ArrayList<>()).add(r.key());
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return edges;
    }

    /** The scores of one run. */
    record Report(CopyScores copies, ClusterScores stories, int missing, int missedCopyLabels, int copyLinked,
                  int falseCopyLabels, int sole, Map<String, CopyScores> byKind) {

        String table() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("| measure | precision | recall | F1 | detail |%n|---|---:|---:|---:|---|%n"));
            b.append(String.format("| copy pairs (COPY-edge components vs copyGroup) | %.4f | %.4f | %.4f | %d gold pairs, %d predicted, %d right |%n",
                    copies.precision(), copies.recall(), copies.f1(), copies.goldPairs(), copies.predictedPairs(), copies.truePairs()));
            byKind.forEach((kind, s) -> b.append(String.format("| &nbsp; recall of pairs with the original, %s | | %.4f | | %d gold pairs |%n",
                    kind, s.recall(), s.goldPairs())));
            b.append(String.format("| stories, B-cubed | %.4f | %.4f | %.4f | %d stories (gold %d), %d articles in none |%n",
                    stories.bcubedP(), stories.bcubedR(), stories.bcubedF1(), stories.clusters(), stories.goldClusters(), missing));
            b.append(String.format("| stories, pairwise | %.4f | %.4f | %.4f | ARI %.4f |%n", stories.pairP(), stories.pairR(), stories.pairF1(), stories.ari()));
            b.append(String.format("| relation labels | | | | %d of %d articles with a gold copy partner labelled rewrite; %d of %d without one labelled copy |%n",
                    missedCopyLabels, copyLinked, falseCopyLabels, sole));
            return b.toString();
        }
    }

    static Report evaluate(List<Truth> truth, List<CanonicalStory> stories, Map<String, List<String>> copyEdges) {
        Map<String, String> storyOf = new HashMap<>();
        Map<String, String> relationOf = new HashMap<>();
        for (CanonicalStory s : stories) {
            for (StoryMember m : s.members()) {
                storyOf.put(m.id(), s.storyId());
                relationOf.put(m.id(), m.relation().json());
            }
        }
        Map<String, String> component = components(copyEdges);
        Map<String, Long> groupSize = new HashMap<>();
        truth.forEach(t -> groupSize.merge(t.copyGroup(), 1L, Long::sum));

        List<String> predictedStory = new ArrayList<>();
        List<String> goldStory = new ArrayList<>();
        List<String> predictedCopy = new ArrayList<>();
        List<String> goldCopy = new ArrayList<>();
        int missing = 0;
        int missedLabels = 0;
        int linked = 0;
        int falseLabels = 0;
        int sole = 0;
        for (Truth t : truth) {
            String s = storyOf.get(t.id());
            if (s == null) {
                missing++;
                s = "alone:" + t.id();
            }
            predictedStory.add(s);
            goldStory.add(t.story());
            predictedCopy.add(component.get(t.id()));
            goldCopy.add(t.copyGroup());
            String relation = relationOf.get(t.id());
            if (groupSize.get(t.copyGroup()) > 1) {
                linked++;
                missedLabels += relation == null || relation.equals("rewrite") ? 1 : 0;
            } else {
                sole++;
                falseLabels += "copy".equals(relation) ? 1 : 0;
            }
        }
        Map<String, CopyScores> byKind = new LinkedHashMap<>();
        for (String kind : List.of(SimArticle.UPDATE, SimArticle.COPY)) {
            byKind.put(kind, withOriginal(truth, component, kind));
        }
        return new Report(CopyScores.of(predictedCopy, goldCopy), ClusterScores.of(predictedStory, goldStory), missing, missedLabels,
                linked, falseLabels, sole, byKind);
    }

    /** Recall of the pairs (agency original, article of this kind) alone: which kind of version is missed. */
    private static CopyScores withOriginal(List<Truth> truth, Map<String, String> component, String kind) {
        Map<String, Truth> originals = new HashMap<>();
        truth.stream().filter(t -> t.kind().equals(SimArticle.ORIGINAL)).forEach(t -> originals.putIfAbsent(t.copyGroup(), t));
        long gold = 0;
        long right = 0;
        for (Truth t : truth) {
            Truth original = originals.get(t.copyGroup());
            if (t.kind().equals(kind) && original != null) {
                gold++;
                String c = component.get(t.id());
                right += c != null && c.equals(component.get(original.id())) ? 1 : 0;
            }
        }
        return new CopyScores(gold, gold, right);
    }

    /** Connected components of the copy edges: article id to the smallest id of its component. */
    static Map<String, String> components(Map<String, List<String>> edges) {
        Map<String, String> label = new HashMap<>();
        for (String start : edges.keySet()) {
            if (label.containsKey(start)) {
                continue;
            }
            List<String> members = new ArrayList<>();
            List<String> stack = new ArrayList<>(List.of(start));
            label.put(start, start);
            while (!stack.isEmpty()) {
                String n = stack.remove(stack.size() - 1);
                members.add(n);
                for (String m : edges.getOrDefault(n, List.of())) {
                    if (!label.containsKey(m)) {
                        label.put(m, start);
                        stack.add(m);
                    }
                }
            }
            String min = members.stream().min(String::compareTo).orElseThrow();
            members.forEach(m -> label.put(m, min));
        }
        return label;
    }

    /** Per article: its truth, predicted story, relation and copy component (to look into the errors). */
    private static void writeDetails(List<Truth> truth, List<CanonicalStory> stories, Map<String, List<String>> copyEdges, Path out)
            throws IOException {
        Map<String, StoryMember> member = new HashMap<>();
        Map<String, String> storyOf = new HashMap<>();
        stories.forEach(s -> s.members().forEach(m -> {
            member.put(m.id(), m);
            storyOf.put(m.id(), s.storyId());
        }));
        Map<String, String> component = components(copyEdges);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Truth t : truth) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", t.id());
                line.put("copyGroup", t.copyGroup());
                line.put("story", t.story());
                line.put("kind", t.kind());
                StoryMember m = member.get(t.id());
                line.put("publisher", m == null ? null : m.publisher());
                line.put("predictedStory", storyOf.get(t.id()));
                line.put("relation", m == null ? null : m.relation().json());
                line.put("copyComponent", component.get(t.id()));
                line.put("copyNeighbours", copyEdges.getOrDefault(t.id(), List.of()));
                w.write(Json.MAPPER.writeValueAsString(line));
                w.newLine();
            }
        }
    }

    private static void writeStories(List<CanonicalStory> stories, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (CanonicalStory s : stories) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("storyId", s.storyId());
                line.put("title", s.title());
                line.put("canonicalArticleId", s.canonicalArticleId());
                line.put("articles", s.members().stream().map(m -> {
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("id", m.id());
                    a.put("url", m.url());
                    a.put("publisher", m.publisher());
                    a.put("relation", m.relation().json());
                    a.put("similarity", m.similarity());
                    return a;
                }).toList());
                w.write(Json.MAPPER.writeValueAsString(line));
                w.newLine();
            }
        }
    }
}
