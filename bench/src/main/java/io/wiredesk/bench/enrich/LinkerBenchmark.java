package io.wiredesk.bench.enrich;

import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.enrich.Enricher;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The linker on one thread over 500-word news articles with the shipped knowledge base (100k+ aliases):
 * {@code link} is entity linking alone, {@code enrich} the whole stage function (links, salience, event
 * dates, attributions) on a CleanArticle. Run:
 * {@code java -cp bench/target/wiredesk-bench.jar org.openjdk.jmh.Main io.wiredesk.bench.enrich.LinkerBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Threads(1)
@State(Scope.Thread)
public class LinkerBenchmark {
    private static final LocalDate DATE = LocalDate.of(2024, 11, 1);
    private Enricher enricher;
    private List<String> texts;
    private List<CleanArticle> articles;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        long t0 = System.nanoTime();
        enricher = Enricher.shared();
        System.out.printf("%nknowledge base: %d entities, %d aliases, loaded and compiled in %.0f ms%n",
                enricher.knowledgeBase().size(), enricher.knowledgeBase().aliasCount(), (System.nanoTime() - t0) / 1e6);
        texts = BenchArticles.load(500, 256);
        articles = texts.stream().map(LinkerBenchmark::article).toList();
    }

    static CleanArticle article(String text) {
        List<String> paragraphs = Arrays.asList(text.split("\n\n"));
        return new CleanArticle(CleanArticle.SCHEMA, "bench-" + Integer.toHexString(text.hashCode()), null, "bench",
                Instant.parse("2024-11-01T12:00:00Z"), paragraphs.get(0), paragraphs, paragraphs.get(0),
                "2024-11-01T09:00:00Z", "meta", null, null, null, "en", text.split("\\s+").length,
                Integer.toHexString(text.hashCode()));
    }

    @Benchmark
    public int link() {
        String t = texts.get(next++ & 255);
        return enricher.link(t, DATE).size();
    }

    @Benchmark
    public int enrich() {
        CleanArticle a = articles.get(next++ & 255);
        return enricher.enrich(a).entities().size();
    }
}
