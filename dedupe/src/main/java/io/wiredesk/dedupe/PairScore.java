package io.wiredesk.dedupe;

/**
 * The evidence on one pair of articles.
 *
 * @param jaccard     MinHash estimate of the Jaccard similarity of the bodies' shingles
 * @param copy        estimated containment of the smaller body's shingles in the larger (the copy score)
 * @param content     cosine of the content-term vectors (actors' names removed)
 * @param entities    salience-weighted Jaccard of the linked entities, or -1 when either has none
 * @param entityFactor 0.5 when both name entities but hardly the same ones, else 1
 * @param dateFactor  below 1 when the event dates disagree
 * @param timeFactor  below 1 when both state publication times far apart
 * @param event       the same-event score: content x the three factors
 */
public record PairScore(double jaccard, double copy, double content, double entities, double entityFactor,
                        double dateFactor, double timeFactor, double event) {
}
