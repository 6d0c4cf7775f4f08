package io.wiredesk.dedupe;

import io.wiredesk.core.model.Relation;

/** An article node's link to a neighbour: how they match and how well. */
public record Link(Relation relation, double similarity) {

    /** The link's weight in story decisions: a copy is certain (1), a rewrite weighs its same-event score. */
    public double strength() {
        return relation == Relation.COPY ? 1.0 : similarity;
    }
}
