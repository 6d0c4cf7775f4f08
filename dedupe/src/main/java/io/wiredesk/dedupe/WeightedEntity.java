package io.wiredesk.dedupe;

/** A linked entity of an article with its salience scaled so the article's most salient entity has 1. */
public record WeightedEntity(String id, double weight) {
}
