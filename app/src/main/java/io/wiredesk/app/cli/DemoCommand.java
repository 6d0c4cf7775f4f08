package io.wiredesk.app.cli;

import io.wiredesk.app.ArticlePublisher;
import io.wiredesk.app.EmbeddedPipeline;
import io.wiredesk.app.StoryPrinter;
import io.wiredesk.app.StoryReader;
import io.wiredesk.app.http.ApiServer;
import io.wiredesk.core.model.CanonicalStory;
import io.wiredesk.ingest.feed.ArticleSources;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Embedded Kafka broker, the four stages and the sample articles; serves HTTP until Ctrl-C.",
        description = {"Starts a real single-node Kafka broker (KRaft) in this process, the four stages,",
                "feeds the sample articles, prints the canonical stories and serves HTTP until Ctrl-C."})
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--seeds", defaultValue = "seeds", paramLabel = "DIR|FILE", description = "Articles to feed (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Keep the broker's data here (default: a temporary directory, deleted on exit).")
    Path dataDir;

    @Option(names = "--partitions", defaultValue = "1", description = "Partitions per topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--exit-when-drained", description = "Stop once the stories are printed instead of serving until Ctrl-C.")
    boolean exitWhenDrained;

    @Mixin
    HttpOptions http;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        if (!Files.exists(seeds)) {
            throw new IllegalArgumentException("no articles at '" + seeds + "' (run from the project root, or pass --seeds DIR)");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("--partitions must be at least 1");
        }
        out.println("Starting an embedded Kafka broker (KRaft) and the four stages ...");
        long t0 = System.nanoTime();
        try (EmbeddedPipeline embedded = EmbeddedPipeline.start(dataDir, partitions, http.advertise(configOptions.build(false)));
             ApiServer server = http.serve(embedded.pipeline(), embedded.config())) {
            out.printf("Broker at %s; stages %s running after %.1f s%n", embedded.bootstrapServers(),
                    embedded.pipeline().states().keySet(), (System.nanoTime() - t0) / 1e9);
            try (ArticlePublisher publisher = new ArticlePublisher(embedded.config(), out)) {
                new ArticleSources().read(List.of(seeds), publisher::publish);
                publisher.flush();
            }
            out.println("Waiting for the pipeline to drain ...");
            embedded.awaitDrained(Duration.ofMinutes(5));
            List<CanonicalStory> stories = StoryReader.readLive(embedded.config());
            out.printf("%n%d canonical stories:%n%n", stories.size());
            StoryPrinter printer = new StoryPrinter(out);
            stories.forEach(printer::print);
            String base = "http://" + http.host + ":" + server.port();
            out.printf("HTTP: %s/stories  %s/stories/feed  %s/openapi.json  %s/metrics  %s/health/ready%n", base, base, base, base, base);
            if (exitWhenDrained) {
                return 0;
            }
            out.println("Serving until Ctrl-C. Feed more with: wiredesk feed --bootstrap-servers " + embedded.bootstrapServers() + " PATH");
            CtrlC.await();
            return 0;
        }
    }
}
