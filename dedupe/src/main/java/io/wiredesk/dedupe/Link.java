package io.wiredesk.dedupe;

import io.wiredesk.core.model.Relation;

/** An article node's edge to a neighbour: how they match and how well. */
public record Link(Relation relation, double similarity) {
}
