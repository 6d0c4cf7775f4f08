package io.wiredesk.bench.clean;

import io.wiredesk.core.kafka.RejectedRecord;
import io.wiredesk.core.model.RawArticle;
import io.wiredesk.ingest.ArticleExtractor;
import io.wiredesk.ingest.quality.DataArchives;
import io.wiredesk.ingest.quality.WcxbPages;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * The JMH comparison of {@link ExtractionBenchmark} measured in thread CPU time instead of wall time, so that other
 * processes on a shared machine do not skew it: rounds alternate a bare jsoup parse of every page, wiredesk's
 * extraction, and the extraction of feed-dated articles (no page date search); the median round of each is reported.
 *
 * <pre>java -cp bench/target/wiredesk-bench.jar io.wiredesk.bench.clean.ExtractionSpeed \
 *     ../shared/data/extraction/wcxb-dev.tar.xz [step=4] [rounds=10]</pre>
 */
public final class ExtractionSpeed {
    private static final Instant RECEIVED = Instant.parse("2026-01-01T00:00:00Z");
    private static final String FEED_DATE = "2025-01-01T00:00:00Z";
    private static final int WARM_UP_ROUNDS = 3;

    private final List<String[]> pages;
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long sink;

    private ExtractionSpeed(List<String[]> pages) {
        this.pages = pages;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ExtractionSpeed <wcxb-dev.tar.xz|dir> [step] [rounds]");
            System.exit(2);
        }
        int step = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        WcxbPages set = new WcxbPages(DataArchives.unpacked(Path.of(args[0]), Path.of("bench/target/shared-data")));
        List<String[]> pages = new ArrayList<>();
        int i = 0;
        for (WcxbPages.Page p : set.pages()) {
            if (i++ % step == 0) {
                pages.add(new String[] {p.html(), p.url()});
            }
        }
        new ExtractionSpeed(pages).run(rounds);
    }

    private void run(int rounds) {
        for (int r = 0; r < WARM_UP_ROUNDS; r++) {
            parseAll();
            extractAll(null);
            extractAll(FEED_DATE);
        }
        long[] parse = new long[rounds];
        long[] extract = new long[rounds];
        long[] feedDated = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            parse[r] = parseAll();
            extract[r] = extractAll(null);
            feedDated[r] = extractAll(FEED_DATE);
        }
        double parseRate = rate(parse);
        double extractRate = rate(extract);
        double feedRate = rate(feedDated);
        System.out.printf("%d pages per round, %d rounds after %d warm-up rounds; pages per CPU-second (median round)%n",
                pages.size(), rounds, WARM_UP_ROUNDS);
        System.out.printf("jsoup parse               %8.1f%n", parseRate);
        System.out.printf("wiredesk extract          %8.1f   %.2fx of the parse%n", extractRate, extractRate / parseRate);
        System.out.printf("wiredesk extract (feed)   %8.1f   %.2fx of the parse%n", feedRate, feedRate / parseRate);
        System.out.printf("(checksum %d)%n", sink);
    }

    private long parseAll() {
        long t0 = threads.getCurrentThreadCpuTime();
        for (String[] p : pages) {
            sink += Jsoup.parse(p[0], p[1] == null ? "" : p[1]).childNodeSize();
        }
        return threads.getCurrentThreadCpuTime() - t0;
    }

    private long extractAll(String feedDate) {
        long t0 = threads.getCurrentThreadCpuTime();
        for (String[] p : pages) {
            try {
                sink += extractor.extract(new RawArticle(RawArticle.SCHEMA, null, p[1], null, RECEIVED, feedDate,
                        RawArticle.HTML, null, p[0])).wordCount();
            } catch (RejectedRecord noText) {
                sink++;
            }
        }
        return threads.getCurrentThreadCpuTime() - t0;
    }

    private double rate(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return pages.size() / (sorted[sorted.length / 2] / 1e9);
    }
}
