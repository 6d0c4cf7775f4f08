package io.wiredesk.bench.clean;

import io.wiredesk.core.kafka.RejectedRecord;
import io.wiredesk.core.model.RawArticle;
import io.wiredesk.ingest.ArticleExtractor;
import io.wiredesk.ingest.quality.DataArchives;
import io.wiredesk.ingest.quality.WcxbPages;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pages per second of wiredesk's extractor (parse + prune + content + metadata) against a bare jsoup parse of the same
 * pages in the same JVM: one operation = every page of a sample of WCXB pages. {@code wiredeskExtractFeedDated} is the
 * same extraction for articles whose feed states the publication date (RSS pubDate), so the page's own date search
 * is skipped: the gap between the two is what that search costs.
 *
 * <pre>java -jar bench/target/wiredesk-bench.jar io.wiredesk.bench.clean.ExtractionBenchmark \
 *     -p wcxb=../shared/data/extraction/wcxb-dev.tar.xz</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class ExtractionBenchmark {
    /** The WCXB archive or unpacked folder. */
    @Param("../shared/data/extraction/wcxb-dev.tar.xz")
    public String wcxb;
    /** Every n-th page is used (1 = all 1,358). */
    @Param("4")
    public int step;

    private static final String FEED_DATE = "2025-01-01T00:00:00Z";
    /**
     * When the pages were received: after the WCXB crawl, as in production, where the receipt day bounds the dates a
     * page may claim (receiving them at the epoch would make every date on them implausible and send each page
     * through the whole date search).
     */
    private static final Instant RECEIVED = Instant.parse("2026-01-01T00:00:00Z");

    private final List<String[]> pages = new ArrayList<>();
    private final ArticleExtractor extractor = new ArticleExtractor();

    @Setup
    public void load() throws Exception {
        WcxbPages set = new WcxbPages(DataArchives.unpacked(Path.of(wcxb), Path.of("bench/target/shared-data")));
        int i = 0;
        for (WcxbPages.Page p : set.pages()) {
            if (i++ % step == 0) {
                pages.add(new String[] {p.html(), p.url()});
            }
        }
        System.out.println("\n" + pages.size() + " pages per operation");
    }

    @Benchmark
    public void jsoupParse(Blackhole bh) {
        for (String[] p : pages) {
            bh.consume(Jsoup.parse(p[0], p[1] == null ? "" : p[1]));
        }
    }

    @Benchmark
    public void wiredeskExtract(Blackhole bh) {
        extractAll(bh, null);
    }

    @Benchmark
    public void wiredeskExtractFeedDated(Blackhole bh) {
        extractAll(bh, FEED_DATE);
    }

    private void extractAll(Blackhole bh, String feedDate) {
        for (String[] p : pages) {
            try {
                bh.consume(extractor.extract(new RawArticle(RawArticle.SCHEMA, null, p[1], null, RECEIVED, feedDate,
                        RawArticle.HTML, null, p[0])));
            } catch (RejectedRecord noText) {
                bh.consume(noText);
            }
        }
    }
}
