package io.wiredesk.dedupe;

import io.wiredesk.core.model.Relation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether two articles are copies of one text or reports of one event. Pure and symmetric: the
 * decision for a pair depends on the two fingerprints only, never on what else arrived, so the stories
 * do not depend on arrival order or partitioning.
 *
 * <p>The same-event score is content first: the cosine of the two texts' content terms with the actors'
 * names removed, because different events between the same actors share the actors and differ in what is
 * reported about them; halved when both name entities but hardly the same ones. An edge needs the score
 * above the event threshold, or above the lower supported threshold when the texts also share several rare
 * words (names, places, specific nouns): a second, independent kind of evidence. Event dates and publication
 * days are not scored: on the dev sets, pairs whose extracted event dates disagreed were more often one story
 * than not (85% on ECB+), so they were noise, and the window already bounds the publication distance.
 */
public final class SimilarityScorer {
    /** Fewer shingles than this in the smaller body: containment is not trusted, Jaccard decides a copy. */
    static final int MIN_CONTAINMENT_SHINGLES = 20;
    static final double DISJOINT_ENTITIES = 0.1;
    /** Background IDF from which a word is rare: seen at most ~300 times in 51 M words of subtitles. */
    public static final double RARE_IDF = 12;

    private final DedupeSettings settings;

    public SimilarityScorer(DedupeSettings settings) {
        this.settings = settings;
    }

    public Optional<Match> decide(Fingerprint a, Fingerprint b) {
        if (a.id().equals(b.id()) || outsideWindow(a, b)) {
            return Optional.empty();
        }
        PairScore s = score(a, b);
        if (s.copy() >= settings.copyThreshold()) {
            return Optional.of(new Match(Relation.COPY, round(s.copy())));
        }
        if (s.event() >= settings.eventThreshold()
                || s.event() >= settings.supportedThreshold() && s.rareShared() >= settings.supportingTerms()) {
            return Optional.of(new Match(Relation.REWRITE, round(s.event())));
        }
        return Optional.empty();
    }

    /**
     * The link the match graph records for a pair: a copy, or a rewrite with its same-event score when that reaches
     * the story rule's link threshold (weaker than a match on its own: such links are evidence for the cluster-level
     * decisions of {@link StoryClustering}); empty otherwise. Pure and symmetric like {@link #decide}.
     */
    public Optional<Match> link(Fingerprint a, Fingerprint b) {
        if (a.id().equals(b.id()) || outsideWindow(a, b)) {
            return Optional.empty();
        }
        PairScore s = score(a, b);
        if (s.copy() >= settings.copyThreshold()) {
            return Optional.of(new Match(Relation.COPY, round(s.copy())));
        }
        if (s.event() >= settings.story().linkThreshold()) {
            return Optional.of(new Match(Relation.REWRITE, round(s.event())));
        }
        return Optional.empty();
    }

    /**
     * Whether both articles state publication times further apart than the window: then they are not one story.
     * An undated article's time is only when it was received, which says nothing about when its event was
     * reported, so it never vetoes a pair.
     */
    public boolean outsideWindow(Fingerprint a, Fingerprint b) {
        return a.dated() && b.dated() && Math.abs(a.time() - b.time()) > settings.window().toMillis();
    }

    public PairScore score(Fingerprint a, Fingerprint b) {
        double jaccard = MinHash.estimate(a.signature(), b.signature());
        double copy = containment(jaccard, a.shingles(), b.shingles());
        double content = cosine(a.terms(), b.terms());
        double entities = entityOverlap(a.entities(), b.entities());
        double entityFactor = entities >= 0 && entities < DISJOINT_ENTITIES ? 0.5 : 1.0;
        return new PairScore(jaccard, copy, content, entities, entityFactor, rareShared(a.terms(), b.terms()), content * entityFactor);
    }

    /** How many single rare words both term vectors hold (word pairs are left out: they would count a name twice). */
    static int rareShared(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> small = a.size() <= b.size() ? a : b;
        Map<String, Integer> large = small == a ? b : a;
        BackgroundIdf idf = BackgroundIdf.shared();
        int n = 0;
        for (String t : small.keySet()) {
            if (t.indexOf(' ') < 0 && large.containsKey(t) && idf.of(t) >= RARE_IDF) {
                n++;
            }
        }
        return n;
    }
    /** |A∩B| / min(|A|,|B|) from the Jaccard estimate and the set sizes. */
    static double containment(double jaccard, int na, int nb) {
        int small = Math.min(na, nb);
        if (small < MIN_CONTAINMENT_SHINGLES) {
            return small == 0 ? 0 : jaccard;
        }
        double intersection = jaccard / (1 + jaccard) * (na + nb);
        return Math.min(1.0, intersection / small);
    }

    /** Cosine of TF-IDF weights: sublinear term frequency (1 + ln count) x background IDF. */
    static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        BackgroundIdf idf = BackgroundIdf.shared();
        double dot = 0;
        for (var e : a.entrySet()) {
            Integer other = b.get(e.getKey());
            if (other != null) {
                double w = idf.of(e.getKey());
                dot += ContentTerms.tf(e.getValue()) * ContentTerms.tf(other) * w * w;
            }
        }
        return dot == 0 ? 0 : dot / (norm(a, idf) * norm(b, idf));
    }

    private static double norm(Map<String, Integer> v, BackgroundIdf idf) {
        double sum = 0;
        for (var e : v.entrySet()) {
            double w = ContentTerms.tf(e.getValue()) * idf.of(e.getKey());
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    /** Weighted Jaccard of the linked entities, or -1 when either article has none (no evidence). */
    static double entityOverlap(List<WeightedEntity> a, List<WeightedEntity> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return -1;
        }
        Map<String, Double> wa = new HashMap<>();
        a.forEach(e -> wa.merge(e.id(), e.weight(), Math::max));
        Map<String, Double> wb = new HashMap<>();
        b.forEach(e -> wb.merge(e.id(), e.weight(), Math::max));
        double min = 0;
        double max = 0;
        for (var e : wa.entrySet()) {
            double other = wb.getOrDefault(e.getKey(), 0.0);
            min += Math.min(e.getValue(), other);
            max += Math.max(e.getValue(), other);
        }
        for (var e : wb.entrySet()) {
            if (!wa.containsKey(e.getKey())) {
                max += e.getValue();
            }
        }
        return max == 0 ? 0 : min / max;
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
