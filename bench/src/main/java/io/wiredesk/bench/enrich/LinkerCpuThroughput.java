package io.wiredesk.bench.enrich;

import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.enrich.Enricher;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The linker's one-thread throughput measured in thread CPU time as well as wall time, for machines shared
 * with other work (where JMH's wall-clock score mostly measures the neighbours): {@code Enricher.link} (entity
 * linking alone, as JMH's {@code link}) and {@code Enricher.enrich} (the whole stage function, as JMH's
 * {@code enrich}), over the same 500-word articles as {@link LinkerBenchmark}. Usage:
 * {@code java -cp bench/target/wiredesk-bench.jar io.wiredesk.bench.enrich.LinkerCpuThroughput [articles]}
 */
public final class LinkerCpuThroughput {
    private LinkerCpuThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long t0 = System.nanoTime();
        Enricher enricher = Enricher.shared();
        System.out.printf("knowledge base: %d entities, %d aliases, loaded and compiled in %.0f ms%n",
                enricher.knowledgeBase().size(), enricher.knowledgeBase().aliasCount(), (System.nanoTime() - t0) / 1e6);
        List<String> texts = BenchArticles.load(500, 256);
        List<CleanArticle> articles = texts.stream().map(LinkerBenchmark::article).toList();
        LocalDate date = LocalDate.of(2024, 11, 1);
        measure("articles of 500 words", n, i -> enricher.link(texts.get(i & 255), date).size());
        measure("articles enriched (links, salience, event dates, attributions)", n / 2,
                i -> enricher.enrich(articles.get(i & 255)).entities().size());
    }

    private static void measure(String what, int n, ToIntFunction<Integer> work) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < n / 2; i++) {
            sink += work.applyAsInt(i);
        }
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += work.applyAsInt(i);
        }
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        System.out.printf("%d %s: %.0f articles per CPU-second, %.0f per wall-second (%d entities)%n", n, what, n / cpu, n / wall, sink);
    }
}
