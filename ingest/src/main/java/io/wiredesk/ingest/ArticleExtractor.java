package io.wiredesk.ingest;

import io.wiredesk.core.Agencies;
import io.wiredesk.core.ArticleIds;
import io.wiredesk.core.kafka.RejectedRecord;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.model.RawArticle;
import io.wiredesk.core.text.TextNormalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a raw article (HTML page or scraped text) into a {@link CleanArticle}: the article's own paragraphs,
 * NFKC-normalised, with title, publication date, byline, dateline, credited agency, language, word count and
 * content hash. Stateless and thread-safe: one instance serves all stream threads.
 */
public final class ArticleExtractor {
    public static final String MAX_BODY_BYTES = "wiredesk.clean.max.body.bytes";
    public static final long DEFAULT_MAX_BODY_BYTES = 5_000_000;
    public static final String MIN_WORDS = "wiredesk.clean.min.words";
    public static final int DEFAULT_MIN_WORDS = 5;
    static final String FEED = "feed";
    private static final int LEAD_MAX_WORDS = 60;
    private static final int LEAD_MIN_WORDS = 8;

    private final long maxBodyBytes;
    private final int minWords;
    private final Clock clock;
    private final HtmlExtractor html = new HtmlExtractor();
    private final ScrapedTextExtractor text = new ScrapedTextExtractor();

    public ArticleExtractor() {
        this(DEFAULT_MAX_BODY_BYTES, DEFAULT_MIN_WORDS, Clock.systemUTC());
    }

    public ArticleExtractor(long maxBodyBytes, int minWords, Clock clock) {
        this.maxBodyBytes = maxBodyBytes;
        this.minWords = minWords;
        this.clock = clock;
    }

    public static ArticleExtractor fromConfig(StageConfig config) {
        return new ArticleExtractor(config.getLong(MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES),
                config.getInt(MIN_WORDS, DEFAULT_MIN_WORDS), Clock.systemUTC());
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * The clean article, or a {@link RejectedRecord} with reason missing-body, too-large, binary or no-content.
     * A missing id is derived from url/body, a missing receivedAt is now.
     */
    public CleanArticle extract(RawArticle raw) {
        ContentGuard.checkBody(raw.body(), maxBodyBytes);
        Instant received = raw.receivedAt() != null ? raw.receivedAt() : clock.instant();
        LocalDate reference = received.atZone(ZoneOffset.UTC).toLocalDate();
        Optional<FoundDate> feedDate = feedDate(raw.publishedAt());
        // a date the feed states wins: the page's own date search (its costliest metadata step) is then skipped
        Extraction found = raw.isHtml() ? html.extract(raw.body(), raw.url(), reference, feedDate.isEmpty())
                : text.extract(raw.body(), raw.url(), reference);

        String title = firstNonBlank(clean(raw.title()), clean(found.title()));
        List<String> paragraphs = cleanParagraphs(found.paragraphs(), title);
        String body = String.join(CleanArticle.PARAGRAPH_SEPARATOR, paragraphs);
        int words = TextScan.wordCount(body);
        if (paragraphs.isEmpty() || words < minWords) {
            throw new RejectedRecord(ContentGuard.NO_CONTENT, "no article text left after cleaning (" + words + " words)");
        }
        if (title == null) {
            title = Sentences.split(paragraphs.get(0)).get(0);
        }
        Optional<Datelines.Dateline> dateline = Datelines.find(paragraphs.get(0));
        FoundDate published = feedDate.orElse(found.published());
        String language = found.language() != null && !found.language().isBlank() ? found.language()
                : LanguageGuess.of(title + "\n" + LanguageGuess.sample(body));
        String id = raw.id() != null && !raw.id().isBlank() ? raw.id() : ArticleIds.of(raw.url(), raw.body());
        return new CleanArticle(CleanArticle.SCHEMA, id, raw.url(), raw.publisher(), received, title, List.copyOf(paragraphs),
                lead(paragraphs), published == null ? null : published.iso(), published == null ? null : published.source(),
                clean(found.byline()), dateline.map(Datelines.Dateline::city).orElse(null),
                agency(found, dateline, raw), language, words, ArticleIds.sha256Hex(body));
    }

    /** The publication date (ISO) an HTML page states, whether or not it holds article text; null when none. */
    public String publishedDate(String htmlPage, String url) {
        FoundDate d = html.published(htmlPage, url, clock.instant().atZone(ZoneOffset.UTC).toLocalDate());
        return d == null ? null : d.iso();
    }

    private static Optional<FoundDate> feedDate(String publishedAt) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(FoundDate.parseIso(publishedAt, FEED).orElse(new FoundDate(publishedAt.trim(), FEED)));
    }

    private static String agency(Extraction found, Optional<Datelines.Dateline> dateline, RawArticle raw) {
        if (found.agency() != null) {
            return found.agency();
        }
        Optional<String> credited = dateline.map(Datelines.Dateline::credit).flatMap(AgencyCredits::match)
                .map(Agencies.Agency::name);
        return credited.or(() -> Agencies.publishedBy(raw.publisher(), raw.url()).map(Agencies.Agency::name)).orElse(null);
    }

    private static List<String> cleanParagraphs(List<String> paragraphs, String title) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            String c = clean(p);
            if (c == null || (out.isEmpty() && c.equals(title))) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    /** First paragraph of real text (not a short heading), cut to two sentences when it is long. */
    static String lead(List<String> paragraphs) {
        String first = paragraphs.stream().filter(p -> TextScan.wordCount(p) >= LEAD_MIN_WORDS).findFirst()
                .orElse(paragraphs.get(0));
        if (TextScan.wordCount(first) <= LEAD_MAX_WORDS) {
            return first;
        }
        List<String> sentences = Sentences.split(first);
        return sentences.size() <= 2 ? first : sentences.get(0) + " " + sentences.get(1);
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String c = TextScan.collapse(TextNormalizer.nfkc(text));
        return c.isEmpty() ? null : c;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
