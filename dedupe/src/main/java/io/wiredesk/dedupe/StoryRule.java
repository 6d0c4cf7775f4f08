package io.wiredesk.dedupe;

import io.wiredesk.core.kafka.StageConfig;

/**
 * How links between articles become stories: cluster-level decisions instead of connected components. Articles are
 * taken in story order (order key); an article joins the earlier story it matches best, but only when one of its
 * links to the story is a match on its own (score >= the event threshold, or a copy) and its links to the story's
 * members average at least {@code joinMean}; else it starts a story. Two stories formed that way are then merged when
 * a copy links them, or when at least {@code supportPairs} of their cross links score {@code supportThreshold} or more
 * and all their cross links average at least {@code mergeMean}: one stray edge no longer chains two events together.
 * See {@link StoryClustering}.
 *
 * @param linkThreshold    weakest same-event score kept as a link (evidence for the means; no story forms on it alone)
 * @param joinMean         least mean score of an article's links to a story's members for it to join that story
 * @param supportThreshold score from which a cross link between two stories supports merging them
 * @param supportPairs     cross links of at least {@code supportThreshold} two stories need to merge (>= 1)
 * @param mergeMean        least mean score of all links between two stories for them to merge
 */
public record StoryRule(double linkThreshold, double joinMean, double supportThreshold, int supportPairs, double mergeMean) {
    public static final String LINK_THRESHOLD = "wiredesk.dedupe.story.link.threshold";
    public static final String JOIN_MEAN = "wiredesk.dedupe.story.join.mean";
    public static final String SUPPORT_THRESHOLD = "wiredesk.dedupe.story.merge.support.threshold";
    public static final String SUPPORT_PAIRS = "wiredesk.dedupe.story.merge.support.pairs";
    public static final String MERGE_MEAN = "wiredesk.dedupe.story.merge.mean";

    /** Tuned on ECB+ topics 1-17 with the seeds' three stories as a constraint (docs/QUALITY.md). */
    public static final StoryRule DEFAULTS = new StoryRule(0.15, 0.20, 0.30, 2, 0.25);

    public StoryRule {
        if (supportPairs < 1) {
            throw new IllegalArgumentException(SUPPORT_PAIRS + " must be at least 1: a merge needs a link");
        }
        if (linkThreshold <= 0) {
            throw new IllegalArgumentException(LINK_THRESHOLD + " must be positive");
        }
    }

    public static StoryRule from(StageConfig config) {
        return new StoryRule(
                config.getDouble(LINK_THRESHOLD, DEFAULTS.linkThreshold),
                config.getDouble(JOIN_MEAN, DEFAULTS.joinMean),
                config.getDouble(SUPPORT_THRESHOLD, DEFAULTS.supportThreshold),
                config.getInt(SUPPORT_PAIRS, DEFAULTS.supportPairs),
                config.getDouble(MERGE_MEAN, DEFAULTS.mergeMean));
    }
}
