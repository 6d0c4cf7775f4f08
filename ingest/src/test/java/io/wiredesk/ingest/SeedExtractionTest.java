package io.wiredesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.ArticleIds;
import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.text.TextNormalizer;
import io.wiredesk.core.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The five seeds against their gold labels: body lines kept, boilerplate dropped, metadata found. */
class SeedExtractionTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[•·▪●◦‣∙*]|\\d{1,2}[.)])\\s+");
    private static final Map<String, String> REPORT = new TreeMap<>();

    static List<String> seeds() {
        return Seeds.files();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void keepsEveryBodyLineAndDropsEveryBoilerplateLine(String file) {
        CleanArticle article = EXTRACTOR.extract(Seeds.raw(file));
        List<String> lines = Seeds.lines(file);
        String condensedText = condensed(article.text());

        List<String> body = goldLines(lines, Seeds.gold(file).get("body_lines"));
        List<String> missing = new ArrayList<>();
        for (String line : body) {
            if (!condensedText.contains(condensed(line))) {
                missing.add(line);
            }
        }
        List<String> boilerplate = goldLines(lines, Seeds.gold(file).get("boilerplate_lines"));
        List<String> leaked = new ArrayList<>();
        for (String line : boilerplate) {
            if (appears(line, article, condensedText)) {
                leaked.add(line);
            }
        }
        double kept = 100.0 * (body.size() - missing.size()) / body.size();
        double dropped = 100.0 * (boilerplate.size() - leaked.size()) / boilerplate.size();
        REPORT.put(file, String.format("kept %.1f%% of %d body lines, dropped %.1f%% of %d boilerplate lines",
                kept, body.size(), dropped, boilerplate.size()));

        assertThat(missing).as("gold body lines missing from %s", file).isEmpty();
        assertThat(leaked).as("boilerplate lines left in %s", file).isEmpty();
    }

    @AfterAll
    static void printReport() {
        REPORT.forEach((file, line) -> System.out.println("[seed-extraction] " + file + ": " + line));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void findsTitleBylineAndCreditedAgency(String file) {
        CleanArticle article = EXTRACTOR.extract(Seeds.raw(file));
        JsonNode gold = Seeds.gold(file);
        assertThat(article.title()).isEqualTo(TextNormalizer.nfkc(gold.get("title").asText()));
        assertThat(article.byline()).isEqualTo(gold.get("byline").isNull() ? null : gold.get("byline").asText());
        assertThat(article.agency()).isEqualTo(gold.get("credited_agency").isNull() ? null
                : gold.get("credited_agency").asText());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void derivedFieldsAreConsistent(String file) {
        CleanArticle article = EXTRACTOR.extract(Seeds.raw(file));
        assertThat(article.id()).isEqualTo(ArticleIds.of(article.url(), null));
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.wordCount()).isEqualTo(Tokens.count(article.text())).isGreaterThan(100);
        assertThat(article.contentHash()).isEqualTo(ArticleIds.sha256Hex(article.text()));
        assertThat(article.lead()).isNotBlank();
        assertThat(article.paragraphs().get(0)).startsWith(article.lead().substring(0, Math.min(40, article.lead().length())));
        assertThat(article.paragraphs()).noneMatch(p -> p.equals(article.title()));
    }

    @Test
    void neverTakesThePageClockForThePublicationDate() {
        CleanArticle article = EXTRACTOR.extract(Seeds.raw("001_ed6a54a2a887f58c.txt"));
        assertThat(article.publishedAt()).satisfiesAnyOf(
                d -> assertThat(d).isNull(), d -> assertThat(d).doesNotStartWith("2025-06-04"));
    }

    @Test
    void readsBroadcastHeaderAndPageDates() {
        CleanArticle broadcast = EXTRACTOR.extract(Seeds.raw("004_ca3aa9753f530f90.txt"));
        assertThat(broadcast.publishedAt()).isEqualTo("2024-10-22");
        assertThat(broadcast.publishedAtSource()).isEqualTo("header");
        CleanArticle pravda = EXTRACTOR.extract(Seeds.raw("003_6a6e20cf3d259ad2.txt"));
        assertThat(pravda.publishedAt()).startsWith("2024-07-06T14:41");
        assertThat(pravda.publishedAtSource()).isEqualTo("header");
    }

    @Test
    void feedDateWinsOverThePage() {
        CleanArticle article = EXTRACTOR.extract(Seeds.raw("003_6a6e20cf3d259ad2.txt", true));
        assertThat(article.publishedAt()).isEqualTo("2024-07-06T14:41");
        assertThat(article.publishedAtSource()).isEqualTo("feed");
    }

    @Test
    void splitsParagraphsTheScraperRanTogether() {
        CleanArticle article = EXTRACTOR.extract(Seeds.raw("001_ed6a54a2a887f58c.txt"));
        assertThat(article.paragraphs()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(article.text()).doesNotContain("Russia.Both", "said.’This", "RussiaYoon", "(Yonhap).Russia");
        assertThat(article.paragraphs()).anyMatch(p -> p.startsWith("Both sides agreed"))
                .anyMatch(p -> p.startsWith("Yoon held a phone talks"))
                .anyMatch(p -> p.endsWith("to Russia"));
    }

    @Test
    void removesTranscriptMarkers() {
        CleanArticle article = EXTRACTOR.extract(Seeds.raw("004_ca3aa9753f530f90.txt"));
        assertThat(article.text()).doesNotContain("[LEAD]", "[REPORT]");
        assertThat(article.lead()).startsWith("Yesterday, President Yoon Suk Yeol discussed");
    }

    /** Non-blank seed lines inside the gold ranges (1-based, inclusive). */
    private static List<String> goldLines(List<String> lines, JsonNode ranges) {
        List<String> out = new ArrayList<>();
        for (JsonNode range : ranges) {
            int from = range.get(0).asInt();
            int to = Math.min(range.get(1).asInt(), lines.size());
            for (int n = from; n <= to; n++) {
                if (!lines.get(n - 1).isBlank()) {
                    out.add(lines.get(n - 1));
                }
            }
        }
        return out;
    }

    /** A boilerplate line leaks when a paragraph is that line, or (for lines of 4+ words) the text contains it. */
    private static boolean appears(String line, CleanArticle article, String condensedText) {
        String normal = normal(line);
        if (article.paragraphs().contains(normal)) {
            return true;
        }
        return Tokens.count(normal) >= 4 && condensedText.contains(condensed(line));
    }

    private static String normal(String line) {
        String n = TextNormalizer.collapseWhitespace(TextNormalizer.nfkc(line));
        n = LIST_MARKER.matcher(n).replaceFirst("");
        return SentenceRepair.isMarker(n) ? n : SentenceRepair.stripMarker(n);
    }

    /** The line's content without any white space: paragraph splits and spacing repairs do not change it. */
    private static String condensed(String text) {
        return normal(text).replaceAll("\\s+", "");
    }
}
