package io.wiredesk.dedupe;

/**
 * The evidence on one pair of articles.
 *
 * @param jaccard     MinHash estimate of the Jaccard similarity of the bodies' shingles
 * @param copy        estimated containment of the smaller body's shingles in the larger (the copy score)
 * @param content     cosine of the content-term vectors (actors' names removed)
 * @param entities    salience-weighted Jaccard of the linked entities, or -1 when either has none
 * @param entityFactor 0.5 when both name entities but hardly the same ones, else 1
 * @param rareShared  rare content words (background IDF >= {@link SimilarityScorer#RARE_IDF}) both texts contain
 * @param event       the same-event score: content x entity factor
 */
public record PairScore(double jaccard, double copy, double content, double entities, double entityFactor,
                        int rareShared, double event) {
}
