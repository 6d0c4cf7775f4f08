package io.wiredesk.ingest.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Quality gates on the public development sets in ../shared/data (skipped when absent): WCXB bag-of-words F1 on
 * article pages and on all pages, htmldate exact-day accuracy. Thresholds are the measured figures (docs/QUALITY.md)
 * minus a small margin. Archives are unpacked once under target/shared-data.
 */
class ExtractionQualityTest {
    static final double WCXB_ARTICLE_F1 = 0.936;
    static final double WCXB_ALL_F1 = 0.844;
    static final double HTMLDATE_ACCURACY = 0.89;

    private static final Path WORK = Path.of("target/shared-data");
    private final WiredeskRunner runner = new WiredeskRunner();

    @Test
    void wcxbMainContentF1() throws IOException {
        Path dir = data("extraction/wcxb-dev.tar.xz");
        WcxbPages set = new WcxbPages(dir);
        ScoreTable table = new ScoreTable();
        long t0 = System.nanoTime();
        for (WcxbPages.Page page : set.pages()) {
            table.add(page.pageType(), BagOfWords.score(runner.text(page.html(), page.url()), page.mainContent()));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        table.all().forEach((type, a) -> System.out.printf("[wcxb] %-14s pages %4d  P %.3f  R %.3f  F1 %.3f%n",
                type, a.pages(), a.precision(), a.recall(), a.f1()));
        System.out.printf("[wcxb] %d pages in %.1f s%n", set.size(), seconds);

        assertThat(set.size()).isEqualTo(1358);
        assertThat(table.get("article").f1()).as("WCXB article F1").isGreaterThanOrEqualTo(WCXB_ARTICLE_F1);
        assertThat(table.get(ScoreTable.ALL).f1()).as("WCXB all-pages F1").isGreaterThanOrEqualTo(WCXB_ALL_F1);
    }

    @Test
    void htmldateExactDayAccuracy() throws IOException {
        Path dir = data("dates/htmldate-eval.tar.xz");
        HtmldatePages set = new HtmldatePages(dir);
        DateTally tally = new DateTally();
        for (HtmldatePages.Page page : set.pages()) {
            tally.add(runner.date(page.html(), page.url()), page.date());
        }
        System.out.printf("[htmldate] pages %d  correct %d  wrong %d  none %d  accuracy %.3f  P %.3f  R %.3f  F1 %.3f%n",
                tally.pages(), tally.correct(), tally.wrong(), tally.missing(), tally.accuracy(), tally.precision(),
                tally.recall(), tally.f1());

        assertThat(tally.pages()).isGreaterThanOrEqualTo(990);
        assertThat(tally.accuracy()).as("htmldate exact-day accuracy").isGreaterThanOrEqualTo(HTMLDATE_ACCURACY);
    }

    private static Path data(String relative) throws IOException {
        Optional<Path> archive = SharedData.dataFile(relative);
        Assumptions.assumeTrue(archive.isPresent(), "../shared/data/" + relative + " absent, skipping");
        return DataArchives.unpacked(archive.get(), WORK);
    }
}
