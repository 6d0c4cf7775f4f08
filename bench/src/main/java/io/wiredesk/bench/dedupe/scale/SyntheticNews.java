package io.wiredesk.bench.dedupe.scale;

import io.wiredesk.core.ArticleIds;
import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.model.EnrichedArticle;
import io.wiredesk.core.model.EntityRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic stream of synthetic enriched articles shaped like news for dedupe's blocking: words, title
 * words and linked entities drawn from Zipf distributions (a few very common, a long tail), so entity-pair and
 * title-word buckets fill up the way real ones do, and a share of near-copies of recent articles, so LSH band
 * buckets have members.
 */
final class SyntheticNews {
    private static final int VOCABULARY = 30_000;
    private static final int ENTITIES = 50_000;
    private static final int BODY_WORDS = 220;
    private static final int TITLE_WORDS = 9;
    private static final double COPY_SHARE = 0.25;
    private static final int RECENT = 1_000;

    private final SplittableRandom rng;
    private final Zipf words = new Zipf(VOCABULARY, 1.0);
    private final Zipf entities = new Zipf(ENTITIES, 0.9);
    private final Instant start;
    private final long spacingMillis;
    private final List<List<String>> recent = new ArrayList<>();
    private long n;

    /** @param spacingMillis receive time between two articles (so N articles span N x spacing) */
    SyntheticNews(long seed, Instant start, long spacingMillis) {
        this.rng = new SplittableRandom(seed);
        this.start = start;
        this.spacingMillis = spacingMillis;
    }

    EnrichedArticle next() {
        long i = n++;
        List<String> body;
        if (!recent.isEmpty() && rng.nextDouble() < COPY_SHARE) {
            List<String> original = recent.get(rng.nextInt(recent.size()));
            body = new ArrayList<>(original.subList(0, original.size() - rng.nextInt(original.size() / 5)));
        } else {
            body = new ArrayList<>(BODY_WORDS);
            for (int w = 0; w < BODY_WORDS; w++) {
                body.add(word(words.sample(rng)));
            }
        }
        if (recent.size() < RECENT) {
            recent.add(body);
        } else {
            recent.set((int) (i % RECENT), body);
        }
        List<String> title = new ArrayList<>(TITLE_WORDS);
        for (int w = 0; w < TITLE_WORDS; w++) {
            title.add(word(words.sample(rng)));
        }
        List<EntityRef> linked = new ArrayList<>();
        int count = 2 + rng.nextInt(5);
        for (int e = 0; e < count; e++) {
            int id = entities.sample(rng);
            linked.add(new EntityRef("Q" + (id + 1), "Q" + (id + 1), "Entity " + word(id), "ORG", 1.0 / (e + 1), e == 0, List.of()));
        }
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < body.size(); p += 55) {
            paragraphs.add(String.join(" ", body.subList(p, Math.min(body.size(), p + 55))) + ".");
        }
        Instant received = start.plusMillis(i * spacingMillis);
        String url = "https://synthetic.example/" + i;
        String id = ArticleIds.of(url, null);
        String titleText = String.join(" ", title);
        CleanArticle clean = new CleanArticle(1, id, url, "synthetic", received, titleText, paragraphs, paragraphs.get(0),
                received.minusSeconds(600).toString(), "feed", null, null, null, "en", body.size(), null);
        return new EnrichedArticle(1, id, clean, linked, List.of(), List.of());
    }

    /** Word number k as letters only (content terms are words of letters). */
    static String word(int k) {
        StringBuilder b = new StringBuilder("q");
        int x = k;
        do {
            b.append((char) ('a' + x % 26));
            x /= 26;
        } while (x > 0);
        while (b.length() < 5) {
            b.append('x');
        }
        return b.toString();
    }

    /** Zipf(n, s) by inverse transform over the cumulative weights. */
    static final class Zipf {
        private final double[] cumulative;

        Zipf(int n, double s) {
            cumulative = new double[n];
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += 1 / Math.pow(k + 1, s);
                cumulative[k] = sum;
            }
            for (int k = 0; k < n; k++) {
                cumulative[k] /= sum;
            }
        }

        int sample(SplittableRandom rng) {
            int i = java.util.Arrays.binarySearch(cumulative, rng.nextDouble());
            return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
        }
    }
}
