package io.wiredesk.bench.enrich;

import io.wiredesk.enrich.Enricher;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.List;

/**
 * The linker's one-thread throughput measured in thread CPU time as well as wall time, for machines shared
 * with other work (where JMH's wall-clock score mostly measures the neighbours). Usage:
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
        LocalDate date = LocalDate.of(2024, 11, 1);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < n / 2; i++) {
            sink += enricher.link(texts.get(i & 255), date).size();
        }
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += enricher.link(texts.get(i & 255), date).size();
        }
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        System.out.printf("%d articles of 500 words: %.0f articles per CPU-second, %.0f per wall-second (%d entities)%n",
                n, n / cpu, n / wall, sink);
    }
}
