package io.wiredesk.app.cli;

import io.wiredesk.app.ArticlePublisher;
import io.wiredesk.app.EmbeddedPipeline;
import io.wiredesk.app.StoryReader;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.model.CanonicalStory;
import io.wiredesk.ingest.feed.ArticleSources;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "replay", mixinStandardHelpOptions = true,
        header = "Runs the pipeline on an embedded broker over given articles and writes the stories.",
        description = {"Runs the whole pipeline on an embedded broker over the given articles, waits until it",
                "has drained, and writes one JSON line per live canonical story. Exits 0 when done."})
public final class ReplayCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "DIR|FILE.jsonl",
            description = "A directory (one article per file, optional manifest.json) or a .jsonl of RawArticle records.")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE.jsonl", description = "Where to write the stories.")
    Path output;

    @Option(names = "--partitions", defaultValue = "1", description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--timeout", defaultValue = "PT30M", description = "Give up if not drained after this long (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(input)) {
            throw new IllegalArgumentException("no such input: " + input);
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("--partitions must be at least 1");
        }
        System.err.printf("replay: embedded broker, %d partition(s) per topic%n", partitions);
        try (EmbeddedPipeline embedded = EmbeddedPipeline.start(null, partitions, configOptions.build(false))) {
            long fed;
            try (ArticlePublisher publisher = new ArticlePublisher(embedded.config(), System.err)) {
                new ArticleSources().read(List.of(input), publisher::publish);
                fed = publisher.flush();
            }
            System.err.println("replay: waiting for the pipeline to drain ...");
            embedded.awaitDrained(timeout);
            List<CanonicalStory> stories = StoryReader.readLive(embedded.config());
            write(stories, output);
            System.err.printf("replay: %d articles -> %d stories, written to %s%n", fed, stories.size(), output);
        }
        return 0;
    }

    static void write(List<CanonicalStory> stories, Path output) throws java.io.IOException {
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (CanonicalStory s : stories) {
                w.write(Json.string(line(s)));
                w.newLine();
            }
        }
    }

    static Map<String, Object> line(CanonicalStory s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("storyId", s.storyId());
        m.put("title", s.title());
        m.put("canonicalArticleId", s.canonicalArticleId());
        m.put("articles", s.members().stream().map(a -> {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("id", a.id());
            am.put("url", a.url());
            am.put("publisher", a.publisher());
            am.put("relation", a.relation().json());
            am.put("similarity", a.similarity());
            return am;
        }).toList());
        return m;
    }
}
