package io.wiredesk.dedupe;

import io.wiredesk.core.model.Relation;
import java.util.List;
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
    static final int MIN_CONTAINMENT_SHINGLES = 5;
    static final double DISJOINT_ENTITIES = 0.1;
    static final int MIN_EQUAL_SLOTS = 2;
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
        // what score() computes, each part only when the verdict still depends on it (the hot path of the bucket tasks)
        double copy = copy(a, b, jaccard(a, b));
        if (copy >= settings.copyThreshold()) {
            return Optional.of(new Match(Relation.COPY, round(copy)));
        }
        double threshold = settings.story().linkThreshold();
        double content = a.terms().cosine(b.terms());
        if (content < threshold) {
            return Optional.empty(); // the entity factor only lowers it
        }
        double event = content * entityFactor(entityOverlap(a.entities(), b.entities()));
        return event >= threshold ? Optional.of(new Match(Relation.REWRITE, round(event))) : Optional.empty();
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
        double jaccard = jaccard(a, b);
        double copy = copy(a, b, jaccard);
        double content = a.terms().cosine(b.terms());
        double entities = entityOverlap(a.entities(), b.entities());
        double entityFactor = entityFactor(entities);
        return new PairScore(jaccard, copy, content, entities, entityFactor, a.terms().rareShared(b.terms()), content * entityFactor);
    }

    private static double jaccard(Fingerprint a, Fingerprint b) {
        return MinHash.estimate(a.signature(), b.signature(), Fingerprinter.SIGNATURE_BITS);
    }

    /**
     * Estimated containment of the smaller shingle set in the larger. Extrapolating from the Jaccard estimate to
     * containment multiplies its error by the size ratio, so it needs {@link #MIN_EQUAL_SLOTS} equal slots: one equal
     * slot (which b-bit slots also give by chance, 1 in 2^bits) would make any short text a "copy" of a 50x longer one.
     */
    private static double copy(Fingerprint a, Fingerprint b, double jaccard) {
        if (MinHash.equalSlots(a.signature(), b.signature()) < MIN_EQUAL_SLOTS) {
            return jaccard;
        }
        return containment(jaccard, a.shingles(), b.shingles());
    }

    private static double entityFactor(double entities) {
        return entities >= 0 && entities < DISJOINT_ENTITIES ? 0.5 : 1.0;
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

    /**
     * Weighted Jaccard of the linked entities (an id listed twice counts with its larger weight), or -1 when either
     * article has none (no evidence). Lists are short: nested scans, no maps per comparison.
     */
    static double entityOverlap(List<WeightedEntity> a, List<WeightedEntity> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return -1;
        }
        double min = 0;
        double max = 0;
        for (int i = 0; i < a.size(); i++) {
            String id = a.get(i).id();
            if (!firstOf(a, i)) {
                continue;
            }
            double wa = weightOf(a, id);
            double wb = Math.max(0, weightOf(b, id));
            min += Math.min(wa, wb);
            max += Math.max(wa, wb);
        }
        for (int i = 0; i < b.size(); i++) {
            String id = b.get(i).id();
            if (firstOf(b, i) && weightOf(a, id) < 0) {
                max += weightOf(b, id);
            }
        }
        return max == 0 ? 0 : min / max;
    }

    private static boolean firstOf(List<WeightedEntity> list, int i) {
        String id = list.get(i).id();
        for (int j = 0; j < i; j++) {
            if (list.get(j).id().equals(id)) {
                return false;
            }
        }
        return true;
    }

    /** The largest weight of the id in the list, -1 when absent. */
    private static double weightOf(List<WeightedEntity> list, String id) {
        double w = -1;
        for (WeightedEntity e : list) {
            if (e.id().equals(id) && e.weight() > w) {
                w = e.weight();
            }
        }
        return w;
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
